import GLPK

/// Turns a solved ``SizingModel`` into a ``SizingResult``.
struct ResultReader {
  let built: SizingModel
  let solution: Solution
  let greenCase: GreenPowerCase

  func result() -> SizingResult {
    let p = built.parameters
    let T = p.hours
    let has = solution.hasFeasiblePoint
    func values(_ vs: [Variable]) -> [Double] {
      vs.isEmpty || !has ? [Double](repeating: 0, count: T) : vs.map { max(0, solution[$0]) }
    }
    // Capacities at a bound when within ε of it (ZeroTolerance).
    let tolerance = ZeroTolerance(loadMW: p.loadMW)
    func cap(_ k: CapacityKind) -> Double {
      guard has, let v = built.capacity[k] else { return 0 }
      return tolerance.capacity(solution[v], lower: p[k].lower, upper: p[k].upper)
    }
    // No battery (energy or power 0): no flows in or out of it.
    let noBattery = cap(.batteryEnergy) == 0 || cap(.batteryPower) == 0
    func batteryValues(_ vs: [Variable]) -> [Double] { noBattery ? values([]) : values(vs) }
    let exports = values(built.exports)
    var green = values(built.green), soc = batteryValues(built.soc)
    let solutionCharge = batteryValues(built.charge), solutionDischarge = batteryValues(built.discharge)
    let solutionImports = values(built.imports), solutionUnserved = values(built.unserved)
    if built.compact {
      // Compact form: green from the balance, SOC measured above the minimum.
      let floor = p.minSOC * cap(.batteryEnergy)
      for t in 0..<T {
        green[t] = max(0, p.loadMW[t] + solutionCharge[t] + exports[t] - solutionImports[t] - solutionDischarge[t]
                     - solutionUnserved[t])
        soc[t] += floor
      }
    }
    // A schedule, not just an optimal point: no hour both charges and discharges.
    var flows = SimultaneousFlowRemoval.Flows(
      charge: solutionCharge, discharge: solutionDischarge, green: green, exports: exports)
    var removal = SimultaneousFlowRemoval(chargeEfficiency: p.chargeEfficiency,
                                          dischargeEfficiency: p.dischargeEfficiency, gridCharging: p.gridCharging)
    removal.apply(&flows)
    let charge = flows.charge, discharge = flows.discharge, imports = solutionImports, unserved = solutionUnserved
    green = flows.green
    let pvCap = [CapacityKind.pvGround, .pvRooftop].map { (p[$0], cap($0)) }
    let windCap = cap(.wind)
    var availablePV = [Double](repeating: 0, count: T), availableWind = availablePV, curtailed = availablePV
    for t in 0..<T {
      availablePV[t] = pvCap.reduce(0) { $0 + $1.0.cf[t] * $1.1 }
      availableWind[t] = p[.wind].cf[t] * windCap
      curtailed[t] = max(0, availablePV[t] + availableWind[t] - green[t])
    }
    var capacities: [SizingResult.CapacityResult] = []
    for c in p.capacities {
      let v = cap(c.kind)
      let capex = c.annuity * c.capexWan * max(0, v - c.existing)
      let om = c.fixedOMWan * v
      capacities.append(.init(kind: c.kind, value: v, existing: c.existing, annualCapexWan: capex, annualOMWan: om,
                              areaMu: c.areaMuPerUnit * v))
    }
    var purchase = 0.0, revenue = 0.0
    let w = p.yearWeight
    for t in 0..<T { purchase += w * p.importPriceWan[t] * imports[t]; revenue += w * p.exportPriceWan[t] * exports[t] }
    let monthWeight = 12 / Double(max(1, p.months.count))
    let demandWan = p.months.reduce(0.0) { acc, m in
      acc + (built.peak[m].map { has ? solution[$0] : 0 } ?? 0) * monthWeight * p.demandChargeWanPerMWMonth
    }
    let penaltyWan = w * (p.unservedPenaltyWan ?? 0) * unserved.reduce(0, +)
    var breakdown: [(String, Double)] = []
    for c in capacities { breakdown.append(("capex_\(c.kind.rawValue)", c.annualCapexWan)) }
    for c in capacities { breakdown.append(("om_\(c.kind.rawValue)", c.annualOMWan)) }
    breakdown += [("grid_purchases", purchase), ("demand_charges", demandWan), ("unserved_penalty", penaltyWan),
                  ("export_revenue", -revenue)]

    var notes = [
      "Available generation (总可用发电量) = Σ capacity factor × capacity, counted before curtailment.",
      "Self-consumed green power (自发自用电量) = load − grid import − unserved load; the battery charges from green power only.",
      "Export earns at most the import price of the same hour, so importing to export never pays.",
      String(format: "CO2 avoided uses a grid emission factor of %.4f t/MWh (scenario key grid_emission_factor_t_per_mwh).",
             greenCase.scenario.gridEmissionFactorTPerMWh),
    ]
    if greenCase.resourceIsSynthetic {
      notes.insert("SYNTHETIC RESOURCE: PV and wind profiles were generated from latitude/longitude and target full-load hours, not measured.", at: 0)
    }
    if greenCase.scenario.grid.offGrid { notes.append("Off-grid (离网型): no import or export; the 650号 ratios apply to grid-connected projects and are not enforced.") }
    let ground = capacities.filter { $0.kind == .pvGround || $0.kind == .wind }.reduce(0) { $0 + $1.areaMu }
    var result = SizingResult(
      termination: solution.termination, objectiveWan: has ? solution.objectiveValue : nil, capacities: capacities,
      costBreakdownWan: breakdown.map { (component: $0.0, valueWan: $0.1) }, ratios: [], loadMWh: 0,
      availableMWh: 0, selfConsumedMWh: 0, curtailedMWh: 0, importMWh: 0, exportMWh: 0, unservedMWh: 0,
      chargeMWh: 0, dischargeMWh: 0, batteryCycles: nil, greenLCOEYuanPerKWh: nil, co2AvoidedT: 0,
      gridEmissionFactorTPerMWh: greenCase.scenario.gridEmissionFactorTPerMWh,
      groundLandMu: ground, roofMu: capacities.first { $0.kind == .pvRooftop }?.areaMu ?? 0,
      hours: T, resourceIsSynthetic: greenCase.resourceIsSynthetic,
      dispatch: .init(load: p.loadMW, availablePV: availablePV, availableWind: availableWind, green: green,
                      curtailed: curtailed, imports: imports, exports: exports, charge: charge, discharge: discharge,
                      soc: soc, unserved: unserved, importPriceYuanPerKWh: p.importPriceWan.map { $0 * 10 },
                      month: p.month, hourOfDay: greenCase.hourOfDay),
      method: "", buildSeconds: 0, solveSeconds: solution.solveSeconds, iterations: solution.iterations, notes: notes,
      hoursWithBothFlowsRemoved: removal.hoursChanged)
    result.deriveTotals(tolerance)
    result.ratios = ratios(availableMWh: result.availableMWh, loadMWh: result.loadMWh)
    result.deriveShares()
    return result
  }

