import GLPK

/// The green-power sizing LP (绿电直连, 以荷定源), built from a case: the
/// same formulation as `Models/green_power.mod`, row for row and with the
/// same names.
///
/// Units: MW, MWh, 万元 per year. Columns: `cap[k]` for each
/// ``CapacityKind``; per hour `green[t]` (PV and wind used), `import[t]`,
/// `export[t]`, `charge[t]`, `discharge[t]`, `soc[t]`; `unserved[t]`
/// (at most the hour's load) when a penalty allows it; `peak[m]` per month when a demand charge is set.
/// Each constraint family is one function below, named after its rule.
public struct SizingModel: Sendable {
  /// The LP.
  public var model: LinearModel
  /// The data it was built from.
  public let parameters: SizingParameters
  /// Capacity columns, in ``CapacityKind`` order.
  public var capacity: [CapacityKind: Variable] = [:]
  /// Hourly columns.
  public var green: [Variable] = [], imports: [Variable] = [], exports: [Variable] = []
  public var charge: [Variable] = [], discharge: [Variable] = [], soc: [Variable] = []
  /// Unserved load (empty unless allowed) and monthly peaks (empty unless charged).
  public var unserved: [Variable] = []
  public var peak: [Int: Variable] = [:]
  /// Named rows.
  public var balance: [Constraint] = []
  public var ratioRows: [RatioKind: Constraint] = [:]
  public var areaRows: [String: Constraint] = [:]

  /// The 650号 ratio rows.
  public enum RatioKind: String, CaseIterable, Sendable {
    case selfUseOfGeneration = "self_use_of_generation"
    case greenShareOfConsumption = "green_share_of_consumption"
    case exportOfGeneration = "export_of_generation"
  }

  /// The factor the three ratio rows are multiplied by (1, or 1 / hours
  /// for the interior point, so their right-hand sides are in MW, not MWh).
  public let ratioScale: Double

  /// The compact form (same optimum, 5 columns and 6 rows per hour instead
  /// of 7 and 8): `green[t]` is eliminated through the balance
  /// (green = load + charge + export − import − discharge − unserved, so
  /// `balance[t]` says green ≥ 0 and `green_only[t]` becomes import ≤ load),
  /// and `soc[t]` counts the energy above the minimum state of charge (so
  /// `soc_min[t]` becomes the column's lower bound 0). Tested equal to the
  /// plain form; not used by default (GLPK's interior point stalls on it).
  public let compact: Bool

  /// Hourly copies of the capacity columns (`cap_hour[k,t]`) in the sparse form.
  public var capacityByHour: [CapacityKind: [Variable]] = [:]
  /// Daily subtotals of grid supply (import + unserved) and of export that
  /// the ratio rows sum in the sparse form (`supply_day[d]`, `export_day[d]`).
  public var dailySupply: [Variable] = [], dailyExport: [Variable] = []
  /// Hourly copies of the month's peak (`peak_hour[t]`) in the sparse form.
  public var peakByHour: [Variable] = []

  /// Builds the LP for `parameters`. With `sparseForm`, no row and no column
  /// is dense: hourly rows use hourly copies of the capacities and the
  /// ratio rows sum daily subtotals (see `SizingModel+SparseForm.swift`).
  /// That is the form GLPK's interior point is fast on; the optimum is the
  /// same, with more rows and columns.
  public init(_ parameters: SizingParameters, sparseForm: Bool = false, ratioScale: Double = 1,
              compact: Bool = false) {
    self.parameters = parameters
    self.ratioScale = ratioScale
    self.compact = compact
    model = LinearModel(name: "green_power")
    let T = parameters.hours
    model.reserveCapacity(variables: 7 * T + 20, constraints: 9 * T + 10, terms: 26 * T)
    addColumns()
    if sparseForm {
      capacityChains()
      dailySubtotals()
      peakChains()
    }
    energyBalance()
    availableGeneration()
    greenOnlyStorageAndExport()
    storageDynamics()
    storageLimits()
    peakImport()
    selfUseOfGeneration()
    greenShareOfConsumption()
    exportOfGeneration()
    landAndRoof()
    objective()
  }

  /// Convenience: the LP for a case.
  public init(_ greenCase: GreenPowerCase) { self.init(SizingParameters(greenCase)) }

