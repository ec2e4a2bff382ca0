import Testing
@testable import GreenPower

private let sizingMethods: [GreenPowerSizer.Method] = [.plain, .interior]

/// Cases small enough to solve by hand; each expected value is derived in
/// the comment above it.
///
/// Each case runs with the plain simplex (exact to rounding) and with the
/// interior point, the default (to its relative gap: 1e-6 relative or 1e-5
/// absolute here).
@Suite struct HandCheckedTests {
  private func size(_ greenCase: GreenPowerCase, _ method: GreenPowerSizer.Method) throws -> SizingResult {
    var sizer = GreenPowerSizer(greenCase)
    sizer.method = method
    return try sizer.size()
  }

  /// |a − b| within `tolerance` (plain) or the interior point's accuracy.
  private func near(_ a: Double, _ b: Double, _ method: GreenPowerSizer.Method, _ tolerance: Double) -> Bool {
    method == .plain ? abs(a - b) < tolerance : abs(a - b) <= max(tolerance, 1e-5, 1e-6 * abs(b))
  }

  /// PV at 4 万元/MW·yr saves 0.5 MWh × 12 h × 0.05 万元/MWh × 365 = 109.5
  /// 万元/yr per MW while it does not exceed the load, so PV covers the
  /// daytime load exactly: 20 MW. Cost = 20 × 4 + 120 MWh × 0.05 × 365 = 2270.
  @Test(arguments: sizingMethods) func noStorageBuildsPVUpToTheDaytimeLoad(_ method: GreenPowerSizer.Method) throws {
    let r = try size(Fixtures.dayCase(Fixtures.plainScenario()), method)
    #expect(r.termination == .optimal)
    #expect(near(r.capacity(.pvGround), 20, method, 1e-6))
    #expect(near((r.objectiveWan ?? 0), 2270, method, 1e-6))
    #expect(near(r.importMWh, 120, method, 1e-6))
    #expect(near(r.curtailedMWh, 0, method, 1e-6))
    #expect(r.capacity(.batteryEnergy) == 0)
    // Land: 20 MW × 19 mu/MW.
    #expect(near(r.groundLandMu, 380, method, 1e-6))
  }

  /// PV at 200 万元/MW·yr is not worth building (saves 109.5 per MW).
  @Test(arguments: sizingMethods) func expensivePVIsNotBuilt(_ method: GreenPowerSizer.Method) throws {
    var s = Fixtures.plainScenario()
    s.pvGround.capexYuanPerKW = 50_000
    let r = try size(Fixtures.dayCase(s), method)
    #expect(near(r.capacity(.pvGround), 0, method, 1e-9))
    #expect(near((r.objectiveWan ?? 0), 240 * 0.05 * 365, method, 1e-6))
  }

  /// Storage only, grid charging, valley 0.2 (hours 0–11) and peak 1.0
  /// yuan/kWh (12–23), η = 0.9 each way, energy 1 万元/MWh·yr, power free:
  /// charge c = 120 / 0.81 in the valley, store E = 0.9 c = 133.33 MWh,
  /// cover the whole peak. Cost = 133.33 + (120 + c) × 0.02 × 365.
  @Test(arguments: sizingMethods) func storageArbitragesATwoPriceTariff(_ method: GreenPowerSizer.Method) throws {
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
    let r = try size(Fixtures.dayCase(s), method)
    let c = 120 / 0.81
    #expect(r.termination == .optimal)
    #expect(near(r.capacity(.batteryEnergy), 0.9 * c, method, 1e-6))
    #expect(near((r.objectiveWan ?? 0), (0.9 * c + (120 + c) * 0.02 * 365), method, 1e-6))
    #expect(near(r.dischargeMWh, 120, method, 1e-6))
    #expect(near(r.batteryCycles ?? .nan, 120 / (0.9 * c), method, 1e-9))
  }

  /// Without grid charging the battery can only store green power, and
  /// there is none: no battery.
  @Test(arguments: sizingMethods) func batteryCannotChargeFromTheGridByDefault(_ method: GreenPowerSizer.Method) throws {
    var s = Fixtures.plainScenario()
    s.pvGround.enabled = false
    s.battery = SizingScenario.Battery()
    s.battery.energyCapexYuanPerKWh = 1
    s.grid.tariff.pricesYuanPerKWh = ["valley": 0.2, "peak": 1.0]
    s.grid.tariff.hours = [String](repeating: "valley", count: 12) + [String](repeating: "peak", count: 12)
    let r = try size(Fixtures.dayCase(s), method)
    #expect(near(r.dischargeMWh, 0, method, 1e-9))
  }

  /// Green share ≥ 30 % of 240 MWh = 72 MWh with PV at 200 万元/MW·yr:
  /// 6 MWh per MW per day → 12 MW. Cost = 2400 + 168 × 0.05 × 365 = 5466.
  /// One point more: 0.4 MW more (+80) saves 2.4 MWh/day (−43.8): 36.2.
  @Test(arguments: sizingMethods) func bindingGreenShareHasItsCostPerPoint(_ method: GreenPowerSizer.Method) throws {
    var s = Fixtures.plainScenario()
    s.pvGround.capexYuanPerKW = 50_000
    s.policy.minGreenShareOfConsumption = 0.30
    s.policy.minSelfUseOfGeneration = 0.60
    let r = try size(Fixtures.dayCase(s), method)
    #expect(near(r.capacity(.pvGround), 12, method, 1e-6))
    #expect(near((r.objectiveWan ?? 0), 5466, method, 1e-6))
    let share = try #require(r.ratio(.greenShareOfConsumption))
    #expect(share.binds)
    #expect(near(share.achieved ?? .nan, 0.30, method, 1e-9))
    #expect(near(share.costPerPointWan, 36.2, method, 1e-6))
    let selfUse = try #require(r.ratio(.selfUseOfGeneration))
    #expect(!selfUse.binds)
    #expect(near(selfUse.achieved ?? .nan, 1, method, 1e-9))
  }

