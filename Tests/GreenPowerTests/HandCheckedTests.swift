import Testing
@testable import GreenPower

/// Cases small enough to solve by hand; each expected value is derived in
/// the comment above it.
@Suite struct HandCheckedTests {
  /// PV at 4 万元/MW·yr saves 0.5 MWh × 12 h × 0.05 万元/MWh × 365 = 109.5
  /// 万元/yr per MW while it does not exceed the load, so PV covers the
  /// daytime load exactly: 20 MW. Cost = 20 × 4 + 120 MWh × 0.05 × 365 = 2270.
  @Test func noStorageBuildsPVUpToTheDaytimeLoad() throws {
    let r = try GreenPowerSizer(Fixtures.dayCase(Fixtures.plainScenario())).size()
    #expect(r.termination == .optimal)
    #expect(abs(r.capacity(.pvGround) - 20) < 1e-6)
    #expect(abs((r.objectiveWan ?? 0) - 2270) < 1e-6)
    #expect(abs(r.importMWh - 120) < 1e-6)
    #expect(abs(r.curtailedMWh) < 1e-6)
    #expect(r.capacity(.batteryEnergy) == 0)
    // Land: 20 MW × 19 mu/MW.
    #expect(abs(r.groundLandMu - 380) < 1e-6)
  }

  /// PV at 200 万元/MW·yr is not worth building (saves 109.5 per MW).
  @Test func expensivePVIsNotBuilt() throws {
    var s = Fixtures.plainScenario()
    s.pvGround.capexYuanPerKW = 50_000
    let r = try GreenPowerSizer(Fixtures.dayCase(s)).size()
    #expect(r.capacity(.pvGround) < 1e-9)
    #expect(abs((r.objectiveWan ?? 0) - 240 * 0.05 * 365) < 1e-6)
  }

  /// Storage only, grid charging, valley 0.2 (hours 0–11) and peak 1.0
  /// yuan/kWh (12–23), η = 0.9 each way, energy 1 万元/MWh·yr, power free:
  /// charge c = 120 / 0.81 in the valley, store E = 0.9 c = 133.33 MWh,
  /// cover the whole peak. Cost = 133.33 + (120 + c) × 0.02 × 365.
  @Test func storageArbitragesATwoPriceTariff() throws {
    var s = Fixtures.plainScenario()
    s.pvGround.enabled = false
    s.battery = SizingScenario.Battery()
    s.battery.gridCharging = true
    s.battery.energyCapexYuanPerKWh = 100
    s.battery.powerCapexYuanPerKW = 0
    s.battery.fixedOMFraction = 0
    s.battery.lifetimeYears = 10
    s.battery.roundTripEfficiency = 0.81
    s.battery.minSOC = 0
    s.grid.tariff.pricesYuanPerKWh = ["valley": 0.2, "peak": 1.0]
    s.grid.tariff.hours = [String](repeating: "valley", count: 12) + [String](repeating: "peak", count: 12)
    let r = try GreenPowerSizer(Fixtures.dayCase(s)).size()
    let c = 120 / 0.81
    #expect(r.termination == .optimal)
    #expect(abs(r.capacity(.batteryEnergy) - 0.9 * c) < 1e-6)
    #expect(abs((r.objectiveWan ?? 0) - (0.9 * c + (120 + c) * 0.02 * 365)) < 1e-6)
    #expect(abs(r.dischargeMWh - 120) < 1e-6)
    #expect(abs(r.batteryCycles - 120 / (0.9 * c)) < 1e-9)
  }

  /// Without grid charging the battery can only store green power, and
  /// there is none: no battery.
  @Test func batteryCannotChargeFromTheGridByDefault() throws {
    var s = Fixtures.plainScenario()
    s.pvGround.enabled = false
    s.battery = SizingScenario.Battery()
    s.battery.energyCapexYuanPerKWh = 1
    s.grid.tariff.pricesYuanPerKWh = ["valley": 0.2, "peak": 1.0]
    s.grid.tariff.hours = [String](repeating: "valley", count: 12) + [String](repeating: "peak", count: 12)
    let r = try GreenPowerSizer(Fixtures.dayCase(s)).size()
    #expect(abs(r.dischargeMWh) < 1e-9)
  }

  /// Green share ≥ 30 % of 240 MWh = 72 MWh with PV at 200 万元/MW·yr:
  /// 6 MWh per MW per day → 12 MW. Cost = 2400 + 168 × 0.05 × 365 = 5466.
  /// One point more: 0.4 MW more (+80) saves 2.4 MWh/day (−43.8): 36.2.
  @Test func bindingGreenShareHasItsCostPerPoint() throws {
    var s = Fixtures.plainScenario()
    s.pvGround.capexYuanPerKW = 50_000
    s.policy.minGreenShareOfConsumption = 0.30
    s.policy.minSelfUseOfGeneration = 0.60
    let r = try GreenPowerSizer(Fixtures.dayCase(s)).size()
    #expect(abs(r.capacity(.pvGround) - 12) < 1e-6)
    #expect(abs((r.objectiveWan ?? 0) - 5466) < 1e-6)
    let share = try #require(r.ratio(.greenShareOfConsumption))
    #expect(share.binds)
    #expect(abs(share.achieved - 0.30) < 1e-9)
    #expect(abs(share.costPerPointWan - 36.2) < 1e-6)
    let selfUse = try #require(r.ratio(.selfUseOfGeneration))
    #expect(!selfUse.binds)
    #expect(abs(selfUse.achieved - 1) < 1e-9)
  }