  private mutating func addColumns() {
    let p = parameters
    let T = p.hours
    for c in p.capacities {
      capacity[c.kind] = model.addVariable("cap[\(c.kind.rawValue)]", lowerBound: c.lower, upperBound: c.upper)
    }
    if !compact { green = model.addVariables(count: T, name: { "green[\($0)]" }) }
    imports = model.addVariables(count: T, upperBound: p.importLimitMW, name: { "import[\($0)]" })
    if compact && p.unservedPenaltyWan == nil && !p.gridCharging {
      for t in 0..<T { model.setBounds(imports[t], lower: 0, upper: min(p.importLimitMW, p.loadMW[t])) }
    }
    exports = model.addVariables(count: T, upperBound: p.exportLimitMW, name: { "export[\($0)]" })
    charge = model.addVariables(count: T, name: { "charge[\($0)]" })
    discharge = model.addVariables(count: T, name: { "discharge[\($0)]" })
    soc = model.addVariables(count: T, name: { "soc[\($0)]" })
    if p.unservedPenaltyWan != nil {
      // Unserved load is at most the hour's load (with grid charging nothing else says so).
      unserved = model.addVariables(count: T, name: { "unserved[\($0)]" })
      for t in 0..<T { model.setBounds(unserved[t], lower: 0, upper: p.loadMW[t]) }
    }
    if p.demandChargeWanPerMWMonth > 0 {
      for m in p.months { peak[m] = model.addVariable("peak[\(m)]") }
    }
  }

  func col(_ v: Variable) -> Int32 { Int32(v.index) }
  /// The capacity column used in hour t's rows (an hourly copy in the sparse form).
  private func cap(_ k: CapacityKind, _ t: Int) -> Int32 {
    if let copies = capacityByHour[k] { return Int32(copies[t].index) }
    return cap(k)
  }
  func cap(_ k: CapacityKind) -> Int32 { Int32(capacity[k]?.index ?? 0) }

  /// `balance[t]`: green + import + discharge + unserved − charge − export = load
  /// (电量平衡).
  mutating func energyBalance() {
    if compact {
      for t in 0..<parameters.hours {
        let (cols, coef) = greenExpression(t)
        let l = parameters.loadMW[t]
        balance.append(model.addConstraint(columns: cols, coefficients: coef, lower: -l, upper: .infinity,
                                           name: "balance[\(t)]"))
      }
      return
    }
    for t in 0..<parameters.hours {
      var cols = [col(green[t]), col(imports[t]), col(discharge[t]), col(charge[t]), col(exports[t])]
      var coef: [Double] = [1, 1, 1, -1, -1]
      if !unserved.isEmpty { cols.append(col(unserved[t])); coef.append(1) }
      let l = parameters.loadMW[t]
      balance.append(model.addConstraint(columns: cols, coefficients: coef, lower: l, upper: l, name: "balance[\(t)]"))
    }
  }

  /// Compact form: green[t] − load[t] = charge + export − import − discharge − unserved.
  private func greenExpression(_ t: Int) -> (cols: [Int32], coef: [Double]) {
    var cols = [col(charge[t]), col(exports[t]), col(imports[t]), col(discharge[t])]
    var coef: [Double] = [1, 1, -1, -1]
    if !unserved.isEmpty { cols.append(col(unserved[t])); coef.append(-1) }
    return (cols, coef)
  }

  /// `available[t]`: green ≤ Σ_k cf[k,t] × cap[k] (可用发电量; the rest is curtailed).
  mutating func availableGeneration() {
    let gens = parameters.capacities.filter { $0.kind.isGenerator }
    for t in 0..<parameters.hours {
      var (cols, coef) = compact ? greenExpression(t) : ([col(green[t])], [1.0])
      let upper = compact ? -parameters.loadMW[t] : 0
      for g in gens where g.cf[t] != 0 { cols.append(cap(g.kind, t)); coef.append(-g.cf[t]) }
      model.addConstraint(columns: cols, coefficients: coef, lower: -.infinity, upper: upper, name: "available[\(t)]")
    }
  }

