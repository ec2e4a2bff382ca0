import Testing
@testable import GLPK
@testable import StandardLand

/// The explaining re-solves stop on their node budget, not on the clock:
/// the same case gives the same tables whatever the threads, even when the
/// budget is too small for any re-solve to finish.
@Suite struct ExplanationReproducibilityTests {
  static func tables(_ c: LandCase) throws -> (unplaced: [[String]], limits: [[String]], clock: Int) {
    let plan = try StandardLandPlanner(c).plan()
    let t = PlanTables(plan)
    return (t.unplaced, t.limitValues, plan.explanationsStoppedByClock)
  }

  @Test(arguments: [1, 3] as [UInt64], [1, 40])
  func sameTablesOnOneOrTwoThreads(_ seed: UInt64, nodeLimit: Int) throws {
    var c = MathProgEquivalenceTests.randomCase(seed: seed)
    c.projects[0].mustPlace = false
    c.scenario.explainNodeLimit = nodeLimit
    c.scenario.explainTimeLimitSeconds = 600
    var runs: [(unplaced: [[String]], limits: [[String]], clock: Int)] = []
    for threads in [1, 2, 2] {
      c.scenario.explainThreads = threads
      runs.append(try Self.tables(c))
    }
    #expect(runs[0].unplaced.count > 1, "seed \(seed): nothing unplaced to explain")
    for run in runs.dropFirst() {
      #expect(run.unplaced == runs[0].unplaced)
      #expect(run.limits == runs[0].limits)
    }
    #expect(runs.allSatisfy { $0.clock == 0 })
  }
}
