import Testing
@testable import GLPK
@testable import StandardLand

/// The park-first search returns the optimum of the full assignment MIP:
/// checked against plain branch-and-cut on the same model, on random cases
/// whose objective depends on the parcel (land cost), so that the search's
/// parcel step and no-good cuts matter.
@Suite struct ParkFirstSearchTests {
  static func exactOptions() -> SolveOptions {
    var o = SolveOptions()
    o.relativeMIPGap = 0
    return o
  }

  @Test(arguments: Array(1...12) as [UInt64])
  func sameOptimumAsPlainBranchAndCut(_ seed: UInt64) throws {
    var c = MathProgEquivalenceTests.randomCase(seed: seed)
    c.scenario.objective.landCost = 0.5
    let f = StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
    let plain = try Solver(options: Self.exactOptions()).solve(f.model)
    let search = try ParkFirstSearch(formulation: f, options: Self.exactOptions()).solve(f.model)
    #expect(search.termination == plain.termination)
    try #require(plain.termination == .optimal, "seed \(seed) is not solved to optimality: pick another seed")
    let a = try #require(search.objectiveValue), b = try #require(plain.objectiveValue)
    #expect(abs(a - b) <= 1e-9 * max(1, abs(b)), "seed \(seed): search \(a) vs plain \(b)")
    // The returned point is a plan of the full model: binary, rows kept.
    #expect(search.values.allSatisfy { abs($0 - $0.rounded()) <= 1e-9 })
    #expect(search.activities.count == f.model.constraintCount)
    #expect(search.bestBound.map { abs($0 - a) <= 1e-6 * max(1, abs(a)) } == true)
  }

  /// The greedy first incumbent is a plan of the full model (GLPK accepts
  /// it with every variable fixed) and no better than the optimum.
  @Test(arguments: Array(1...8) as [UInt64])
  func greedyPlanIsFeasibleAndNoBetterThanTheOptimum(_ seed: UInt64) throws {
    var c = MathProgEquivalenceTests.randomCase(seed: seed)
    c.projects[0].mustPlace = false  // greedy does not promise must-place
    let f = StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
    let values = GreedyPlan.values(f, model: f.model)
    var fixed = f.model
    for (x, v) in zip(f.model.variables, values) { fixed.fix(x, at: v) }
    let greedy = try Solver(options: Self.exactOptions()).solve(fixed)
    #expect(greedy.hasFeasiblePoint, "seed \(seed)")
    #expect(values.contains(1), "seed \(seed): places nobody")
    let optimum = try Solver(options: Self.exactOptions()).solve(f.model)
    #expect((greedy.objectiveValue ?? .infinity) <= (optimum.objectiveValue ?? -.infinity) + 1e-9)
  }

  @Test func parkChoicesCoverEveryPairOnce() {
    let c = MathProgEquivalenceTests.randomCase(seed: 2)
    let f = StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
    // Every pair is either its project's only parcel in the park (a park
    // choice itself) or a parcel choice under an in_park variable.
    let direct = Set(f.parkChoices.filter { $0.index < f.pairs.count })
    let detailed = Set(f.parcelChoices)
    #expect(direct.isDisjoint(with: detailed))
    #expect(direct.count + detailed.count == f.pairs.count)
    #expect(f.parkChoices.count - direct.count == f.model.variableCount - f.pairs.count)
  }

  /// A search stopped before the relaxation has a bound (here by a
  /// one-iteration limit, the same path as a time limit reached in the root
  /// LP, without timing anything) returns the greedy plan, says why it
  /// stopped and claims no bound or gap.
  @Test(arguments: [1, 3, 5] as [UInt64])
  func stoppedBeforeAnyBoundReturnsTheGreedyPlan(_ seed: UInt64) throws {
    var c = MathProgEquivalenceTests.randomCase(seed: seed)
    c.projects[0].mustPlace = false  // greedy does not promise must-place
    let f = StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
    var options = Self.exactOptions()
    options.iterationLimit = 1
    options.presolve = .off  // the binding then solves the root LP itself, under the limit
    options.timeLimit = 60
    let search = try ParkFirstSearch(formulation: f, options: options).solve(f.model)
    let greedy = GreedyPlan.values(f, model: f.model)
    #expect(search.termination == .iterationLimit, "seed \(seed)")
    #expect(search.hasFeasiblePoint)
    #expect(search.values == greedy)
    #expect(search.objectiveValue == f.model.objectiveValue(at: greedy))
    #expect(search.activities == f.model.activities(at: greedy))
    #expect(search.bestBound == nil)
    #expect(search.relativeGap == nil)
  }

  /// The plan found from the greedy start is the optimum (the start only
  /// prunes), and at least as good as the start.
  @Test(arguments: Array(1...6) as [UInt64])
  func greedyStartKeepsTheOptimum(_ seed: UInt64) throws {
    var c = MathProgEquivalenceTests.randomCase(seed: seed)
    c.projects[0].mustPlace = false
    let f = StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
    let plain = try Solver(options: Self.exactOptions()).solve(f.model)
    let search = try ParkFirstSearch(formulation: f, options: Self.exactOptions()).solve(f.model)
    let greedy = f.model.objectiveValue(at: GreedyPlan.values(f, model: f.model))
    let a = try #require(search.objectiveValue), b = try #require(plain.objectiveValue)
    #expect(search.termination == .optimal)
    #expect(abs(a - b) <= 1e-9 * max(1, abs(b)), "seed \(seed): search \(a) vs plain \(b)")
    #expect(a >= greedy - 1e-9)
  }

  @Test func infeasibleMustPlaceStaysInfeasible() throws {
    var c = MathProgEquivalenceTests.randomCase(seed: 4)
    for k in c.parks.indices { c.parks[k].energyQuotaTce = 1 }
    let f = StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
    let search = try ParkFirstSearch(formulation: f, options: Self.exactOptions()).solve(f.model)
    #expect(search.termination == .infeasible)
    #expect(!search.hasFeasiblePoint)
  }

  /// A large model whose priced LP stops short (here on an iteration limit;
  /// in use, the time limit) has no basis for its relaxation: the search
  /// returns its plan so far instead of loading the whole relaxation.
  @Test func largeModelWithoutPricedBasisSkipsTheRelaxation() throws {
    let f = ParkNeighbourhoodsTests.formulation(seed: 3)
    var settings = SearchSettings.standard
    settings.largeFromParcelChoices = 1
    var options = Self.exactOptions()
    options.iterationLimit = 1
    let lines = Recorded<String>()
    let search = ParkFirstSearch(
      formulation: f, options: options, settings: settings, ledger: SearchLedger(nodes: nil),
      progress: { lines.append($0) })
    let result = try search.solve(f.model)
    #expect(lines.all.contains { $0.hasPrefix("LP relaxation by pricing") })
    #expect(!lines.all.contains { $0.hasPrefix("park relaxation") }, "\(lines.all)")
    #expect(result.hasFeasiblePoint && result.termination != .optimal)
    #expect(f.model.infeasibility(of: result.values) == nil)
  }
}
