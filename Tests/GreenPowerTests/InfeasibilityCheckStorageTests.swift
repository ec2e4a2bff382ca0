import GLPK
import Testing
@testable import GreenPower

/// The capacity-free check's storage pass: a battery too small for the
/// hours that neither the grid nor PV and wind can carry (InfeasibilityCheck
/// `storageShortfall`).
@Suite struct InfeasibilityCheckStorageTests {
  /// Off grid, ground PV only (up to 2,000 MW), a battery of at most
  /// `maxMWh` without a power limit: every hour passes (a) and the week's
  /// energy passes (c); only the nights decide.
  static func offGridNights(maxMWh: Double) -> GreenPowerCase {
    var c = InfeasibilityCheckTests.offGridPVOnly()
    c.scenario.pvGround.maxMW = 2000
    c.scenario.groundLandLimitMu = nil
    c.scenario.battery.enabled = true
    c.scenario.battery.maxMW = nil
    c.scenario.battery.maxMWh = maxMWh
    return c
  }

  /// 50 MWh cannot carry a night of the synthetic load (≈ 70 MW): proven,
  /// with the hour, the energy drawn and the keys; the full LP agrees.
  @Test func aBatteryTooSmallForTheNightIsProvenInfeasible() throws {
    let c = Self.offGridNights(maxMWh: 50)
    let p = SizingParameters(c)
    let reasons = InfeasibilityCheck(parameters: p).reasons()
    #expect(reasons.count == 1)
    let reason = try #require(reasons.first)
    let usable = InfeasibilityCheckTests.tenths((1 - p.minSOC) * 50)
    #expect(reason.hasPrefix("soc_min[t] cannot hold: even from a full battery (50 MWh at its largest)"), "\(reason)")
    #expect(reason.contains("at most \(usable) MWh usable"), "\(reason)")
    #expect(reason.contains("battery.max_mwh") && reason.contains("grid.off_grid")
            && reason.contains("grid.unserved_penalty_yuan_per_kwh"), "\(reason)")
    // The hour named is a night hour (no PV), and what the night drew before
    // it is more than the battery holds.
    let pv = try #require(p.capacities.first { $0.kind == .pvGround })
    let hourText = try #require(reason.split(separator: " hour ").last?.split(separator: " ").first)
    let hour = try #require(Int(hourText))
    #expect(pv.cf[hour] == 0)
    let nightBefore = (0...hour).reversed().prefix { pv.cf[$0] == 0 }
    let drawn = nightBefore.reduce(0.0) { $0 + p.loadMW[$1] } / p.dischargeEfficiency
    #expect(drawn > (1 - p.minSOC) * 50)
    #expect(reason.contains("(\(InfeasibilityCheckTests.tenths(drawn)) MWh drawn from storage"), "\(reason) vs \(drawn)")
    let r = try GreenPowerSizer(c).size()
    #expect(r.termination == .infeasible && r.infeasibilityReasons == reasons)
    #expect(try Solver().solve(SizingModel(p).model).termination == .infeasible)
  }

  /// With 5,000 MWh the nights can be carried: the check passes and the LP
  /// has an optimum.
  @Test func aBatteryLargeEnoughPasses() throws {
    let c = Self.offGridNights(maxMWh: 5000)
    #expect(InfeasibilityCheck(parameters: SizingParameters(c)).reasons().isEmpty)
    var sizer = GreenPowerSizer(c)
    sizer.method = .plain
    #expect(try sizer.size().termination == .optimal)
  }

  /// With a grid, only the load above the import limit draws on the
  /// battery: 40 MW of import leaves about 30 MW of each night to 50 MWh
  /// (proven, and the LP agrees); 200 MW carries every night.
  @Test func theImportLimitCountsBeforeTheBattery() throws {
    var c = Self.offGridNights(maxMWh: 50)
    c.scenario.grid.offGrid = false
    c.scenario.grid.importLimitMW = 40
    c.scenario.policy.minGreenShareOfConsumption = nil
    c.scenario.policy.minSelfUseOfGeneration = nil
    let p = SizingParameters(c)
    let reasons = InfeasibilityCheck(parameters: p).reasons()
    #expect(reasons.count == 1 && reasons.first?.hasPrefix("soc_min[t] cannot hold") == true, "\(reasons)")
    #expect(reasons.first?.contains("grid.import_limit_mw") == true, "\(reasons)")
    #expect(try Solver().solve(SizingModel(p).model).termination == .infeasible)
    c.scenario.grid.importLimitMW = 200
    #expect(InfeasibilityCheck(parameters: SizingParameters(c)).reasons().isEmpty)
    var sizer = GreenPowerSizer(c)
    sizer.method = .plain
    #expect(try sizer.size().termination == .optimal)
  }

  /// No PV, no wind, a 100,000 MWh battery without a power limit, and an
  /// import limit at the week's average load: the hours above it must come
  /// from the battery, and only the grid can refill it.
  static func gridOnly(gridCharging: Bool, limitFactor: Double) -> GreenPowerCase {
    var c = Fixtures.syntheticCase(days: 7)
    c.scenario.pvGround.enabled = false
    c.scenario.pvRooftop.enabled = false
    c.scenario.wind.enabled = false
    c.scenario.battery.enabled = true
    c.scenario.battery.maxMW = nil
    c.scenario.battery.maxMWh = 100_000
    c.scenario.battery.gridCharging = gridCharging
    c.scenario.policy.minGreenShareOfConsumption = nil
    c.scenario.policy.minSelfUseOfGeneration = nil
    c.scenario.grid.importLimitMW = limitFactor * c.loadMW.reduce(0, +) / Double(c.loadMW.count)
    return c
  }

  /// Without grid charging nothing refills the battery (condition (c)); with it, the
  /// import room below the limit equals the load above it, and the
  /// battery's losses make the cycle fail by Σ excess × (1/ηd − ηc), worked
  /// out here; 10 % more import limit carries it (the LP agrees each time).
  @Test func aCycleThatLosesEnergyCannotClose() throws {
    for gridCharging in [false, true] {
      let c = Self.gridOnly(gridCharging: gridCharging, limitFactor: 1)
      let p = SizingParameters(c)
      let reasons = InfeasibilityCheck(parameters: p).reasons()
      // Without grid charging the sum over the horizon (c) already sees it;
      // with it, only the battery's losses break the cycle.
      let rule = gridCharging ? "soc_dynamics[t] cannot close the cycle" : "balance[t] cannot hold over the horizon"
      #expect(reasons.count == 1 && reasons.first?.hasPrefix(rule) == true, "\(gridCharging): \(reasons)")
      #expect(try Solver().solve(SizingModel(p).model).termination == .infeasible)
      if gridCharging {
        let excess = p.loadMW.reduce(0.0) { $0 + max(0, $1 - p.importLimitMW) }
        let room = p.loadMW.reduce(0.0) { $0 + max(0, p.importLimitMW - $1) }
        let lost = excess / p.dischargeEfficiency - p.chargeEfficiency * room
        #expect(lost > 0)
        #expect(reasons.first?.contains("gives \(InfeasibilityCheckTests.tenths(lost)) MWh more") == true,
                "\(reasons) vs \(lost)")
      }
    }
    let roomy = Self.gridOnly(gridCharging: true, limitFactor: 1.1)
    #expect(InfeasibilityCheck(parameters: SizingParameters(roomy)).reasons().isEmpty)
    var sizer = GreenPowerSizer(roomy)
    sizer.method = .plain
    #expect(try sizer.size().termination == .optimal)
  }
}
