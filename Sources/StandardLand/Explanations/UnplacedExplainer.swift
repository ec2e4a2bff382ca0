import Foundation
import GLPK

/// Works out the reasons behind a solved plan: park summaries
/// (`UnplacedExplainer+Parks`), what each park limit is worth
/// (`+LimitValues`), why each unplaced project is out (`+Unplaced`), the
/// re-solves the last two need (`+ReSolves`) and the relief's part
/// (`+Relief`).
///
/// It reads the plan and the formulation only; the re-solves go through the
/// function it is given (``reSolve``), so nothing flows back into the planner
/// that built it.
struct UnplacedExplainer: Sendable {
  /// Solves a changed copy of the plan's model (a project forced in, a limit
  /// raised): the same variables, changed bounds, coefficients or rows. The
  /// second argument is a valid bound on the changed model's optimum when
  /// one is known (the plan's bound, when the change only restricts the
  /// plan's model), else nil.
  typealias ReSolve = @Sendable (LinearModel, Double?) throws(GLPKError) -> Solution
  /// For each park, the parcel closest to fitting project `j` (by index)
  /// and the rules it fails: why a project fits nowhere.
  typealias Rejections = @Sendable (Int) -> [ParkRejection]

  let landCase: LandCase
  let formulation: StandardLandModel
  let solution: Solution
  /// Pair indices placed in ``solution``.
  let chosen: [Int]
  /// Runs one re-solve behind an explanation.
  let reSolve: ReSolve
  /// Why a project with no eligible pair fits nowhere.
  let rejections: Rejections
  /// Hears one line per finished re-solve.
  var progress: (@Sendable (String) -> Void)?
  /// Park-row coefficients by row index and variable index, read once
  /// (looking a coefficient up in the model scans the whole row).
  let parkRowCoefficients: [Int: [Int: Double]]
  /// The rule of projects that must use relief (the planner's checker's).
  let requiredRelief: RequiredRelief
  /// ``bindingLimits(in:)`` by park id, computed once.
  private(set) var bindingByPark: [String: [String]] = [:]

  init(
    landCase: LandCase, formulation: StandardLandModel, solution: Solution, chosen: [Int],
    requiredRelief: RequiredRelief, reSolve: @escaping ReSolve, rejections: @escaping Rejections
  ) {
    self.landCase = landCase
    self.formulation = formulation
    self.solution = solution
    self.chosen = chosen
    self.reSolve = reSolve
    self.rejections = rejections
    self.requiredRelief = requiredRelief
    parkRowCoefficients = formulation.parkRowCoefficients(in: formulation.model)
    bindingByPark = Dictionary(uniqueKeysWithValues: landCase.parks.map { ($0.id, computeBindingLimits(in: $0.id)) })
  }

  /// The coefficient of pair `k` in park row `row` of the base model.
  func coefficient(_ row: Constraint, _ k: Int) -> Double {
    parkRowCoefficients[row.index]?[k] ?? 0
  }

  /// Projects (by index) the plan places.
  var placedProjects: Set<Int> { Set(chosen.map { formulation.pairs[$0].project }) }

  /// Parcels (by index) the plan fills.
  var takenParcels: Set<Int> { Set(chosen.map { formulation.pairs[$0].parcel }) }
}
