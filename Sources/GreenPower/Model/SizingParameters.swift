/// A case in the LP's units: MW, MWh and 万元, with annualised costs. Both
/// the Swift model and the MathProg data export are built from this, so
/// they cannot drift apart.
public struct SizingParameters: Sendable {
  /// One capacity decision's data.
  public struct Capacity: Sendable {
    public var kind: CapacityKind
    /// Capital cost, 万元 per MW (or MWh).
    public var capexWan: Double
    /// Fixed O&M, 万元 per MW (or MWh) per year.
    public var fixedOMWan: Double
    public var lifetimeYears: Double
    /// Capital recovery factor.
    public var annuity: Double
    /// Existing capacity (its capital cost is sunk).
    public var existing: Double
    /// Bounds on the total.
    public var lower: Double
    public var upper: Double
    /// Land or roof (mu per unit) and its limit.
    public var areaMuPerUnit: Double
    public var areaLimitMu: Double?
    /// Annualised cost per unit: annuity × capex + O&M, 万元/yr.
    public var annualCostWan: Double { annuity * capexWan + fixedOMWan }
    /// Hourly capacity factors (generators only).
    public var cf: [Double]
    /// Σ cf, full-load hours over the horizon.
    public var fullLoadHours: Double
  }

  public var hours: Int
  /// Weight of each hour in the annual cost: 8760 / hours (1 for a full
  /// year), so a shorter horizon stands for a year of such hours.
  public var yearWeight: Double
  /// Whether the battery may charge from the grid.
  public var gridCharging: Bool
  public var loadMW: [Double]
  public var month: [Int]
  /// Import and export prices, 万元/MWh (export clipped to the import price).
  public var importPriceWan: [Double]
  public var exportPriceWan: [Double]
  public var capacities: [Capacity]
  public var chargeEfficiency: Double
  public var dischargeEfficiency: Double
  public var minSOC: Double
  public var importLimitMW: Double
  public var exportLimitMW: Double
  /// Unserved-load penalty, 万元/MWh; nil = no unserved load.
  public var unservedPenaltyWan: Double?
  /// Demand charge, 万元 per MW of monthly peak import (0 = none); each
  /// month in the horizon is weighted 12 / (number of months).
  public var demandChargeWanPerMWMonth: Double
  public var months: [Int]
  public var minSelfUseOfGeneration: Double?
  public var minGreenShareOfConsumption: Double?
  public var maxExportOfGeneration: Double?
  public var groundLandLimitMu: Double?

  /// Converts `greenCase`.
  public init(_ greenCase: GreenPowerCase) {
    let s = greenCase.scenario
    hours = greenCase.hours
    yearWeight = greenCase.hours > 0 ? 8760 / Double(greenCase.hours) : 1
    gridCharging = s.battery.gridCharging
    loadMW = greenCase.loadMW
    month = greenCase.month
    let importYuan = greenCase.importPriceYuanPerKWh
    importPriceWan = importYuan.map(Money.wanPerMega)
    let exportYuan = s.grid.exportPriceYuanPerKWh
    exportPriceWan = importYuan.map { Money.wanPerMega(min(exportYuan, $0)) }
    func generator(_ t: Technology, _ kind: CapacityKind, _ cf: [Double]) -> Capacity {
      let upper = t.enabled ? (t.maxMW ?? .infinity) : t.existingMW
      return Capacity(
        kind: kind, capexWan: Money.wanPerMega(t.capexYuanPerKW), fixedOMWan: Money.wanPerMega(t.fixedOMYuanPerKWYear),
        lifetimeYears: t.lifetimeYears, annuity: Money.annuityFactor(rate: s.discountRate, years: t.lifetimeYears),
        existing: t.existingMW, lower: max(t.minMW, t.existingMW), upper: upper, areaMuPerUnit: t.areaMuPerMW,
        areaLimitMu: t.areaLimitMu, cf: cf, fullLoadHours: cf.reduce(0, +))
    }
    let b = s.battery
    let batteryAnnuity = Money.annuityFactor(rate: s.discountRate, years: b.lifetimeYears)
    func storage(_ kind: CapacityKind, capexYuan: Double, existing: Double, min: Double, max: Double?) -> Capacity {
      let capex = Money.wanPerMega(capexYuan)
      return Capacity(
        kind: kind, capexWan: capex, fixedOMWan: b.fixedOMFraction * capex, lifetimeYears: b.lifetimeYears,
        annuity: batteryAnnuity, existing: existing, lower: Swift.max(min, existing),
        upper: b.enabled ? (max ?? .infinity) : existing, areaMuPerUnit: 0, areaLimitMu: nil, cf: [], fullLoadHours: 0)
    }
    capacities = [
      generator(s.pvGround, .pvGround, greenCase.pvCF),
      generator(s.pvRooftop, .pvRooftop, greenCase.pvRooftopCF),
      generator(s.wind, .wind, greenCase.windCF),
      storage(.batteryEnergy, capexYuan: b.energyCapexYuanPerKWh, existing: b.existingMWh, min: b.minMWh, max: b.maxMWh),
      storage(.batteryPower, capexYuan: b.powerCapexYuanPerKW, existing: b.existingMW, min: b.minMW, max: b.maxMW),
    ]
    chargeEfficiency = b.roundTripEfficiency.squareRoot()
    dischargeEfficiency = b.roundTripEfficiency.squareRoot()
    minSOC = b.minSOC
    let g = s.grid
    importLimitMW = g.offGrid ? 0 : (g.importLimitMW ?? .infinity)
    exportLimitMW = (g.offGrid || !g.exportAllowed) ? 0 : (g.exportLimitMW ?? .infinity)
    unservedPenaltyWan = g.unservedPenaltyYuanPerKWh.map(Money.wanPerMega)
    demandChargeWanPerMWMonth = g.offGrid ? 0 : Money.wanPerMega(g.demandChargeYuanPerKWMonth)
    months = Array(Set(greenCase.month)).sorted()
    // The 650号 ratios govern grid-connected projects; off-grid ones have none.
    minSelfUseOfGeneration = g.offGrid ? nil : s.policy.minSelfUseOfGeneration
    minGreenShareOfConsumption = g.offGrid ? nil : s.policy.minGreenShareOfConsumption
    maxExportOfGeneration = g.offGrid ? nil : s.policy.maxExportOfGeneration
    groundLandLimitMu = s.groundLandLimitMu
  }

  /// The data of one capacity.
  public subscript(_ kind: CapacityKind) -> Capacity {
    capacities.first { $0.kind == kind } ?? capacities[0]
  }

  /// Total load over the horizon, MWh.
  public var totalLoadMWh: Double { loadMW.reduce(0, +) }
}
