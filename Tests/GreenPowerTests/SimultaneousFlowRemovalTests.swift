import ParkOptTestSupport
import Testing
@testable import GreenPower

/// The dispatch is a schedule: no hour both charges and discharges, and the
/// interior point's battery cycles and curtailment are the simplex method's.
@Suite struct SimultaneousFlowRemovalTests {
  /// An hour charging 10 and discharging 4 at ηc = ηd = 0.9 keeps its stored
  /// energy change (9 − 4/0.9) with charge 10 − 4/0.81 and no discharge; the
  /// (1 − 0.81) × 4/0.81 MW no longer lost is curtailed.
  @Test func oneHourKeepsItsStoredEnergy() {
    var f = SimultaneousFlowRemoval.Flows(charge: [10, 0], discharge: [4, 3], green: [20, 0], exports: [0, 0])
    var removal = SimultaneousFlowRemoval(chargeEfficiency: 0.9, dischargeEfficiency: 0.9, gridCharging: false)
    removal.apply(&f)
    #expect(removal.hoursChanged == 1)
    #expect(abs(f.charge[0] - (10 - 4 / 0.81)) < 1e-12 && f.discharge[0] == 0)
    #expect(abs(0.9 * f.charge[0] - (0.9 * 10 - 4 / 0.9)) < 1e-12)
    #expect(abs(f.green[0] - (20 - 0.19 * 4 / 0.81)) < 1e-12)
    #expect(f.discharge[1] == 3 && f.green[1] == 0)
  }

  /// With no green power left to curtail (green used 0), the losses a loop
  /// saves cannot go anywhere: the hour keeps the part of the loop it needs
  /// and the balance holds.
  @Test func aLoopIsKeptWhereNoGreenPowerIsLeftToCurtail() {
    var f = SimultaneousFlowRemoval.Flows(charge: [10, 10], discharge: [15, 15], green: [0, 1], exports: [0, 0])
    var removal = SimultaneousFlowRemoval(chargeEfficiency: 0.9, dischargeEfficiency: 0.9, gridCharging: false)
    removal.apply(&f)
    #expect(f.charge[0] == 10 && f.discharge[0] == 15 && f.green[0] == 0)
    // Hour 1: 1 MW of green can absorb the losses of x = 1 / 0.19 MW of loop.
    #expect(abs(f.charge[1] - (10 - 1 / 0.19)) < 1e-12 && abs(f.discharge[1] - (15 - 0.81 / 0.19)) < 1e-12)
    #expect(abs(f.green[1]) < 1e-12)
    // Balance: green + discharge − charge is the same before and after (load is 6 MW).
    #expect(abs(f.green[1] + f.discharge[1] - f.charge[1] - 6) < 1e-12)
    #expect(removal.hoursChanged == 1)
  }

  /// An off-grid case where the simplex methods' vertex disposes of energy
  /// through the battery's loop in hours with no green power used (found by
  /// an outside audit: `--method staged` and `dual` wrote a discharge above
  /// the load, the balance broken). Every method's dispatch now balances in
  /// every hour, with no hour both charging and discharging, at one optimum.
  @Test func everyMethodsDispatchBalancesOffGrid() throws {
    let folder = RepositoryPaths.path("Tests/GreenPowerTests/Fixtures/offgrid-loss-loop")
    let c = try GreenPowerCaseLoader.load(folder: folder)
    var objectives: [Double] = []
    for method in [GreenPowerSizer.Method.staged, .dual, .plain, .interior] {
      var sizer = GreenPowerSizer(c)
      sizer.method = method
      let r = try sizer.size()
      let d = r.dispatch
      for t in 0..<c.hours {
        let supply = d.green[t] + d.imports[t] + d.discharge[t] + d.unserved[t]
        let demand = d.load[t] + d.exports[t] + d.charge[t]
        #expect(abs(supply - demand) <= 1e-6 * max(1, d.load[t]), "\(method) hour \(t): supply \(supply), demand \(demand)")
        #expect(d.green[t] <= d.availablePV[t] + d.availableWind[t] + 1e-6)
      }
      #expect(r.hoursWithBothFlows == 0, "\(method): \(r.hoursWithBothFlows) hours both charge and discharge")
      objectives.append(try #require(r.objectiveWan))
    }
    for o in objectives { #expect(abs(o - objectives[0]) <= 1e-7 * abs(objectives[0])) }
  }

  /// With `sameBatteryUse`, cycles and curtailment must equal the simplex's;
  /// otherwise only the schedule property and the optimum are checked.
  static func compare(_ c: GreenPowerCase, sameBatteryUse: Bool = true) throws {
    let plain = try MethodEquivalenceTests.plain(c)
    var sizer = GreenPowerSizer(c)
    sizer.method = .interior
    let interior = try sizer.size()
    #expect(interior.termination == .optimal)
    // The interior point's own point had such hours (else this test shows nothing).
    #expect(interior.hoursWithBothFlowsRemoved > 0)
    print("hours untangled: interior \(interior.hoursWithBothFlowsRemoved), simplex \(plain.hoursWithBothFlowsRemoved);",
          "cycles \(interior.batteryCycles) vs \(plain.batteryCycles); curtailed \(interior.curtailedMWh) vs \(plain.curtailedMWh)")
    for r in [plain, interior] {
      let both = zip(r.dispatch.charge, r.dispatch.discharge).filter { $0 > 1e-6 && $1 > 1e-6 }.count
      #expect(both == 0, "\(r.method): \(both) hours charge and discharge")
    }
    let reference = try #require(plain.objectiveWan), value = try #require(interior.objectiveWan)
    #expect(abs(value - reference) <= 1e-7 * abs(reference))
    let cycles = try #require(interior.batteryCycles), simplexCycles = try #require(plain.batteryCycles)
    #expect(simplexCycles > 0)
    if sameBatteryUse {
      #expect(abs(cycles - simplexCycles) <= 1e-4 * max(1, simplexCycles), "cycles \(cycles) vs simplex \(simplexCycles)")
      // Curtailment to 1e-6 of the available generation (the interior point's gap).
      #expect(abs(interior.curtailedMWh - plain.curtailedMWh) <= 1e-6 * plain.availableMWh,
              "curtailment \(interior.curtailedMWh) vs simplex \(plain.curtailedMWh)")
    }
  }

  @Test func sevenDaysMatchTheSimplex() throws {
    try Self.compare(Fixtures.syntheticCase(days: 7))
  }

  @Test func thirtyDaysMatchTheSimplex() throws {
    let c = Fixtures.bindingShareMonth()
    try Self.compare(c)
  }

  /// No export and a high green share: the optimum curtails, and the
  /// optimal face is wide — storing surplus that would be curtailed anyway
  /// costs nothing, so optima differ in battery use. Measured: simplex 4.461
  /// cycles and 2,965.7 MWh curtailed, interior point 2.775 and 3,089.3,
  /// same objective. Only the schedule property is checked here.
  @Test func curtailingWeekIsASchedule() throws {
    var c = Fixtures.syntheticCase(days: 7)
    c.scenario.grid.exportAllowed = false
    c.scenario.policy.minGreenShareOfConsumption = 0.9
    try Self.compare(c, sameBatteryUse: false)
  }
}
