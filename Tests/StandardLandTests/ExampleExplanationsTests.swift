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
/// Each cost is also checked against an independent solver: HiGHS 1.16.0
/// on the MIP `parkopt assign Examples/kunming --write-model k.mps` writes,
/// with the project forced in and a zero gap (`python3
/// Benchmarks/forced_optimum.py k.mps P008 --gap 0`, 2026-11-29). Until
/// the park knapsacks' hull cuts (issue 19), P008's and P025's costs were
/// ranges: their re-solves did not prove within 20,000 nodes.
@Suite struct ExampleExplanationsTests {
  /// The optimum with each project lost to competition forced in, by HiGHS
  /// (P008 took it 2,867 nodes, P016 738, the others 50–188).
  static let forcedOptimum: [String: Double] = [
    "P003": 107_612.5, "P008": 107_823.9, "P011": 108_001.9, "P016": 107_975.3,
    "P017": 107_537.7, "P025": 107_710.3, "P057": 107_994.0, "P064": 107_409.8,
  ]

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
      #expect(competition.costToPlaceAtLeast == nil, "\(id): cost given as a range")
      let cost = try #require(competition.costToPlace, "\(id): no cost to place")
      // HiGHS's optimum is printed to 0.1 万元: its cost, within the gap
      // and that rounding.
      let highs = objective - (try #require(Self.forcedOptimum[id], "\(id): no HiGHS reference"))
      #expect(abs(highs - cost) <= tolerance + 0.05, "\(id): cost \(cost) vs HiGHS \(highs)")
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
