import GLPK
import Testing
@testable import GreenPower

/// The fallback when the interior point stalls: the staged simplex from its
/// best point (capacities fixed, hourly flows at a bound fixed, then the full
/// LP from that point) returns the plain optimum.
@Suite struct StagedFromInteriorPointTests {
  static func interiorSeed(_ c: GreenPowerCase) throws -> StagedSeed {
    let built = SizingModel(SizingParameters(c), sparseForm: true, ratioScale: 1 / Double(c.hours))
    var o = SolveOptions()
    o.method = .interiorPoint
    let point = try Solver(options: o).solve(built.model)
    #expect(point.values.count == built.model.variableCount)
    return StagedSeed(built, point)
  }

  static func expectPlainOptimum(_ r: SizingResult, _ c: GreenPowerCase) throws {
    var plain = GreenPowerSizer(c)
    plain.method = .plain
    let reference = try plain.size()
    let expected = try #require(reference.objectiveWan)
    #expect(r.termination == .optimal)
    let value = try #require(r.objectiveWan)
    #expect(abs(value - expected) <= 1e-9 * abs(expected), "\(value) vs plain \(expected)")
    for kind in CapacityKind.allCases {
      #expect(abs(r.capacity(kind) - reference.capacity(kind)) <= 1e-3 * max(1, reference.capacity(kind)), "\(kind)")
    }
  }

  @Test func fromTheInteriorPointsBestPoint() throws {
    let c = Fixtures.bindingShareMonth()
    let seed = try Self.interiorSeed(c)
    let r = try GreenPowerSizer(c).staged(seed: seed)
    try Self.expectPlainOptimum(r, c)
    #expect(r.method.contains("the interior point's capacities"))
    // Hourly flows at a bound were fixed, and the last stage was short.
    let timings = try #require(r.stageTimings)
    #expect(timings.contains("hourly flows at a bound fixed"), "\(timings)")
  }

  /// Flows "at a bound" that are not: the fixed dispatch is infeasible, and
  /// the stage runs again with the capacities only; the optimum is the same.
  @Test func aWrongGuessOfTheFlowsStillGivesTheOptimum() throws {
    let c = Fixtures.bindingShareMonth()
    let seed = try Self.interiorSeed(c)
    let zeros = seed.hourly.map { [Double](repeating: 0, count: $0.count) }
    let wrong = StagedSeed(capacities: seed.capacities, hourly: zeros)
    let r = try GreenPowerSizer(c).staged(seed: wrong)
    try Self.expectPlainOptimum(r, c)
    #expect(r.stageTimings?.contains("hourly flows at a bound fixed") == false)
  }

  /// Capacities far from the optimum (none at all): still the optimum.
  @Test func capacitiesFarFromTheOptimumStillGiveTheOptimum() throws {
    let c = Fixtures.syntheticCase(days: 7)
    let seed = StagedSeed(capacities: Dictionary(uniqueKeysWithValues: CapacityKind.allCases.map { ($0, 0.0) }), hourly: [])
    try Self.expectPlainOptimum(try GreenPowerSizer(c).staged(seed: seed), c)
  }

  /// Both interior-point tries at once give what one after the other gives.
  @Test func twoThreadsGiveTheSameResult() throws {
    let c = Fixtures.bindingShareMonth()
    var one = GreenPowerSizer(c)
    one.interiorThreads = 1
    var two = GreenPowerSizer(c)
    two.interiorThreads = 2
    let a = try one.size(), b = try two.size()
    #expect(a.objectiveWan == b.objectiveWan)
    for kind in CapacityKind.allCases { #expect(a.capacity(kind) == b.capacity(kind)) }
    #expect(a.method == b.method)
  }

  /// Off grid, PV only, a battery of at most 50 MWh without a power limit:
  /// every hour passes (the battery could give any power), the week's
  /// energy too (up to 2,000 MW of PV), but no night can be carried. (The
  /// capacity-free check's storage pass sees it; the staged method is run
  /// here without that check.) The staged method's sample has no feasible
  /// point, so nothing is fixed and its second stage is the full LP, which
  /// proves it: no third solve.
  @Test func anInfeasibleCaseIsSolvedOnce() throws {
    let c = InfeasibilityCheckStorageTests.offGridNights(maxMWh: 50)
    #expect(InfeasibilityCheck(parameters: SizingParameters(c)).reasons().first?.hasPrefix("soc_min[t]") == true)
    var staged = GreenPowerSizer(c)
    staged.method = .staged
    let r = try staged.staged()
    #expect(r.termination == .infeasible)
    let timings = try #require(r.stageTimings)
    #expect(timings.hasSuffix("full LP from that point 0.0 s (0 it)"), "\(timings)")
    let plain = try Solver().solve(SizingModel(SizingParameters(c)).model)
    #expect(plain.termination == .infeasible)
  }
}


/// Two ratio rows binding at once (97 % green share, 80 % self-use): the
/// capacities of a point off in their last digits leave no dispatch for
/// them; the fixed-capacity dispatch's ratio rows get a little room
/// (``StagedSeed/ratioRoom``) and the last stage restores them, so the
/// point's capacities still carry the stage and the optimum is the plain one.
@Suite struct StagedRatioRoomTests {
  static func twoBindingRatios() -> GreenPowerCase {
    var c = Fixtures.syntheticCase(days: 7)
    c.scenario.policy.minGreenShareOfConsumption = 0.97
    c.scenario.policy.minSelfUseOfGeneration = 0.8
    return c
  }

  @Test func capacitiesOffInTheirLastDigitsStillCarryTheDispatch() throws {
    let c = Self.twoBindingRatios()
    var plain = GreenPowerSizer(c)
    plain.method = .plain
    let reference = try plain.size()
    #expect(reference.termination == .optimal)
    #expect(reference.ratios.filter(\.binds).map(\.kind.rawValue).sorted()
            == ["green_share_of_consumption", "self_use_of_generation"], "\(reference.ratios.map { ($0.kind, $0.binds) })")
    // The optimum's capacities, the generators' 1e-8 too large: without the
    // room the self-use row has none left and the dispatch is infeasible.
    var capacities: [CapacityKind: Double] = [:]
    for kind in CapacityKind.allCases {
      capacities[kind] = reference.capacity(kind) * (kind.isGenerator ? 1 + 1e-8 : 1)
    }
    let r = try GreenPowerSizer(c).staged(seed: StagedSeed(capacities: capacities, hourly: []))
    try StagedFromInteriorPointTests.expectPlainOptimum(r, c)
    #expect(r.method.contains("the interior point's capacities"), "\(r.method)")
    #expect(r.stageTimings?.contains("dispatch infeasible") == false, "\(r.stageTimings ?? "")")
  }
}
