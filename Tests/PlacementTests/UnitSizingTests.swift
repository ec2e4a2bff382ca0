import GLPK
import GreenPower
import Testing

@testable import Placement

@Suite struct UnitSizingTests {
  /// 48 hours, a flat 1 MW load, rooftop PV only at a constant capacity
  /// factor 0.5, one flat price, no battery, no export, PV too dear to build
  /// more than the level asks: 1 MW of PV per 1 MW of load at level 0.5.
  func handCase(loadScale: Double = 1) -> GreenPowerCase {
    var s = SizingScenario()
    s.pvGround.enabled = false
    s.wind.enabled = false
    s.pvRooftop.areaLimitMu = nil
    s.pvRooftop.capexYuanPerKW = 100_000
    s.battery.enabled = false
    s.grid.exportAllowed = false
    s.grid.tariff.hours = Array(repeating: "flat", count: 24)
    s.policy.minGreenShareOfConsumption = 0.5
    let hours = 48
    return GreenPowerCase(
      loadMW: Array(repeating: loadScale, count: hours), pvCF: Array(repeating: 0.5, count: hours),
      windCF: Array(repeating: 0, count: hours), scenario: s)
  }

  @Test func handCheckedUnitOption() throws {
    let unit = try UnitSizing.size(handCase(), method: .plain)
    #expect(unit.feasible)
    let annualMWh = 8760.0
    let pvAnnualWan = Money.annuityFactor(rate: 0.06, years: 25) * 10_000 + 4  // 100,000 yuan/kW; 40 yuan/kW·yr O&M
    let gridWanPerMWh = 0.06  // 0.60 yuan/kWh
    // Per-MWh figures keep 9 significant digits (UnitSizing.significantDigits):
    // each within 5e-9 relative of the exact figure (half a unit of the 9th digit).
    func close(_ x: Double, _ exact: Double) -> Bool { abs(x - exact) <= 5e-9 * abs(exact) + 1e-12 }
    #expect(close(unit.pvRooftopMW * annualMWh, 1))
    #expect(close(unit.greenMWh, 0.5))
    #expect(close(unit.gridOnlyCostWan, gridWanPerMWh))
    #expect(close(unit.annualCostWan * annualMWh, pvAnnualWan + 0.5 * annualMWh * gridWanPerMWh))
    #expect(close(unit.roofMu * annualMWh, 12))
    #expect(unit.pvGroundMW == 0 && unit.windMW == 0 && unit.batteryMWh == 0)
    // Premium = annual cost − grid-only cost, per MWh.
    #expect(abs(unit.premiumWan - (unit.annualCostWan - unit.gridOnlyCostWan)) < 1e-15)
  }

  /// The LP is homogeneous in the load: solved at two scales, every figure
  /// per MWh agrees to 1e-9 (relative), so one unit LP serves every project.
  @Test func sizingScalesWithTheLoad() throws {
    var s = SizingScenario()
    s.resource.latitude = 25
    s.policy.minGreenShareOfConsumption = 0.5
    let calendar = HourCalendar(startDate: s.startDate, hours: 72)
    let synthetic = SyntheticResource(settings: s.resource, calendar: calendar)
    let shape = LoadShape.twoShift.unitLoadMW(calendar)
    func solve(_ scale: Double) throws -> (UnitOption, SizingResult) {
      let c = GreenPowerCase(loadMW: shape.map { $0 * scale }, pvCF: synthetic.pv, windCF: synthetic.wind, scenario: s)
      var sizer = GreenPowerSizer(c)
      sizer.method = .plain
      return (try UnitSizing.size(c, method: .plain), try sizer.size())
    }
    let (small, rawSmall) = try solve(1)
    let (large, rawLarge) = try solve(37.5)
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1e-12) }
    for (a, b) in [
      (small.pvGroundMW, large.pvGroundMW), (small.windMW, large.windMW), (small.batteryMWh, large.batteryMWh),
      (small.batteryMW, large.batteryMW), (small.annualCostWan, large.annualCostWan), (small.greenMWh, large.greenMWh),
      (small.gridOnlyCostWan, large.gridOnlyCostWan), (small.groundLandMu, large.groundLandMu),
    ] {
      #expect(close(a, b), "\(a) vs \(b)")
    }
    #expect(close((rawSmall.objectiveWan ?? 0) * 37.5, rawLarge.objectiveWan ?? 1))
    #expect(close(rawSmall.selfConsumedMWh * 37.5, rawLarge.selfConsumedMWh))
    #expect(small.pvGroundMW + small.windMW > 0)
  }

  @Test func unitCaseDropsAbsoluteLimitsAndHonoursZeroLandOrRoof() throws {
    var settings = GreenSettings()
    settings.sizing.grid.importLimitMW = 3
    settings.sizing.wind.maxMW = 1
    settings.sampleEveryDays = 7
    var park = GreenPark(parkID: "A", greenLandMu: 0, roofMu: 40, latitude: 25, longitude: 102.7)
    park.batteryCapexYuanPerKWh = 500
    let c = try #require(UnitSizing.greenCase(UnitKey(shape: .oneShift, parkID: "A", level: 0.7), park: park, settings: settings))
    #expect(c.hours == 53 * 24)  // days 0, 7, …, 364
    #expect(c.scenario.grid.importLimitMW == nil && c.scenario.wind.maxMW == nil)
    #expect(c.scenario.pvRooftop.areaLimitMu == nil && c.scenario.pvRooftop.enabled)
    #expect(!c.scenario.pvGround.enabled && !c.scenario.wind.enabled)
    #expect(c.scenario.policy.minGreenShareOfConsumption == 0.7)
    #expect(c.scenario.battery.energyCapexYuanPerKWh == 500)
    park.roofMu = 0
    #expect(UnitSizing.greenCase(UnitKey(shape: .oneShift, parkID: "A", level: 0.7), park: park, settings: settings) == nil)
  }
}