  /// `green_only[t]`: charge + export ≤ green + discharge — the battery and
  /// the export take green power only, so grid power is never stored or
  /// resold. With grid charging: export ≤ green.
  mutating func greenOnlyStorageAndExport() {
    if compact {
      // import + unserved ≤ load (a bound when there is no unserved load);
      // with grid charging: import + discharge + unserved − charge ≤ load.
      let p = parameters
      guard !unserved.isEmpty || p.gridCharging else { return }
      for t in 0..<p.hours {
        var cols = [col(imports[t])], coef = [1.0]
        if !unserved.isEmpty { cols.append(col(unserved[t])); coef.append(1) }
        if p.gridCharging { cols += [col(discharge[t]), col(charge[t])]; coef += [1, -1] }
        model.addConstraint(columns: cols, coefficients: coef, lower: -.infinity, upper: p.loadMW[t],
                            name: "green_only[\(t)]")
      }
      return
    }
    for t in 0..<parameters.hours {
      if parameters.gridCharging {
        model.addConstraint(columns: [col(exports[t]), col(green[t])], coefficients: [1, -1],
                            lower: -.infinity, upper: 0, name: "green_only[\(t)]")
        continue
      }
      model.addConstraint(
        columns: [col(charge[t]), col(exports[t]), col(green[t]), col(discharge[t])], coefficients: [1, 1, -1, -1],
        lower: -.infinity, upper: 0, name: "green_only[\(t)]")
    }
  }

  /// `soc_dynamics[t]`: soc[t] = soc[t−1] + ηc·charge[t] − discharge[t]/ηd,
  /// cyclic (hour 0 follows the last hour).
  mutating func storageDynamics() {
    let T = parameters.hours
    let ec = parameters.chargeEfficiency, ed = parameters.dischargeEfficiency
    for t in 0..<T {
      let previous = soc[(t + T - 1) % T]
      if T == 1 {
        model.addConstraint(columns: [col(charge[t]), col(discharge[t])], coefficients: [ec, -1 / ed],
                            lower: 0, upper: 0, name: "soc_dynamics[\(t)]")
        continue
      }
      model.addConstraint(
        columns: [col(soc[t]), col(previous), col(charge[t]), col(discharge[t])],
        coefficients: [1, -1, -ec, 1 / ed], lower: 0, upper: 0, name: "soc_dynamics[\(t)]")
    }
  }

  /// `soc_max[t]`, `soc_min[t]`, `charge_max[t]`, `discharge_max[t]`:
  /// min SOC × E ≤ soc ≤ E; charge, discharge ≤ P (储能容量与功率).
  mutating func storageLimits() {
    let m = parameters.minSOC
    for t in 0..<parameters.hours {
      let e = cap(.batteryEnergy, t), pw = cap(.batteryPower, t)
      model.addConstraint(columns: [col(soc[t]), e], coefficients: [1, compact ? -(1 - m) : -1], lower: -.infinity,
                          upper: 0, name: "soc_max[\(t)]")
      if m > 0 && !compact {
        model.addConstraint(columns: [col(soc[t]), e], coefficients: [1, -m], lower: 0, upper: .infinity, name: "soc_min[\(t)]")
      }
      model.addConstraint(columns: [col(charge[t]), pw], coefficients: [1, -1], lower: -.infinity, upper: 0, name: "charge_max[\(t)]")
      model.addConstraint(columns: [col(discharge[t]), pw], coefficients: [1, -1], lower: -.infinity, upper: 0, name: "discharge_max[\(t)]")
    }
  }

  /// `peak_import[t]`: import[t] ≤ peak[month(t)] (需量电费), when charged.
  mutating func peakImport() {
    guard !peak.isEmpty else { return }
    for t in 0..<parameters.hours {
      guard let monthly = peak[parameters.month[t]] else { continue }
      let p = peakByHour.isEmpty ? monthly : peakByHour[t]
      model.addConstraint(columns: [col(imports[t]), col(p)], coefficients: [1, -1], lower: -.infinity, upper: 0,
                          name: "peak_import[\(t)]")
    }
  }

  /// Σ_t (import + unserved): the load not met by green power.
  private func nonGreenSupply() -> (cols: [Int32], coef: [Double]) {
    if !dailySupply.isEmpty { return (dailySupply.map(col), [Double](repeating: 1, count: dailySupply.count)) }
    var cols = imports.map(col)
    cols += unserved.map(col)
    return (cols, [Double](repeating: 1, count: cols.count))
  }

