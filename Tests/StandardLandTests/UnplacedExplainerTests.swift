import Foundation
import Testing
@testable import GLPK
@testable import StandardLand

/// The explainer reads the plan and re-solves only through the function it
/// is given: the models it hands over, and what it makes of the answers.
@Suite struct UnplacedExplainerTests {
  /// Models handed to the re-solve function, across threads.
  typealias Recorder = Recorded<LinearModel>

  /// One parcel, two projects: a (tax 100) is placed, b (tax 70) loses;
  /// the explainer over the planner's own plan, re-solving through `answer`.
  static func explainer(
    recorder: Recorder, answer: @escaping @Sendable (Solution) -> Solution = { $0 }
  ) throws -> UnplacedExplainer {
    let c = LandCase(
      parks: [PlannerRuleTests.park()], parcels: [Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M1")],
      projects: [PlannerRuleTests.project("a", tax: 100), PlannerRuleTests.project("b", tax: 70)])
    let planner = StandardLandPlanner(c)
    let formulation = StandardLandModel(c, pairs: planner.checker.eligiblePairs())
    let solution = try planner.solve(formulation.model, formulation)
    let start = solution.values
    return UnplacedExplainer(
      landCase: c, formulation: formulation, solution: solution,
      chosen: StandardLandPlanner.chosenPairs(solution, formulation), requiredRelief: planner.checker.requiredRelief,
      reSolve: { model, bound throws(GLPKError) in
        recorder.append(model)
        return answer(try planner.solve(model, formulation, explaining: true, start: start, bound: bound))
      },
      rejections: { _ in [] })
  }

  @Test func theForcedInProjectIsRequiredInTheModelHandedOver() throws {
    let recorder = Recorder()
    let explained = try Self.explainer(recorder: recorder).explain(unplaced: true, limits: false, threads: 1)
    #expect(recorder.all.count == 1)
    let model = try #require(recorder.all.first)
    // b's only pair is variable 1, and b has no project row: the model
    // handed over fixes that pair at 1 (StandardLandModel.modelForcingIn),
    // so the repair of the plan sees b as required.
    let forcedRows = model.constraints.filter { model.name(of: $0) == "force" || model.lowerBound(of: $0) == 1 }
    #expect(forcedRows.isEmpty)
    #expect(model.lowerBound(of: Variable(index: 1)) == 1 && model.upperBound(of: Variable(index: 1)) == 1)
    #expect(explained.unplaced.map(\.projectID) == ["b"])
    guard case .lostToCompetition(let competition) = try #require(explained.unplaced.first).reason else {
      Issue.record("b: not lost to competition")
      return
    }
    #expect(competition.reSolved)
    #expect(competition.costToPlace == 30)
    #expect(competition.forcedParcelID == "A")
    #expect(competition.displaced == ["a"])
  }

  /// What the function answers is what the explanation says: an
  /// infeasible answer makes the project proven impossible to place.
  @Test func theAnswerGivenDecidesTheExplanation() throws {
    let recorder = Recorder()
    let explainer = try Self.explainer(recorder: recorder) { solved in
      var infeasible = solved
      infeasible.termination = .infeasible
      infeasible.primalStatus = .noSolution
      infeasible.objectiveValue = nil
      infeasible.bestBound = nil
      return infeasible
    }
    let explained = try explainer.explain(unplaced: true, limits: false, threads: 1)
    guard case .lostToCompetition(let competition) = try #require(explained.unplaced.first).reason else {
      Issue.record("b: not lost to competition")
      return
    }
    #expect(competition.provenImpossible)
    #expect(competition.costToPlace == nil)
    #expect(competition.costToPlaceAtLeast == 0)
  }

  /// Without re-solves the same reasons come back, with no cost to place,
  /// and the function is never called.
  @Test func unexplainedCallsNoReSolve() throws {
    let recorder = Recorder()
    let unplaced = try Self.explainer(recorder: recorder).unexplained()
    #expect(recorder.all.isEmpty)
    #expect(unplaced.map(\.projectID) == ["b"])
    guard case .lostToCompetition(let competition) = try #require(unplaced.first).reason else {
      Issue.record("b: not lost to competition")
      return
    }
    #expect(!competition.reSolved)
    #expect(competition.costToPlace == nil)
    #expect(competition.parcels.map(\.takenBy) == ["a"])
  }
}
