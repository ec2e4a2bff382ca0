import Testing
@testable import GLPK
@testable import StandardLand

/// The LP relaxation by pricing is the LP relaxation: the same optimum as
/// GLPK's simplex on the whole relaxed model, and a valid bound when it
/// stops early.
@Suite struct PricedRelaxationTests {
  /// A random case whose parcels differ in value (land cost), so that
  /// pricing has to find the right ones.
  static func formulation(seed: UInt64) -> StandardLandModel {
    var c = MathProgEquivalenceTests.randomCase(seed: seed)
    c.scenario.objective.landCost = 0.5
    return StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
  }

  static func plainLP(_ model: LinearModel) throws -> Double? {
    var lp = model
    for v in lp.variables { lp.setKind(v, .continuous) }
    let s = try Solver(options: SolveOptions()).solve(lp)
    return s.termination == .optimal ? s.objectiveValue : nil
  }

  @Test(arguments: Array(1...12) as [UInt64])
  func sameOptimumAsTheWholeLP(_ seed: UInt64) throws {
    let f = Self.formulation(seed: seed)
    let whole = try #require(try Self.plainLP(f.model), "seed \(seed): the LP has no optimum: pick another seed")
    var pricing = PricedRelaxation(formulation: f)
    pricing.initialPerGroup = 1  // start small so that pricing has work to do
    pricing.addedPerGroup = 1
    let priced = try pricing.solve(f.model, hint: nil, options: SolveOptions(), timeLeft: { .infinity })
    #expect(priced.complete)
    let z = try #require(priced.solution.objectiveValue)
    #expect(abs(z - whole) <= 1e-7 * max(1, abs(whole)), "seed \(seed): priced \(z) vs whole \(whole)")
    #expect(abs((priced.bound ?? .nan) - z) <= 1e-9 * max(1, abs(z)))
    // The point is a point of the whole relaxation with that objective.
    #expect(abs(f.model.objectiveValue(at: priced.solution.values) - z) <= 1e-7 * max(1, abs(z)))
    var lp = f.model
    for v in lp.variables { lp.setKind(v, .continuous) }
    #expect(lp.infeasibility(of: priced.solution.values, tolerance: 1e-7) == nil, "seed \(seed)")
    // Its basis (the columns left out nonbasic at 0) is an optimal basis of
    // the whole LP: the simplex started there has nothing to do.
    var warm = SolveOptions()
    #expect(priced.solution.basis != nil, "seed \(seed)")
    warm.warmStart = priced.solution.basis
    let restarted = try Solver(options: warm).solve(lp)
    #expect(restarted.termination == .optimal && restarted.iterations == 0, "seed \(seed)")
    #expect(abs((restarted.objectiveValue ?? .nan) - z) <= 1e-7 * max(1, abs(z)))
    #expect(priced.solution.reducedCosts?.count == f.model.variableCount)
  }

  /// Stopped after its first restricted LP, pricing still bounds the whole
  /// LP from above (the dual bound) and the restricted optimum from below;
  /// on some of these cases the first round is not yet the optimum.
  @Test func firstRoundBoundsTheWholeLP() throws {
    var stoppedShort = 0
    for seed in 1...12 as ClosedRange<UInt64> {
      let f = Self.formulation(seed: seed)
      guard let whole = try Self.plainLP(f.model) else { continue }
      var pricing = PricedRelaxation(formulation: f)
      pricing.initialPerGroup = 1
      pricing.maxRounds = 1
      let priced = try pricing.solve(f.model, hint: nil, options: SolveOptions(), timeLeft: { .infinity })
      let z = try #require(priced.solution.objectiveValue)
      let bound = try #require(priced.bound)
      let tolerance = 1e-7 * max(1, abs(whole))
      #expect(z <= whole + tolerance, "seed \(seed)")
      #expect(bound >= whole - tolerance, "seed \(seed): bound \(bound) below the LP \(whole)")
      if priced.complete {
        #expect(abs(z - whole) <= tolerance, "seed \(seed): complete but \(z) vs \(whole)")
      } else {
        stoppedShort += 1
      }
    }
    #expect(stoppedShort > 0)
  }
}
