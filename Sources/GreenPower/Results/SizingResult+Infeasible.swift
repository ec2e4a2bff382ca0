import GLPK

extension SizingResult {
  /// The result of a case proven infeasible before solving: no plan, the
  /// reasons, zero flows.
  static func infeasible(_ p: SizingParameters, greenCase: GreenPowerCase, reasons: [String],
                         seconds: Double) -> SizingResult {
    let zeros = [Double](repeating: 0, count: p.hours)
    var r = SizingResult(
      termination: .infeasible, objectiveWan: nil, capacities: [], costBreakdownWan: [], ratios: [],
      loadMWh: p.totalLoadMWh, availableMWh: 0, selfConsumedMWh: 0, curtailedMWh: 0, importMWh: 0, exportMWh: 0,
      unservedMWh: 0, chargeMWh: 0, dischargeMWh: 0, batteryCycles: nil, greenLCOEYuanPerKWh: nil, co2AvoidedT: 0,
      gridEmissionFactorTPerMWh: greenCase.scenario.gridEmissionFactorTPerMWh, groundLandMu: 0, roofMu: 0,
      hours: p.hours, resourceIsSynthetic: greenCase.resourceIsSynthetic,
      dispatch: .init(load: p.loadMW, availablePV: zeros, availableWind: zeros, green: zeros, curtailed: zeros,
                      imports: zeros, exports: zeros, charge: zeros, discharge: zeros, soc: zeros, unserved: zeros,
                      importPriceYuanPerKWh: p.importPriceWan.map { $0 * 10 }, month: p.month,
                      hourOfDay: greenCase.hourOfDay),
      method: "infeasibility proven on the capacity-free relaxation (InfeasibilityCheck), no LP solved",
      buildSeconds: 0, solveSeconds: seconds, iterations: 0, notes: reasons)
    r.infeasibilityReasons = reasons
    return r
  }
}
