import Testing
@testable import GLPK
@testable import StandardLand

/// A formulation over some of its pairs: its plans are plans of the full
/// formulation, worth the same, and keeping every pair keeps the optimum.
@Suite struct PairRestrictionTests {
  @Test(arguments: Array(1...6) as [UInt64])
  func plansOfTheRestrictionArePlansOfTheFullModel(_ seed: UInt64) throws {
    let f = ParkNeighbourhoodsTests.formulation(seed: seed)
    let restriction = f.restricted(f.model) { $0 % 3 != 0 }
    let r = restriction.formulation
    #expect(r.model.constraintCount == f.model.constraintCount)
    #expect(r.parkChoices.count == f.parkChoices.count)
    #expect(r.pairs.count < f.pairs.count || f.parcelChoices.isEmpty)
    for (k, j) in restriction.selection.columns.enumerated() where k < r.pairs.count {
      #expect(r.pairs[k] == f.pairs[j])
      #expect(r.pairValue(k) == f.pairValue(j))
    }

    let solved = try Solver(options: ParkFirstSearchTests.exactOptions()).solve(r.model)
    let restricted = try #require(solved.objectiveValue)
    let plan = try #require(restriction.expand(solved, in: f.model), "seed \(seed)")
    #expect(abs((plan.objectiveValue ?? .nan) - restricted) <= 1e-6 * max(1, abs(restricted)))
    #expect(f.model.infeasibility(of: plan.values) == nil)
    // Back again: the same point of the restricted model.
    let back = try #require(restriction.restrict(plan))
    #expect(back.values == solved.values.map { $0 })

    let full = try #require(try Solver(options: ParkFirstSearchTests.exactOptions()).solve(f.model).objectiveValue)
    #expect(restricted <= full + 1e-6 * max(1, abs(full)))
  }

  @Test func keepingEveryPairKeepsTheOptimum() throws {
    let f = ParkNeighbourhoodsTests.formulation(seed: 4)
    let restriction = f.restricted(f.model) { _ in true }
    #expect(restriction.selection.columns == Array(0..<f.model.variableCount))
    let a = try Solver(options: ParkFirstSearchTests.exactOptions()).solve(restriction.formulation.model).objectiveValue
    let b = try Solver(options: ParkFirstSearchTests.exactOptions()).solve(f.model).objectiveValue
    #expect(a != nil && a == b)
  }

  /// A plan that uses a pair left out is no plan of the restriction.
  @Test func restrictingAPlanThatUsesADroppedPairGivesNone() throws {
    let f = ParkNeighbourhoodsTests.formulation(seed: 2)
    let greedy = try #require(Solution(feasiblePoint: GreedyPlan.values(f, model: f.model), of: f.model, termination: .timeLimit))
    let used = Set(f.pairs.indices.filter { greedy.values[$0] > 0.5 })
    let dropped = try #require(used.first { k in f.parcelChoices.contains { $0.index == k } })
    let restriction = f.restricted(f.model) { $0 != dropped }
    #expect(restriction.restrict(greedy) == nil)
    #expect(f.restricted(f.model) { _ in true }.restrict(greedy) != nil)
  }
}
