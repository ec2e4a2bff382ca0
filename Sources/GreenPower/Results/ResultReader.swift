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
    func cap(_ k: CapacityKind) -> Double { has ? (built.capacity[k].map { solution[$0] } ?? 0) : 0 }
    let exports = values(built.exports)
    var green = values(built.green), soc = values(built.soc)
    let solutionCharge = values(built.charge), solutionDischarge = values(built.discharge)
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
      charge: solutionCharge, discharge: solutionDischarge, green: green, imports: solutionImports,
      unserved: solutionUnserved, exports: exports)
    var removal = SimultaneousFlowRemoval(chargeEfficiency: p.chargeEfficiency,
                                          dischargeEfficiency: p.dischargeEfficiency, gridCharging: p.gridCharging)
    removal.apply(&flows)
    let charge = flows.charge, discharge = flows.discharge, imports = flows.imports, unserved = flows.unserved
    green = flows.green
    let pvCap = [CapacityKind.pvGround, .pvRooftop].map { (p[$0], cap($0)) }
    let windCap = cap(.wind)
    var availablePV = [Double](repeating: 0, count: T), availableWind = availablePV, curtailed = availablePV
    for t in 0..<T {
      availablePV[t] = pvCap.reduce(0) { $0 + $1.0.cf[t] * $1.1 }
      availableWind[t] = p[.wind].cf[t] * windCap
      curtailed[t] = max(0, availablePV[t] + availableWind[t] - green[t])
    }
    let sum: ([Double]) -> Double = { $0.reduce(0, +) }
    let loadMWh = p.totalLoadMWh
    let availableMWh = sum(availablePV) + sum(availableWind)
    let importMWh = sum(imports), unservedMWh = sum(unserved), exportMWh = sum(exports)
    let selfMWh = loadMWh - importMWh - unservedMWh

    var capacities: [SizingResult.CapacityResult] = []
    var capexTotal = 0.0, omTotal = 0.0, greenAssetWan = 0.0
    for c in p.capacities {
      let v = cap(c.kind)
      let capex = c.annuity * c.capexWan * max(0, v - c.existing)
      let om = c.fixedOMWan * v
      capexTotal += capex; omTotal += om; greenAssetWan += capex + om
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
    let penaltyWan = w * (p.unservedPenaltyWan ?? 0) * unservedMWh
    var breakdown: [(String, Double)] = []
    for c in capacities { breakdown.append(("capex_\(c.kind.rawValue)", c.annualCapexWan)) }
    for c in capacities { breakdown.append(("om_\(c.kind.rawValue)", c.annualOMWan)) }
    breakdown += [("grid_purchases", purchase), ("demand_charges", demandWan), ("unserved_penalty", penaltyWan),
                  ("export_revenue", -revenue)]

    var ratios: [SizingResult.RatioResult] = []
    for kind in SizingModel.RatioKind.allCases {
      guard let row = built.ratioRows[kind] else { continue }
      // A row multiplied by s has its dual divided by s.
      let dual = (solution.dual(row) ?? 0) * built.ratioScale
      let limit: Double, achieved: Double, base: Double
      switch kind {
      case .selfUseOfGeneration:
        limit = p.minSelfUseOfGeneration ?? 0; base = availableMWh
        achieved = availableMWh > 0 ? selfMWh / availableMWh : 0
      case .greenShareOfConsumption:
        limit = p.minGreenShareOfConsumption ?? 0; base = loadMWh
        achieved = loadMWh > 0 ? selfMWh / loadMWh : 0
      case .exportOfGeneration:
        limit = p.maxExportOfGeneration ?? 0; base = availableMWh
        achieved = availableMWh > 0 ? exportMWh / availableMWh : 0
      }
      // Every ratio row is Σ(...) + r·base ≤ …: tightening by 0.01 costs −dual × base × 0.01.
      let cost = -dual * base * 0.01
      // Binds: tightening it costs something. The interior point leaves
      // duals of the order of its gap on rows that do not bind, so "something"
      // is more than 1e-7 of the annual cost, not just non-zero.
      let binds = abs(cost) > 1e-7 * max(1, abs(solution.objectiveValue ?? 0)) && abs(dual) > 1e-9
      ratios.append(.init(kind: kind, limit: limit, achieved: achieved, binds: binds, costPerPointWan: cost,
                          dual: dual))
    }
    let energy = cap(.batteryEnergy)
    let delivered = selfMWh + exportMWh
    let generatorAndStorageWan = greenAssetWan
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
    return SizingResult(
      termination: solution.termination, objectiveWan: has ? solution.objectiveValue : nil, capacities: capacities,
      costBreakdownWan: breakdown.map { (component: $0.0, valueWan: $0.1) }, ratios: ratios, loadMWh: loadMWh,
      availableMWh: availableMWh, selfConsumedMWh: selfMWh, curtailedMWh: sum(curtailed), importMWh: importMWh,
      exportMWh: exportMWh, unservedMWh: unservedMWh, chargeMWh: sum(charge), dischargeMWh: sum(discharge),
      batteryCycles: SizingResult.fullCycles(dischargeMWh: sum(discharge), energyMWh: energy),
      greenLCOEYuanPerKWh: delivered > 1e-9 ? generatorAndStorageWan * 10 / (w * delivered) : nil,
      co2AvoidedT: w * max(0, selfMWh) * greenCase.scenario.gridEmissionFactorTPerMWh,
      gridEmissionFactorTPerMWh: greenCase.scenario.gridEmissionFactorTPerMWh,
      groundLandMu: ground, roofMu: capacities.first { $0.kind == .pvRooftop }?.areaMu ?? 0,
      hours: T, resourceIsSynthetic: greenCase.resourceIsSynthetic,
      dispatch: .init(load: p.loadMW, availablePV: availablePV, availableWind: availableWind, green: green,
                      curtailed: curtailed, imports: imports, exports: exports, charge: charge, discharge: discharge,
                      soc: soc, unserved: unserved, importPriceYuanPerKWh: p.importPriceWan.map { $0 * 10 },
                      month: p.month, hourOfDay: greenCase.hourOfDay),
      method: "", buildSeconds: 0, solveSeconds: solution.solveSeconds, iterations: solution.iterations, notes: notes,
      hoursWithBothFlowsRemoved: removal.hoursChanged)
  }
}
