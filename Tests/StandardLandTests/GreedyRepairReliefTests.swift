import Testing
@testable import GLPK
@testable import StandardLand

/// Repairing a plan made without relief options (the case without green
/// power) for a model with them: a project that needs relief keeps its
/// place with its first option that fits the park's relief limits, or
/// leaves. The planner starts from such a plan, so offering options never
/// gives a worse plan than not offering them.
@Suite struct GreedyRepairReliefTests {
  /// Q (required to use relief) placed on B in the start, without an
  /// option; its option uses 5 mu of green land. With 10 mu it keeps its
  /// place with the option; with 4 mu it leaves.
  @Test(arguments: [(10.0, true), (4.0, false)])
  func aProjectThatNeedsReliefGetsAnOptionThatFits(_ land: Double, _ kept: Bool) throws {
    var c = StandardLandModelReliefTests.twoProjects(cost: 10, required: ["Q"])
    c.relief?.limits = [.init(parkID: "K", resource: "green_land_mu", amount: land)]
    let f = StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
    let start = AssignmentPlan.placing(["Q": "B"])
    let repaired = GreedyPlan.repaired(f, model: f.model, plan: StandardLandPlanner.values(of: start, f))
    #expect(f.model.infeasibility(of: repaired) == nil)
    let q = try #require(f.pairs.indices.first { c.projects[f.pairs[$0].project].id == "Q" && c.parcels[f.pairs[$0].parcel].id == "B" })
    #expect((repaired[f.variable(q).index] == 1) == kept)
    #expect(f.chosenRelief(repaired).values.map(\.option) == (kept ? [0] : []))
  }

  /// The planner from a start: the start repaired is the first plan, and
  /// the result is at least as good (here the optimum, 180).
  @Test func thePlannerStartsFromAPlan() throws {
    let c = StandardLandModelReliefTests.twoProjects(cost: 10)
    let plan = try StandardLandPlanner(c).plan(startingFrom: AssignmentPlan.placing(["P": "A"]))
    #expect(plan.objective == 180)
  }
}

extension AssignmentPlan {
  /// A plan holding only placements (project → parcel), as a start.
  static func placing(_ placements: [String: String]) -> AssignmentPlan {
    var plan = AssignmentPlan(
      termination: .optimal, objective: nil, bestBound: nil, relativeGap: nil, assignments: [], parks: [], unplaced: [],
      limitValues: [], infeasibility: nil,
      statistics: .init(
        projects: 0, parcels: 0, parks: 0, eligiblePairs: 0, constraints: 0, buildSeconds: 0, solveSeconds: 0,
        explainSeconds: 0, nodes: 0))
    plan.assignments = placements.sorted { $0.key < $1.key }.map { project, parcel in
      Assignment(
        projectID: project, projectName: project, industry: "ind", parkID: "K", parcelID: parcel, areaMu: 20,
        source: .new, indicators: [], objectiveValue: 0)
    }
    return plan
  }
}
