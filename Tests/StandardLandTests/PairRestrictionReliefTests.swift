import Testing
@testable import GLPK
@testable import StandardLand

/// Relief options survive a restriction to some pairs: the same variables
/// (by name), hung on the same park choices, and a plan of the restricted
/// model is a plan of the full one with its options.
@Suite struct PairRestrictionReliefTests {
  @Test(arguments: [1, 2, 3] as [UInt64])
  func reliefIsCarriedThroughRestriction(_ seed: UInt64) throws {
    let c = ParkFirstSearchReliefTests.randomCase(seed: seed)
    let f = StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
    let restriction = f.restricted(f.model) { $0 % 3 != 0 }
    let r = restriction.formulation
    #expect(!f.reliefChoices.isEmpty)
    #expect(r.reliefChoices.count == f.reliefChoices.count)
    for (a, b) in zip(r.reliefChoices, f.reliefChoices) {
      #expect(r.model.name(of: a.variable) == f.model.name(of: b.variable))
      #expect(r.model.name(of: a.choice) == f.model.name(of: b.choice))
      #expect(r.model.objectiveCoefficient(of: a.variable) == f.model.objectiveCoefficient(of: b.variable))
    }
    #expect(r.reliefLimitRows == f.reliefLimitRows)
    let solved = try Solver(options: ParkFirstSearchTests.exactOptions()).solve(r.model)
    let plan = try #require(restriction.expand(solved, in: f.model), "seed \(seed)")
    #expect(f.model.infeasibility(of: plan.values) == nil)
    #expect(Set(r.chosenRelief(solved.values).values.map(\.option)) == Set(f.chosenRelief(plan.values).values.map(\.option)))
  }

  /// The greedy plan is a plan of the model with relief (options at 0,
  /// required project J3 left out), and the repair keeps a plan's options.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func greedyAndRepairRespectRelief(_ seed: UInt64) throws {
    let c = ParkFirstSearchReliefTests.randomCase(seed: seed)
    let f = StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
    let greedy = GreedyPlan.values(f, model: f.model)
    #expect(f.model.infeasibility(of: greedy) == nil)
    #expect(f.chosenRelief(greedy).isEmpty)
    let optimum = try Solver(options: ParkFirstSearchTests.exactOptions()).solve(f.model)
    let repaired = GreedyPlan.repaired(f, model: f.model, plan: optimum.values)
    #expect(f.model.infeasibility(of: repaired) == nil)
    #expect(f.model.objectiveValue(at: repaired) >= (optimum.objectiveValue ?? .infinity) - 1e-6)
  }
}