  /// Self-use ≥ 60 % of available generation caps PV when it is cheap and
  /// export is not allowed: self-use = min(0.5x, 10) × 12 ≥ 0.6 × 6x → x ≤ 33.33;
  /// with PV at 4 万元/MW·yr the optimum is 20 MW anyway, but at 0 cost and
  /// with a 1 yuan/kWh tariff PV would be overbuilt without the row.
  @Test(arguments: sizingMethods) func selfUseRatioLimitsOverbuilding(_ method: GreenPowerSizer.Method) throws {
    var s = Fixtures.plainScenario()
    s.pvGround.capexYuanPerKW = 0
    s.policy.minSelfUseOfGeneration = 0.60
    s.pvGround.maxMW = 100
    let r = try size(Fixtures.dayCase(s), method)
    let row = try #require(r.ratio(.selfUseOfGeneration))
    #expect(r.capacity(.pvGround) <= 100 / 3 + 1e-6)
    #expect((row.achieved ?? .nan) >= 0.6 - 1e-9)
    #expect(near(r.curtailedMWh, (6 * r.capacity(.pvGround) - 120), method, 1e-6))
  }

  /// Off-grid: the night (120 MWh) comes from the battery: charge
  /// c = 120 / 0.81 over 12 daytime hours, PV x = 2 (10 + c / 12),
  /// E = 120 / 0.9. Cost = 4x + 1 × E.
  @Test(arguments: sizingMethods) func offGridCarriesTheNightOnTheBattery(_ method: GreenPowerSizer.Method) throws {
    var s = Fixtures.plainScenario()
    s.grid.offGrid = true
    s.battery = SizingScenario.Battery()
    s.battery.energyCapexYuanPerKWh = 100
    s.battery.powerCapexYuanPerKW = 0
    s.battery.fixedOMFraction = 0
    s.battery.lifetimeYears = 10
    s.battery.roundTripEfficiency = 0.81
    s.battery.minSOC = 0
    let r = try size(Fixtures.dayCase(s), method)
    let c = 120 / 0.81
    let x = 2 * (10 + c / 12)
    #expect(r.termination == .optimal)
    #expect(near(r.capacity(.pvGround), x, method, 1e-6))
    #expect(near(r.capacity(.batteryEnergy), 120 / 0.9, method, 1e-6))
    #expect(near((r.objectiveWan ?? 0), (4 * x + 120 / 0.9), method, 1e-6))
    #expect(r.importMWh == 0 && r.exportMWh == 0)
    #expect(r.ratios.isEmpty)
  }

  /// Off-grid without PV or battery: infeasible unless unserved load has a
  /// penalty; with 2 yuan/kWh the whole load is unserved at 240 × 0.2 × 365.
  @Test(arguments: sizingMethods) func offGridUnservedLoadNeedsAPenalty(_ method: GreenPowerSizer.Method) throws {
    var s = Fixtures.plainScenario()
    s.grid.offGrid = true
    s.pvGround.enabled = false
    let infeasible = try size(Fixtures.dayCase(s), method)
    #expect(infeasible.termination == .infeasible)
    s.grid.unservedPenaltyYuanPerKWh = 2
    let r = try size(Fixtures.dayCase(s), method)
    #expect(near(r.unservedMWh, 240, method, 1e-6))
    #expect(near((r.objectiveWan ?? 0), 240 * 0.2 * 365, method, 1e-6))
  }

  /// Export: free PV (capped at 40 MW), export at 0.3 yuan/kWh below the
  /// 0.5 import price, cap 20 % of available generation.
  @Test(arguments: sizingMethods) func exportStaysUnderItsShareOfAvailableGeneration(_ method: GreenPowerSizer.Method) throws {
    var s = Fixtures.plainScenario()
    s.pvGround.capexYuanPerKW = 0
    s.pvGround.maxMW = 40
    s.grid.exportAllowed = true
    s.grid.exportPriceYuanPerKWh = 0.3
    s.policy.maxExportOfGeneration = 0.20
    let r = try size(Fixtures.dayCase(s), method)
    // 40 MW → 240 MWh available, 120 self-used, export ≤ 48 MWh.
    #expect(near(r.capacity(.pvGround), 40, method, 1e-6))
    #expect(near(r.exportMWh, 48, method, 1e-6))
    let row = try #require(r.ratio(.exportOfGeneration))
    #expect(row.binds && near(row.achieved ?? .nan, 0.2, method, 1e-9))
    // Tightening to 19 %: 2.4 MWh/day less export at 0.03 万元/MWh × 365.
    #expect(near(row.costPerPointWan, 2.4 * 0.03 * 365, method, 1e-6))
  }

  /// Annuity: 6 % over 25 years.
  @Test func annuityFactor() {
    #expect(abs(Money.annuityFactor(rate: 0.06, years: 25) - 0.0782267) < 1e-6)
    #expect(abs(Money.annuityFactor(rate: 0, years: 20) - 0.05) < 1e-12)
  }
}