  /// Each enforced 650号 ratio's limit, whether it binds and the cost of
  /// tightening it (the share achieved is set by ``SizingResult/deriveShares()``).
  func ratios(availableMWh: Double, loadMWh: Double) -> [SizingResult.RatioResult] {
    let p = built.parameters
    var ratios: [SizingResult.RatioResult] = []
    for kind in SizingModel.RatioKind.allCases {
      guard let row = built.ratioRows[kind] else { continue }
      // A row multiplied by s has its dual divided by s.
      let dual = (solution.dual(row) ?? 0) * built.ratioScale
      let limit: Double, base: Double
      switch kind {
      case .selfUseOfGeneration: limit = p.minSelfUseOfGeneration ?? 0; base = availableMWh
      case .greenShareOfConsumption: limit = p.minGreenShareOfConsumption ?? 0; base = loadMWh
      case .exportOfGeneration: limit = p.maxExportOfGeneration ?? 0; base = availableMWh
      }
      // Every ratio row is Σ(...) + r·base ≤ …: tightening by 0.01 costs −dual × base × 0.01.
      let cost = -dual * base * 0.01
      // Binds: tightening it costs something. The interior point leaves
      // duals of the order of its gap on rows that do not bind, so "something"
      // is more than 1e-7 of the annual cost, not just non-zero.
      let binds = abs(cost) > 1e-7 * max(1, abs(solution.objectiveValue ?? 0)) && abs(dual) > 1e-9
      ratios.append(.init(kind: kind, limit: limit, achieved: nil, binds: binds, costPerPointWan: cost, dual: dual))
    }
    return ratios
  }
}
