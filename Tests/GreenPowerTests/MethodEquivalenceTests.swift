import GLPK
import Testing
@testable import GreenPower

/// The fast methods return the plain formulation's optimum: the staged
/// simplex exactly (same capacities), the interior point to 1e-7 relative.
@Suite struct MethodEquivalenceTests {
  static func plain(_ c: GreenPowerCase) throws -> SizingResult {
    var sizer = GreenPowerSizer(c)
    sizer.method = .plain
    return try sizer.size()
  }

  static func compare(_ c: GreenPowerCase) throws {
    let plain = try Self.plain(c)
    let reference = try #require(plain.objectiveWan, "plain: \(plain.termination)")
    for method in [GreenPowerSizer.Method.staged, .interior, .dual] {
      var sizer = GreenPowerSizer(c)
      sizer.method = method
      let r = try sizer.size()
      #expect(r.termination == .optimal, "\(method)")
      let value = try #require(r.objectiveWan, "\(method): \(r.termination)")
      if method == .staged {
        // The sampled-days stage's error against the full model is reported.
        let error = try #require(r.aggregationError)
        #expect(error["objective_relative"] != nil && error["battery_mwh_difference"] != nil)
      }
      #expect(abs(value - reference) <= 1e-7 * abs(reference), "\(method): \(value) vs plain \(reference)")
      for kind in CapacityKind.allCases {
        #expect(abs(r.capacity(kind) - plain.capacity(kind)) <= 1e-3 * max(1, plain.capacity(kind)), "\(method) \(kind)")
      }
      for ratio in plain.ratios {
        let other = try #require(r.ratio(ratio.kind))
        let achieved = try #require(ratio.achieved), otherAchieved = try #require(other.achieved)
        #expect(abs(otherAchieved - achieved) < 1e-5, "\(method) \(ratio.kind)")
        #expect(abs(other.costPerPointWan - ratio.costPerPointWan) <= 1e-3 * max(1, abs(ratio.costPerPointWan)),
                "\(method) \(ratio.kind) cost per point")
      }
    }
  }

  @Test func sameOptimumOnAWeek() throws {
    try Self.compare(Fixtures.syntheticCase(days: 7))
  }

  @Test func sameOptimumOnThirtyDaysWithABindingGreenShare() throws {
    let c = Fixtures.bindingShareMonth()
    let plain = try Self.plain(c)
    #expect(plain.termination == .optimal)
    #expect(plain.ratio(.greenShareOfConsumption)?.binds == true)
    try Self.compare(c)
  }

  /// A demand charge over two months (the sparse form chains each month's
  /// peak hour to hour) with grid charging.
  @Test func sameOptimumWithADemandChargeAcrossTwoMonths() throws {
    var c = Fixtures.syntheticCase(days: 10, startDate: "2025-01-26")
    c.scenario.grid.demandChargeYuanPerKWMonth = 40
    c.scenario.battery.gridCharging = true
    let plain = try Self.plain(c)
    #expect(plain.costBreakdownWan.first { $0.component == "demand_charges" }.map { $0.valueWan > 0 } == true)
    try Self.compare(c)
  }

  /// The compact form (green eliminated, SOC above its minimum) and the
  /// split form have the plain optimum, also off-grid with unserved load and
  /// with grid charging (the branches the Kunming case does not reach).
  @Test func compactAndSplitFormsHaveThePlainOptimum() throws {
    let offGrid = Fixtures.offGridWeek()
    var gridCharging = Fixtures.syntheticCase(days: 7)
    gridCharging.scenario.battery.gridCharging = true
    gridCharging.scenario.grid.demandChargeYuanPerKWMonth = 40
    for c in [offGrid, gridCharging] {
      let p = SizingParameters(c)
      let plain = try Solver().solve(SizingModel(p).model)
      let compact = try Solver().solve(SizingModel(p, sparseForm: true, ratioScale: 0.01, compact: true).model)
      #expect(plain.termination == .optimal && compact.termination == .optimal)
      let a = try #require(plain.objectiveValue), b = try #require(compact.objectiveValue)
      #expect(abs(a - b) <= 1e-7 * abs(a), "plain \(a) vs compact \(b)")
    }
  }

  @Test func sampledDaysKeepEveryKthDay() {
    let c = Fixtures.syntheticCase(days: 9)
    let s = c.sampledDays(every: 4)
    #expect(s.hours == 72)
    #expect(s.loadMW[24] == c.loadMW[96] && s.windCF[48 + 5] == c.windCF[192 + 5])
  }
}
