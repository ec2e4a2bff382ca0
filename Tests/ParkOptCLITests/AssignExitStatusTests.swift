import Foundation
import GLPK
import StandardLand
import Testing
@testable import parkopt

/// `assign`'s exit code: the plan's, or 13 when explaining re-solves were
/// stopped by the clock (their figures then depend on the machine's speed).
@Suite struct AssignExitStatusTests {
  static func plan() throws -> AssignmentPlan {
    let folder = try AssignCommandTests.caseFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var landCase = try LandCaseLoader.load(folder: folder)
    landCase.scenario.explainUnplaced = false
    landCase.scenario.valueLimits = false
    return try StandardLandPlanner(landCase).plan()
  }

  @Test func clockStoppedExplanationsMakeAnOptimalRunExit13() throws {
    var plan = try Self.plan()
    #expect(plan.termination == .optimal && plan.explanationsStoppedByClock == 0)
    #expect(ExitStatus(plan) == .success)
    plan.explanationsStoppedByClock = 2
    #expect(ExitStatus(plan) == .limitWithFeasiblePoint)
    #expect(ExitStatus(plan).rawValue == 13)
    // Another outcome keeps its own code.
    plan.termination = .infeasible
    plan.objective = nil
    #expect(ExitStatus(plan) == .infeasible)
    plan.termination = .timeLimit
    #expect(ExitStatus(plan) == .limitWithoutFeasiblePoint)
  }
}
