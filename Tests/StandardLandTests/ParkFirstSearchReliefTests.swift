import Foundation
import Testing
@testable import GLPK
@testable import StandardLand
import ParkOptTestSupport

/// With relief options, the park-first search, plain GLPK branch-and-cut on
/// the same model, and glpsol on the MathProg twin give the same optimum.
@Suite struct ParkFirstSearchReliefTests {
  /// ``MathProgEquivalenceTests/randomCase(seed:)`` with, per project and
  /// park, two options in three (30 % and 60 % of its energy and carbon,
  /// costs −20…150) using 5…40 mu of green land; 30…80 mu per park; J3
  /// placed only with an option.
  static func randomCase(seed: UInt64) -> LandCase {
    var c = MathProgEquivalenceTests.randomCase(seed: seed)
    var rng = SplitMix(seed &+ 100)
    var options: [QuotaRelief.Option] = []
    for j in c.projects {
      for k in c.parks where rng.uniform(0, 1) < 0.67 {
        for share in [0.3, 0.6] {
          options.append(QuotaRelief.Option(
            projectID: j.id, parkID: k.id, label: "green_\(Int(share * 100))", energyReliefTce: share * j.energyTce,
            carbonReliefTonnes: share * j.carbonTonnes, objectiveCostWan: rng.uniform(-20, 150).rounded(),
            uses: [.init(resource: "green_land_mu", amount: (share * rng.uniform(10, 60)).rounded())],
            figures: [.init(key: "pv_mw", zhName: "光伏(MW)", value: share * 10)]))
        }
      }
    }
    let limits = c.parks.map { QuotaRelief.Limit(parkID: $0.id, resource: "green_land_mu", amount: rng.uniform(30, 80).rounded()) }
    c.relief = QuotaRelief(options: options, limits: limits, requiredProjectIDs: ["J3"])
    c.scenario.explainUnplaced = false
    c.scenario.valueLimits = false
    return c
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func searchEqualsBranchAndCutAndGlpsol(_ seed: UInt64) throws {
    let c = Self.randomCase(seed: seed)
    let pairs = EligibilityChecker(c).eligiblePairs()
    let model = StandardLandModel(c, pairs: pairs).model
    let plain = try Solver().solve(model)
    let plan = try StandardLandPlanner(c).plan()
    let reference = try MathProgEquivalenceTests.glpsolObjective(MathProgData.text(c, pairs: pairs))
    let a = try #require(plain.objectiveValue), b = try #require(plan.objective), g = try #require(reference)
    #expect(plan.termination == .optimal)
    #expect(abs(a - b) <= 1e-6 * max(1, abs(a)), "seed \(seed): branch-and-cut \(a), search \(b)")
    #expect(abs(a - g) <= 1e-6 * max(1, abs(a)), "seed \(seed): branch-and-cut \(a), glpsol \(g)")
  }

  /// The options matter on these cases: relief raises the optimum on most
  /// seeds and is chosen in every plan.
  @Test func reliefChangesTheOptimum() throws {
    var raised = 0
    for seed in 1...5 as ClosedRange<UInt64> {
      var c = Self.randomCase(seed: seed)
      let with = try StandardLandPlanner(c).plan()
      #expect(with.reliefChosen.contains(true), "seed \(seed)")
      c.relief = nil
      let without = try StandardLandPlanner(c).plan()
      if (with.objective ?? 0) > (without.objective ?? 0) + 1e-6 { raised += 1 }
    }
    #expect(raised >= 3)
  }

  /// Relief rows are named as in Models/standard_land.mod.
  @Test func rowNamesMatchTheMathProgModel() throws {
    let c = Self.randomCase(seed: 3)
    let pairs = EligibilityChecker(c).eligiblePairs()
    let model = StandardLandModel(c, pairs: pairs).model
    let swiftRows = Set(model.constraints.compactMap { model.name(of: $0) })
    let path = Scratch.path("relief", suffix: ".dat").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try MathProgData.text(c, pairs: pairs).write(toFile: path, atomically: true, encoding: .utf8)
    let translated = try MathProgProgram(modelPath: MathProgEquivalenceTests.modelPath, dataPaths: [path]).translate()
    let mathProgRows = Set(translated.constraints.compactMap { translated.name(of: $0) }
      .filter { $0 != "total" }.map { $0.replacingOccurrences(of: "'", with: "") })
    #expect(swiftRows.contains { $0.hasPrefix("relief_limit[") } && swiftRows.contains { $0.hasPrefix("relief_once[") })
    #expect(swiftRows == mathProgRows, "only Swift: \(swiftRows.subtracting(mathProgRows).sorted()), only MathProg: \(mathProgRows.subtracting(swiftRows).sorted())")
  }
}
