import GLPK
import Testing
@testable import GreenPower

/// The capacity-free relaxation proves infeasibility before any LP is solved,
/// names the row and the keys to relax, and never rejects a feasible case.
@Suite struct InfeasibilityCheckTests {
  /// Off grid, PV only (at most 50 MW), no battery: the night load cannot be met.
  static func offGridPVOnly() -> GreenPowerCase {
    var c = Fixtures.syntheticCase(days: 7)
    c.scenario.grid.offGrid = true
    c.scenario.wind.enabled = false
    c.scenario.battery.enabled = false
    c.scenario.pvGround.maxMW = 50
    return c
  }

  @Test func offGridNightLoadIsProvenInfeasibleAndNamed() throws {
    let c = Self.offGridPVOnly()
    let reasons = InfeasibilityCheck(parameters: SizingParameters(c)).reasons()
    #expect(reasons.count == 1)
    let reason = try #require(reasons.first)
    #expect(reason.hasPrefix("balance[t] cannot hold in "))
    #expect(reason.contains("grid.off_grid") && reason.contains("pv_ground.max_mw") && reason.contains("wind.enabled")
            && reason.contains("battery.enabled") && reason.contains("grid.unserved_penalty_yuan_per_kwh"), "\(reason)")
    let r = try GreenPowerSizer(c).size()
    #expect(r.termination == .infeasible && r.objectiveWan == nil && r.infeasibilityReasons == reasons)
    // The full LP agrees.
    let plain = try Solver().solve(SizingModel(SizingParameters(c)).model)
    #expect(plain.termination == .infeasible)
  }

  @Test func greenShareOutOfReachIsProvenInfeasible() throws {
    var c = Fixtures.syntheticCase(days: 7)
    c.scenario.wind.enabled = false
    c.scenario.pvGround.maxMW = 10
    c.scenario.policy.minGreenShareOfConsumption = 0.3
    let reasons = InfeasibilityCheck(parameters: SizingParameters(c)).reasons()
    #expect(reasons.count == 1 && reasons.first?.hasPrefix("green_share_of_consumption cannot hold") == true,
            "\(reasons)")
    let plain = try Solver().solve(SizingModel(SizingParameters(c)).model)
    #expect(plain.termination == .infeasible)
  }

  /// Off grid with ground PV only, at most 15 MW, and a battery without a
  /// power limit: every hour passes (the battery could give any power), but
  /// over the week PV cannot produce the load's energy. Proven by the sum,
  /// and the full LP agrees; with 2,000 MW of PV the sum passes.
  @Test func offGridEnergyOverTheHorizonIsProvenInfeasible() throws {
    var c = Self.offGridPVOnly()
    c.scenario.battery.enabled = true
    c.scenario.battery.maxMW = nil
    c.scenario.battery.maxMWh = nil
    c.scenario.pvGround.maxMW = 15
    c.scenario.pvRooftop.enabled = false
    c.scenario.groundLandLimitMu = nil
    let p = SizingParameters(c)
    let reasons = InfeasibilityCheck(parameters: p).reasons()
    #expect(reasons.count == 1)
    let reason = try #require(reasons.first)
    #expect(reason.hasPrefix("balance[t] cannot hold over the horizon: the load beyond the grid's (off grid: all of it) totals "), "\(reason)")
    #expect(reason.contains("pv_ground.max_mw") && reason.contains("grid.unserved_penalty_yuan_per_kwh"), "\(reason)")
    // The figures: the week's load and PV at 15 MW.
    let pv = try #require(p.capacities.first { $0.kind == .pvGround })
    let load = p.loadMW.reduce(0, +), solar = pv.cf.reduce(0, +) * 15
    #expect(reason.contains(" totals \(Self.tenths(load)) MWh over the 168 hours"), "\(reason) vs \(load)")
    #expect(reason.contains("give at most \(Self.tenths(solar)) MWh"), "\(reason) vs \(solar)")
    let plain = try Solver().solve(SizingModel(p).model)
    #expect(plain.termination == .infeasible)
    c.scenario.pvGround.maxMW = 2000
    #expect(InfeasibilityCheck(parameters: SizingParameters(c)).reasons().isEmpty)
  }

  /// 2,000 MW of existing ground PV against the week's load: 60 % of its
  /// available output is more than the load can use. Proven with the
  /// figures, and the full LP agrees; with 200 MW the check passes.
  @Test func selfUseOutOfReachWithExistingCapacityIsProvenInfeasible() throws {
    var c = Fixtures.syntheticCase(days: 7)
    c.scenario.pvGround.existingMW = 2000
    let p = SizingParameters(c)
    let reasons = InfeasibilityCheck(parameters: p).reasons()
    #expect(reasons.count == 1)
    let reason = try #require(reasons.first)
    let pv = try #require(p.capacities.first { $0.kind == .pvGround })
    let available = pv.cf.reduce(0, +) * 2000
    #expect(reason.hasPrefix("self_use_of_generation cannot hold: the PV and wind that must be kept or built make \(Self.tenths(available)) MWh available over the 168 hours; 60 % of it, \(Self.tenths(0.6 * available)) MWh, is more than the whole load (\(Self.tenths(p.loadMW.reduce(0, +))) MWh) can use"), "\(reason)")
    #expect(reason.hasSuffix("relax policy.min_self_use_of_generation (or policy.target), or pv_ground.existing_mw"), "\(reason)")
    #expect(try Solver().solve(SizingModel(p).model).termination == .infeasible)
    c.scenario.pvGround.existingMW = 200
    #expect(InfeasibilityCheck(parameters: SizingParameters(c)).reasons().isEmpty)
  }

  static func tenths(_ x: Double) -> String {
    let r = (x * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
  }

  @Test func feasibleCasesPass() {
    var offGrid = Fixtures.syntheticCase(days: 7)
    offGrid.scenario.grid.offGrid = true
    var limited = Fixtures.syntheticCase(days: 7)
    limited.scenario.pvGround.maxMW = 60
    limited.scenario.wind.maxMW = 40
    limited.scenario.grid.importLimitMW = 70
    for c in [Fixtures.syntheticCase(days: 7), offGrid, Self.offGridWithUnserved(), limited] {
      #expect(InfeasibilityCheck(parameters: SizingParameters(c)).reasons().isEmpty)
    }
  }

  static func offGridWithUnserved() -> GreenPowerCase {
    var c = offGridPVOnly()
    c.scenario.grid.unservedPenaltyYuanPerKWh = 3
    return c
  }
}

/// Unlimited PV cannot serve the night: off grid with wind ≤ 10 MW and a
/// 5 MW battery the night load of the synthetic case (≈ 72 MW) is out of reach.
@Suite struct InfeasibilityCheckNightTests {
  @Test func unlimitedPVDoesNotHideTheNight() throws {
    var c = Fixtures.syntheticCase(days: 7)
    c.scenario.grid.offGrid = true
    c.scenario.wind.maxMW = 10
    c.scenario.battery.maxMW = 5
    let reasons = InfeasibilityCheck(parameters: SizingParameters(c)).reasons()
    let reason = try #require(reasons.first)
    #expect(reason.hasPrefix("balance[t] cannot hold") && reason.contains("wind.max_mw")
            && reason.contains("battery.max_mw"), "\(reason)")
    let plain = try Solver().solve(SizingModel(SizingParameters(c)).model)
    #expect(plain.termination == .infeasible)
  }
}