  /// Self-use ≥ 60 % of available generation caps PV when it is cheap and
  /// export is not allowed: self-use = min(0.5x, 10) × 12 ≥ 0.6 × 6x → x ≤ 33.33;
  /// with PV at 4 万元/MW·yr the optimum is 20 MW anyway, but at 0 cost and
  /// with a 1 yuan/kWh tariff PV would be overbuilt without the row.
  @Test func selfUseRatioLimitsOverbuilding() throws {
    var s = Fixtures.plainScenario()
    s.pvGround.capexYuanPerKW = 0
    s.policy.minSelfUseOfGeneration = 0.60
    s.pvGround.maxMW = 100
    let r = try GreenPowerSizer(Fixtures.dayCase(s)).size()
    let row = try #require(r.ratio(.selfUseOfGeneration))
    #expect(r.capacity(.pvGround) <= 100 / 3 + 1e-6)
    #expect(row.achieved >= 0.6 - 1e-9)
    #expect(abs(r.curtailedMWh - (6 * r.capacity(.pvGround) - 120)) < 1e-6)
  }

  /// Off-grid: the night (120 MWh) comes from the battery: charge
  /// c = 120 / 0.81 over 12 daytime hours, PV x = 2 (10 + c / 12),
  /// E = 120 / 0.9. Cost = 4x + 1 × E.
  @Test func offGridCarriesTheNightOnTheBattery() throws {
    var s = Fixtures.plainScenario()
    s.grid.offGrid = true
    s.battery = SizingScenario.Battery()
    s.battery.energyCapexYuanPerKWh = 100
    s.battery.powerCapexYuanPerKW = 0
    s.battery.fixedOMFraction = 0
    s.battery.lifetimeYears = 10
    s.battery.roundTripEfficiency = 0.81
    s.battery.minSOC = 0
    let r = try GreenPowerSizer(Fixtures.dayCase(s)).size()
    let c = 120 / 0.81
    let x = 2 * (10 + c / 12)
    #expect(r.termination == .optimal)
    #expect(abs(r.capacity(.pvGround) - x) < 1e-6)
    #expect(abs(r.capacity(.batteryEnergy) - 120 / 0.9) < 1e-6)
    #expect(abs((r.objectiveWan ?? 0) - (4 * x + 120 / 0.9)) < 1e-6)
    #expect(r.importMWh == 0 && r.exportMWh == 0)
    #expect(r.ratios.isEmpty)
  }

  /// Off-grid without PV or battery: infeasible unless unserved load has a
  /// penalty; with 2 yuan/kWh the whole load is unserved at 240 × 0.2 × 365.
  @Test func offGridUnservedLoadNeedsAPenalty() throws {
    var s = Fixtures.plainScenario()
    s.grid.offGrid = true
    s.pvGround.enabled = false
    let infeasible = try GreenPowerSizer(Fixtures.dayCase(s)).size()
    #expect(infeasible.termination == .infeasible)
    s.grid.unservedPenaltyYuanPerKWh = 2
    let r = try GreenPowerSizer(Fixtures.dayCase(s)).size()
    #expect(abs(r.unservedMWh - 240) < 1e-6)
    #expect(abs((r.objectiveWan ?? 0) - 240 * 0.2 * 365) < 1e-6)
  }

  /// Export: free PV (capped at 40 MW), export at 0.3 yuan/kWh below the
  /// 0.5 import price, cap 20 % of available generation.
  @Test func exportStaysUnderItsShareOfAvailableGeneration() throws {
    var s = Fixtures.plainScenario()
    s.pvGround.capexYuanPerKW = 0
    s.pvGround.maxMW = 40
    s.grid.exportAllowed = true
    s.grid.exportPriceYuanPerKWh = 0.3
    s.policy.maxExportOfGeneration = 0.20
    let r = try GreenPowerSizer(Fixtures.dayCase(s)).size()
    // 40 MW → 240 MWh available, 120 self-used, export ≤ 48 MWh.
    #expect(abs(r.capacity(.pvGround) - 40) < 1e-6)
    #expect(abs(r.exportMWh - 48) < 1e-6)
    let row = try #require(r.ratio(.exportOfGeneration))
    #expect(row.binds && abs(row.achieved - 0.2) < 1e-9)
    // Tightening to 19 %: 2.4 MWh/day less export at 0.03 万元/MWh × 365.
    #expect(abs(row.costPerPointWan - 2.4 * 0.03 * 365) < 1e-6)
  }

  /// Annuity: 6 % over 25 years.
  @Test func annuityFactor() {
    #expect(abs(Money.annuityFactor(rate: 0.06, years: 25) - 0.0782267) < 1e-6)
    #expect(abs(Money.annuityFactor(rate: 0, years: 20) - 0.05) < 1e-12)
  }
}
