import Foundation
import Testing
@testable import GreenPower

/// Derived figures come from clean values: ε = 1e-6 × max(1 MW, peak load),
/// capacities within ε of a bound at it, totals below ε × hours 0, and a
/// ratio with a zero denominator undefined, the same with every method.
@Suite struct ZeroToleranceTests {
  private static let methods: [GreenPowerSizer.Method] = [.plain, .interior]

  private static func size(_ c: GreenPowerCase, _ method: GreenPowerSizer.Method) throws -> SizingResult {
    var sizer = GreenPowerSizer(c)
    sizer.method = method
    return try sizer.size()
  }

  /// A day without load: PV (capacity factor 0.5 in hours 6…17) at 250
  /// 万元/MW, no battery, no wind, flat 0.5 yuan/kWh, export at 0.3 allowed,
  /// the default 650号 ratios. Nothing is worth building.
  static func zeroLoadDay() -> GreenPowerCase {
    var s = Fixtures.plainScenario()
    s.pvGround.capexYuanPerKW = 2500
    s.grid.exportAllowed = true
    s.grid.exportPriceYuanPerKWh = 0.3
    s.policy = SizingScenario.Policy()
    return GreenPowerCase(loadMW: Fixtures.zeros, pvCF: Fixtures.dayPV, windCF: Fixtures.zeros, scenario: s)
  }

  /// A day of 10 MW with PV at 10 万元/MW·yr and a battery too dear to
  /// build (5000 yuan/kWh), no export.
  static func noBatteryDay() -> GreenPowerCase {
    var s = Fixtures.plainScenario()
    s.pvGround.capexYuanPerKW = 2500
    s.battery = SizingScenario.Battery()
    s.battery.energyCapexYuanPerKWh = 5000
    s.policy = SizingScenario.Policy()
    s.policy.maxExportOfGeneration = nil
    return Fixtures.dayCase(s)
  }

  @Test func epsilonFollowsThePeakLoadWithA1MWFloor() {
    #expect(ZeroTolerance(loadMW: [0, 0]).epsilon == 1e-6)
    #expect(ZeroTolerance(loadMW: [0.5, 0.2]).epsilon == 1e-6)
    #expect(ZeroTolerance(loadMW: [20, 80]).epsilon == 1e-6 * 80)
  }

  @Test func capacitiesSnapToABoundWithinEpsilon() {
    let tolerance = ZeroTolerance(loadMW: [10])  // ε = 1e-5
    #expect(tolerance.capacity(3e-6, lower: 0, upper: .infinity) == 0)
    #expect(tolerance.capacity(-3e-16, lower: 0, upper: .infinity) == 0)
    #expect(tolerance.capacity(5 + 9e-6, lower: 5, upper: .infinity) == 5)
    #expect(tolerance.capacity(150 - 2e-6, lower: 0, upper: 150) == 150)
    #expect(tolerance.capacity(2e-5, lower: 0, upper: .infinity) == 2e-5)
  }

  @Test func totalsBelowEpsilonTimesHoursAreZeroAndZeroDenominatorsUndefined() {
    let tolerance = ZeroTolerance(loadMW: [10])
    #expect(tolerance.total(2.3e-4, hours: 24) == 0)
    #expect(tolerance.total(-9e-10, hours: 24) == 0)
    #expect(tolerance.total(2.5e-4, hours: 24) == 2.5e-4)
    #expect(ZeroTolerance.ratio(1e-9, 0) == nil)
    #expect(ZeroTolerance.ratio(3, 4) == 0.75)
  }

  @Test(arguments: methods) func zeroLoadLeavesEveryShareUndefined(_ method: GreenPowerSizer.Method) throws {
    let r = try Self.size(Self.zeroLoadDay(), method)
    #expect(r.termination == .optimal)
    #expect(r.capacities.allSatisfy { $0.value == 0 })
    #expect([r.loadMWh, r.availableMWh, r.selfConsumedMWh, r.importMWh, r.exportMWh, r.curtailedMWh] == [0, 0, 0, 0, 0, 0])
    #expect(r.ratios.map(\.kind) == SizingModel.RatioKind.allCases)
    #expect(r.ratios.allSatisfy { $0.achieved == nil })
    #expect(r.batteryCycles == nil && r.batteryCyclesPerYear == nil)
    #expect(r.greenLCOEYuanPerKWh == nil)
    #expect(r.co2AvoidedT == 0)
    // Undefined: an empty cell, null in result.json.
    #expect(SizingTables(r).ratios.dropFirst().map { $0[3] } == ["", "", ""])
    let json = SizingJSON.object(r, caseName: "zero")
    let ratios = try #require(json["ratios"] as? [String: [String: Any]])
    #expect(ratios.values.allSatisfy { $0["achieved"] is NSNull })
    #expect(json["battery_full_cycles"] is NSNull && json["green_lcoe_yuan_per_kwh"] is NSNull)
    let energy = try #require(json["energy_mwh"] as? [String: Double])
    #expect(energy["self_consumed_green"] == 0 && energy["self_consumed_green"]?.sign == .plus)
  }

  /// PV covers the 12 daytime hours exactly: 20 MW, 120 of 240 MWh self-used,
  /// all of the 120 MWh available (self-use 100 %, green share 50 %); LCOE
  /// 200 万元/yr ÷ 43,800 MWh/yr = 0.045662 yuan/kWh; no battery, no cycles.
  @Test(arguments: methods) func noBatteryMeansNoCycles(_ method: GreenPowerSizer.Method) throws {
    let r = try Self.size(Self.noBatteryDay(), method)
    #expect(r.termination == .optimal)
    #expect(abs(r.capacity(.pvGround) - 20) < 1e-5)
    #expect(r.capacity(.batteryEnergy) == 0 && r.capacity(.batteryPower) == 0)
    #expect(r.dispatch.charge.allSatisfy { $0 == 0 } && r.dispatch.discharge.allSatisfy { $0 == 0 })
    #expect(r.dispatch.soc.allSatisfy { $0 == 0 })
    #expect(r.chargeMWh == 0 && r.dischargeMWh == 0)
    #expect(r.batteryCycles == nil)
    #expect(abs((r.ratio(.selfUseOfGeneration)?.achieved ?? .nan) - 1) < 1e-6)
    #expect(abs((r.ratio(.greenShareOfConsumption)?.achieved ?? .nan) - 0.5) < 1e-6)
    #expect(abs((r.greenLCOEYuanPerKWh ?? .nan) - 200 * 10 / 43_800) < 1e-6)
    #expect(HTMLReport.page(r, caseName: "day").contains("no battery (full cycles undefined)"))
  }
}
