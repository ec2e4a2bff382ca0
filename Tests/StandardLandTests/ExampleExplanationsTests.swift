import Foundation
import Testing
@testable import GLPK
@testable import StandardLand
import ParkOptTestSupport

/// On the bundled example (Examples/kunming), every project lost to
/// competition gets a proven cost to place (no range), and that cost is the
/// one a plain re-solve finds: the same search run on the model with the
/// project forced in, with no start, no bound from the plan and no node
/// budget.
///
/// P008 and P025 are the known exceptions (issue 19): with either forced
/// in, the park relaxation's bound does not reach the gap within the
/// default 20,000 nodes (P008's stays at the plan's 108,100.7 through
/// 22,500), so their costs stay ranges; the test records that as a known
/// issue instead of passing silently.
@Suite struct ExampleExplanationsTests {
  /// Projects whose forced re-solve is known not to prove within the
  /// default `explain_node_limit`.
  static let unproven: Set<String> = ["P008", "P025"]

  /// The optimum with the project forced in, solved to a zero gap by an
  /// independent solver: HiGHS 1.16.0 on the MIP `parkopt assign
  /// Examples/kunming --write-model k.mps` writes, with the project's
  /// `project_once` row raised to 1 (`python3 Benchmarks/forced_optimum.py
  /// k.mps P008`; 2026-11-28: P008 2,867 nodes, P025 143 nodes).
  static let forcedOptimum: [String: Double] = ["P008": 107_823.9, "P025": 107_710.3]

  @Test func everyCostToPlaceIsProvenAndEqualsAPlainReSolve() throws {
    var c = try LandCaseLoader.load(folder: RepositoryPaths.path("Examples/kunming"))
    c.scenario.valueLimits = false
    // The node budget decides; the safety clock must not (a busy machine).
    c.scenario.explainTimeLimitSeconds = 3600
    let planner = StandardLandPlanner(c)
    let plan = try planner.plan()
    let objective = try #require(plan.objective)
    #expect(plan.explanationsStoppedByClock == 0)
    let formulation = StandardLandModel(c, pairs: planner.checker.eligiblePairs())
    let lost: [(index: Int, competition: Competition)] = plan.unplaced.compactMap { u in
      guard case .lostToCompetition(let competition) = u.reason,
        let j = c.projects.firstIndex(where: { $0.id == u.projectID })
      else { return nil }
      return (j, competition)
    }
    #expect(lost.count == 8, "projects lost to competition on the example")
    // Two costs, each proven to the scenario's gap of its own objective,
    // differ by at most the two gaps.
    let tolerance = 2 * c.scenario.mipGap * objective + 1e-6
    for (j, competition) in lost {
      let id = c.projects[j].id
      #expect(competition.reSolved, "\(id): not re-solved")
      if Self.unproven.contains(id) {
        withKnownIssue("\(id): forced re-solve not proven within explain_node_limit (issue 19)") {
          #expect(competition.costToPlaceAtLeast == nil, "\(id): cost given as a range")
        }
        // Unproven, the range must still hold the true cost: its lower end
        // comes from a valid bound, its upper end from a plan found.
        let truth = objective - (try #require(Self.forcedOptimum[id]))
        let least = try #require(competition.costToPlaceAtLeast, "\(id): no lower end")
        let most = try #require(competition.costToPlace, "\(id): no upper end")
        #expect(least <= truth + 1e-6 && truth <= most + 1e-6, "\(id): range \(least)–\(most) misses the cost \(truth)")
        continue
      }
      #expect(competition.costToPlaceAtLeast == nil, "\(id): cost given as a range")
      let cost = try #require(competition.costToPlace, "\(id): no cost to place")
      var forced = formulation.model
      if let row = formulation.projectRows[j] {
        forced.setBounds(row, lower: 1, upper: 1)
      } else {
        forced.addConstraint(.sum(formulation.pairs(ofProject: j).map(formulation.variable)) == 1, name: "force")
      }
      var options = planner.solver.options
      options.timeLimit = 600
      let plain = try ParkFirstSearch(formulation: formulation, options: options).solve(forced)
      #expect(plain.termination == .optimal || plain.termination == .gapLimit, "\(id): plain re-solve not proven")
      let plainValue = try #require(plain.objectiveValue)
      #expect(abs((objective - plainValue) - cost) <= tolerance, "\(id): cost \(cost) vs plain \(objective - plainValue)")
    }
  }
}
