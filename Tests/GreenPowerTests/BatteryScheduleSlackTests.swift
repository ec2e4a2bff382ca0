import Testing
@testable import GreenPower

/// The re-plan's window slack is measured on the interior point's own
/// schedule, so the first re-plan solve is feasible.
@Suite struct BatteryScheduleSlackTests {
  static let energy = 100.0

  /// A day with a battery that idles at 60 MWh: load 10 MW, green 20 MW
  /// available, no grid flows (each hour's net window is [−10, 10] MW).
  static func idleDay(_ p: SizingParameters) -> SizingResult.Dispatch {
    let T = p.hours
    let z = [Double](repeating: 0, count: T)
    return SizingResult.Dispatch(
      load: Array(repeating: 10, count: T), availablePV: Array(repeating: 20, count: T), availableWind: z,
      green: Array(repeating: 10, count: T), curtailed: Array(repeating: 10, count: T), imports: z, exports: z,
      charge: z, discharge: z, soc: Array(repeating: 60, count: T), unserved: z,
      importPriceYuanPerKWh: z, month: Array(repeating: 1, count: T), hourOfDay: Array(0..<T))
  }

  static func parameters() throws -> SizingParameters {
    let p = SizingParameters(Fixtures.syntheticCase(days: 1))
    try #require(p.hours == 24 && !p.gridCharging && p.minSOC * energy < 60)
    return p
  }

  @Test func anExactScheduleNeedsOnlyTheFloor() throws {
    let p = try Self.parameters()
    #expect(BatterySchedule(parameters: p).measuredSlackMW(Self.idleDay(p), energyMWh: Self.energy) == 1e-9)
  }

  @Test func aDynamicsResidualCostsItsFlowChangeTwice() throws {
    let p = try Self.parameters()
    var d = Self.idleDay(p)
    d.soc[3] += 0.001  // residual +0.001 MWh at hour 3, −0.001 at hour 4
    let k = max(1 / p.chargeEfficiency, 1 / p.dischargeEfficiency)
    let slack = BatterySchedule(parameters: p).measuredSlackMW(d, energyMWh: Self.energy)
    #expect(abs(slack - 2 * 0.001 * k) < 1e-12)
  }

  @Test func aWindowViolationCostsItselfTwice() throws {
    let p = try Self.parameters()
    var d = Self.idleDay(p)
    d.load[7] = 25  // window [5, 25] MW while the battery idles: 5 MW outside
    #expect(abs(BatterySchedule(parameters: p).measuredSlackMW(d, energyMWh: Self.energy) - 10) < 1e-12)
  }

  @Test func aSOCOutsideItsBoundsIsClampedFirst() throws {
    let p = try Self.parameters()
    var d = Self.idleDay(p)
    for t in 0..<p.hours { d.soc[t] = Self.energy + 0.5 }  // above the top, but flat: no residual once clamped
    #expect(BatterySchedule(parameters: p).measuredSlackMW(d, energyMWh: Self.energy) == 1e-9)
  }

  /// On a week: the interior point's schedule, shifted off its dynamics,
  /// is re-planned by the simplex at the measured slack on the first solve.
  @Test func theFirstReplanIsFeasibleAtTheMeasuredSlack() throws {
    let c = Fixtures.syntheticCase(days: 7)
    let r = try BatteryScheduleTests.sized(c, .interior)
    var d = r.dispatch
    let e = r.capacity(.batteryEnergy), pw = r.capacity(.batteryPower)
    try #require(e > 1 && pw > 1)
    var schedule = BatterySchedule(parameters: SizingParameters(c))
    schedule.interiorSlacksMW = []  // straight to the simplex
    schedule.useDynamicProgramming = false
    let exact = schedule.measuredSlackMW(d, energyMWh: e)
    #expect(exact < 1e-5, "the re-planned week is a schedule to \(exact) MW")
    d.soc[40] += 1e-4
    let measured = schedule.measuredSlackMW(d, energyMWh: e)
    #expect(measured >= 2e-4)
    let plan = try #require(schedule.plan(d, energyMWh: e, powerMW: pw))
    #expect(plan.slackMW == measured)
    #expect(plan.method == "primal simplex")
    #expect(r.batteryReplan?.contains("window slack") == true)
  }
}
