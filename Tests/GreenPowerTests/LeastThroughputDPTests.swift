import Foundation
import GLPK
import Testing
@testable import GreenPower

/// The dynamic programme gives the battery re-plan LP's optimum: the same
/// least throughput (to 1e-9 relative) at the same window slack, a feasible
/// schedule, no hour with both flows, and the simplex method's cycles and
/// curtailment.
@Suite struct LeastThroughputDPTests {
  /// The interior point's result of `c`, and both re-plans of its dispatch
  /// at the same slack.
  static func bothPlans(_ c: GreenPowerCase) throws
    -> (result: SizingResult, dp: BatterySchedule.Plan, lp: BatterySchedule.Plan) {
    let r = try BatteryScheduleTests.sized(c, .interior)
    let e = r.capacity(.batteryEnergy), pw = r.capacity(.batteryPower)
    try #require(e > 1 && pw > 1)
    let schedule = BatterySchedule(parameters: SizingParameters(c))
    // The LP's last-resort slack (its exact windows may be empty by rounding).
    let slack = max(schedule.measuredSlackMW(r.dispatch, energyMWh: e), 1e-5)
    let dp = try #require(schedule.planByDynamicProgramming(r.dispatch, energyMWh: e, powerMW: pw, slackMW: slack))
    let lp = try #require(
      schedule.planByLP(r.dispatch, energyMWh: e, powerMW: pw, slackMW: slack, method: .primalSimplex))
    return (r, dp, lp)
  }

  /// The schedule keeps the windows, powers, SOC bounds and cyclic dynamics.
  static func expectFeasible(_ plan: BatterySchedule.Plan, _ r: SizingResult, _ p: SizingParameters) {
    let e = r.capacity(.batteryEnergy), pw = r.capacity(.batteryPower)
    let schedule = BatterySchedule(parameters: p)
    let T = p.hours
    var worst = 0.0
    for t in 0..<T {
      let (low, high) = schedule.window(r.dispatch, t, slackMW: plan.slackMW)
      let n = plan.discharge[t] - plan.charge[t]
      let soc = plan.soc[t] - plan.soc[(t + T - 1) % T] - p.chargeEfficiency * plan.charge[t]
        + plan.discharge[t] / p.dischargeEfficiency
      worst = max(worst, low - n, n - high, abs(soc), plan.soc[t] - e, p.minSOC * e - plan.soc[t],
                  plan.charge[t] - pw, plan.discharge[t] - pw, -plan.charge[t], -plan.discharge[t])
    }
    #expect(worst < 1e-6, "largest violation \(worst)")
  }

  static func expectSame(_ c: GreenPowerCase) throws {
    let (r, dp, lp) = try bothPlans(c)
    #expect(dp.method == "dynamic programming over the state of charge")
    #expect(abs(dp.throughputMWh - lp.throughputMWh) <= 1e-9 * lp.throughputMWh,
            "DP \(dp.throughputMWh) vs LP \(lp.throughputMWh) MWh")
    #expect(lp.throughputMWh > 1)
    #expect(zip(dp.charge, dp.discharge).filter { $0.0 > 1e-9 && $0.1 > 1e-9 }.isEmpty)
    expectFeasible(dp, r, SizingParameters(c))
  }

  @Test func aWeekHasTheLPThroughput() throws {
    try Self.expectSame(Fixtures.syntheticCase(days: 7))
  }

  @Test func thirtyDaysWithABindingGreenShareHaveTheLPThroughput() throws {
    let c = Fixtures.bindingShareMonth()
    try Self.expectSame(c)
  }

  @Test func aMonthWithGridChargingHasTheLPThroughput() throws {
    var c = Fixtures.syntheticCase(days: 30, startDate: "2025-07-01")
    c.scenario.battery.gridCharging = true
    c.scenario.policy.minGreenShareOfConsumption = 0.6
    try Self.expectSame(c)
  }

  @Test func offGridHasTheLPThroughput() throws {
    let c = Fixtures.offGridWeek()
    try Self.expectSame(c)
  }

  /// The default method now re-plans by the DP, and keeps the simplex
  /// method's cycles and curtailment (BatteryScheduleTests' checks).
  @Test func theDefaultMethodUsesIt() throws {
    let (plain, interior) = try BatteryScheduleTests.compare(Fixtures.syntheticCase(days: 7))
    #expect(interior.batteryReplan?.hasPrefix("dynamic programming") == true)
    BatteryScheduleTests.expectSameOperation(plain, interior)
  }

  /// Hand-checked, the windows alone: a 2-hour cycle where hour 0 must
  /// discharge 4 MW and hour 1 may charge up to 10 MW (ηc = ηd = 0.9): the
  /// least throughput discharges 4 and charges 4 / 0.81.
  @Test func twoHoursByHand() throws {
    let dp = LeastThroughputDP(
      chargeEfficiency: 0.9, dischargeEfficiency: 0.9, socMin: 0, socMax: 100, powerMW: 20,
      low: [4, -10], high: [8, 5])
    let s = try #require(dp.solve())
    #expect(abs(s.discharge[0] - 4) < 1e-9 && s.charge[0] == 0)
    #expect(abs(s.charge[1] - 4 / 0.81) < 1e-9 && s.discharge[1] == 0)
    #expect(abs(s.throughputMWh - (4 + 4 / 0.81)) < 1e-9)
  }

  /// A window that forces charge every hour admits no cyclic schedule
  /// without a loss loop (both flows): with no SOC change, net −1 MW costs
  /// c − d = 1, 0.9c = d / 0.9, so c + d = 1.81 / 0.19 per hour; that is the
  /// LP's optimum too (it may spread the loop over the hours differently).
  @Test func forcedChargeIsLostInALoop() throws {
    let dp = LeastThroughputDP(
      chargeEfficiency: 0.9, dischargeEfficiency: 0.9, socMin: 0, socMax: 100, powerMW: 20,
      low: [-10, -10], high: [-1, -1])
    let s = try #require(dp.solve())
    #expect(abs(s.throughputMWh - 2 * 1.81 / 0.19) < 1e-9)
    for t in 0..<2 {
      let net = s.discharge[t] - s.charge[t]
      #expect(net >= -10 - 1e-9 && net <= -1 + 1e-9, "hour \(t): net \(net)")
    }
    let change = zip(s.charge, s.discharge).map { 0.9 * $0.0 - $0.1 / 0.9 }.reduce(0, +)
    #expect(abs(change) < 1e-9)
  }

  /// Windows no schedule meets (discharge forced every hour): nil, so the
  /// LP decides.
  @Test func noScheduleGivesNil() {
    let dp = LeastThroughputDP(
      chargeEfficiency: 0.9, dischargeEfficiency: 0.9, socMin: 0, socMax: 100, powerMW: 20,
      low: [1, 1, 1], high: [5, 5, 5])
    #expect(dp.solve() == nil)
  }

  /// The stress cases (Benchmarks/generate_size_stress.py), when
  /// SIZE_STRESS_DIR names their folder: each feasible full-year case whose
  /// interior point converges, DP against the LP re-plan.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["SIZE_STRESS_DIR"] != nil))
  func stressCasesHaveTheLPThroughput() throws {
    let dir = try #require(ProcessInfo.processInfo.environment["SIZE_STRESS_DIR"])
    let only = ProcessInfo.processInfo.environment["SIZE_STRESS_CASES"]?.split(separator: ",").map(String.init)
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
      .filter { only?.contains($0) ?? ($0 != "offgrid-infeasible") }
    for name in names {
      let c = try GreenPowerCaseLoader.load(folder: dir + "/" + name)
      let (r, dp, lp) = try Self.bothPlans(c)
      print("stress \(name): DP \(dp.throughputMWh) LP \(lp.throughputMWh) MWh, objective \(r.objectiveWan ?? .nan)")
      #expect(abs(dp.throughputMWh - lp.throughputMWh) <= 1e-9 * lp.throughputMWh, "\(name)")
      #expect(zip(dp.charge, dp.discharge).filter { $0.0 > 1e-9 && $0.1 > 1e-9 }.isEmpty, "\(name)")
      Self.expectFeasible(dp, r, SizingParameters(c))
    }
  }
}