  /// `self_use_of_generation` (自发自用电量 ≥ 60 % × 总可用发电量):
  /// Σ(load − import − unserved) ≥ r × Σ_k FLH[k] × cap[k], available
  /// generation counted before curtailment.
  mutating func selfUseOfGeneration() {
    guard let r = parameters.minSelfUseOfGeneration else { return }
    var (cols, coef) = nonGreenSupply()
    for g in parameters.capacities where g.kind.isGenerator {
      cols.append(cap(g.kind)); coef.append(r * g.fullLoadHours)
    }
    ratioRows[.selfUseOfGeneration] = model.addConstraint(
      columns: cols, coefficients: coef.map { $0 * ratioScale }, lower: -.infinity,
      upper: parameters.totalLoadMWh * ratioScale, name: "self_use_of_generation")
  }

  /// `green_share_of_consumption` (自发自用电量 ≥ 30 % × 总用电量; 35 % by 2030):
  /// Σ(import + unserved) ≤ (1 − r) × Σ load.
  mutating func greenShareOfConsumption() {
    guard let r = parameters.minGreenShareOfConsumption else { return }
    let (cols, coef) = nonGreenSupply()
    ratioRows[.greenShareOfConsumption] = model.addConstraint(
      columns: cols, coefficients: coef.map { $0 * ratioScale }, lower: -.infinity,
      upper: (1 - r) * parameters.totalLoadMWh * ratioScale,
      name: "green_share_of_consumption")
  }

  /// `export_of_generation` (上网电量 ≤ 20 % × 总可用发电量):
  /// Σ export ≤ r × Σ_k FLH[k] × cap[k].
  mutating func exportOfGeneration() {
    guard let r = parameters.maxExportOfGeneration, parameters.exportLimitMW > 0 else { return }
    var cols = dailyExport.isEmpty ? exports.map(col) : dailyExport.map(col)
    var coef = [Double](repeating: 1, count: cols.count)
    for g in parameters.capacities where g.kind.isGenerator {
      cols.append(cap(g.kind)); coef.append(-r * g.fullLoadHours)
    }
    ratioRows[.exportOfGeneration] = model.addConstraint(
      columns: cols, coefficients: coef.map { $0 * ratioScale }, lower: -.infinity, upper: 0, name: "export_of_generation")
  }

  /// `area[k]` (land or roof of each technology) and `ground_land` (ground
  /// PV and wind together): mu per MW × cap ≤ limit (用地).
  mutating func landAndRoof() {
    for c in parameters.capacities where c.kind.isGenerator {
      guard let limit = c.areaLimitMu else { continue }
      if c.areaMuPerUnit == 0 { continue }
      areaRows[c.kind.rawValue] = model.addConstraint(
        columns: [cap(c.kind)], coefficients: [c.areaMuPerUnit], lower: -.infinity, upper: limit,
        name: "area[\(c.kind.rawValue)]")
    }
    if let limit = parameters.groundLandLimitMu {
      let g = parameters[.pvGround], w = parameters[.wind]
      areaRows["ground_land"] = model.addConstraint(
        columns: [cap(.pvGround), cap(.wind)], coefficients: [g.areaMuPerUnit, w.areaMuPerUnit],
        lower: -.infinity, upper: limit, name: "ground_land")
    }
  }

  /// Annualised capital cost of new capacity + fixed O&M + purchases +
  /// demand charges + unserved penalty − export revenue, 万元/yr (hourly
  /// terms weighted 8760 / hours, monthly ones 12 / months).
  mutating func objective() {
    let p = parameters
    var e = LinearExpression(reservingCapacity: 4 * p.hours + 20)
    for c in p.capacities {
      guard let v = capacity[c.kind] else { continue }
      e.add(v, times: c.annualCostWan)
      e.add(constant: -c.annuity * c.capexWan * c.existing)
    }
    let w = p.yearWeight
    for t in 0..<p.hours {
      e.add(imports[t], times: w * p.importPriceWan[t])
      if p.exportPriceWan[t] != 0 { e.add(exports[t], times: -w * p.exportPriceWan[t]) }
    }
    if let penalty = p.unservedPenaltyWan { for u in unserved { e.add(u, times: w * penalty) } }
    let monthWeight = 12 / Double(max(1, p.months.count))
    for m in p.months { if let v = peak[m] { e.add(v, times: monthWeight * p.demandChargeWanPerMWMonth) } }
    model.setObjective(e, sense: .minimize)
    model.objectiveName = "annual_cost_wan"
  }
}
