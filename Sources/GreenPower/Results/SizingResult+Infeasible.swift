import GLPK

extension SizingResult {
  /// The result of a case proven infeasible before solving: no plan, the
  /// reasons, zero flows.
  static func infeasible(_ p: SizingParameters, greenCase: GreenPowerCase, reasons: [String],
                         seconds: Double) -> SizingResult {
    var r = withoutPlan(.infeasible, p, greenCase: greenCase,
                        method: "infeasibility proven on the capacity-free relaxation (InfeasibilityCheck), no LP solved",
                        notes: reasons, seconds: seconds)
    r.infeasibilityReasons = reasons
    return r
  }

  /// Why an unbounded case has no plan, and what to limit.
  static let unboundedNote = "The LP is unbounded: something earns more than it costs without limit (as a rule export "
    + "at a price above the cost of green power, with no export or land limit); no plan is reported. Limit it: "
    + "grid.export_limit_mw, policy.max_export_of_generation, a technology's max_mw or area_limit_mu, or ground_land_limit_mu."

  /// The result of an unbounded LP: a point on a ray means nothing, so no plan
  /// (`result`'s method and timings kept).
  static func unbounded(_ result: SizingResult, _ p: SizingParameters, greenCase: GreenPowerCase) -> SizingResult {
    var r = withoutPlan(.unbounded, p, greenCase: greenCase, method: result.method, notes: [unboundedNote],
                        seconds: result.solveSeconds)
    r.buildSeconds = result.buildSeconds
    r.iterations = result.iterations
    r.stageTimings = result.stageTimings
    return r
  }

  /// A result with termination `termination` and no plan: zero flows and
  /// capacities, no cost.
  static func withoutPlan(_ termination: TerminationReason, _ p: SizingParameters, greenCase: GreenPowerCase,
                          method: String, notes: [String], seconds: Double) -> SizingResult {
    let zeros = [Double](repeating: 0, count: p.hours)
    return SizingResult(
      termination: termination, objectiveWan: nil, capacities: [], costBreakdownWan: [], ratios: [],
      loadMWh: p.totalLoadMWh, availableMWh: 0, selfConsumedMWh: 0, curtailedMWh: 0, importMWh: 0, exportMWh: 0,
      unservedMWh: 0, chargeMWh: 0, dischargeMWh: 0, batteryCycles: nil, greenLCOEYuanPerKWh: nil, co2AvoidedT: 0,
      gridEmissionFactorTPerMWh: greenCase.scenario.gridEmissionFactorTPerMWh, groundLandMu: 0, roofMu: 0,
      hours: p.hours, resourceIsSynthetic: greenCase.resourceIsSynthetic,
      dispatch: .init(load: p.loadMW, availablePV: zeros, availableWind: zeros, green: zeros, curtailed: zeros,
                      imports: zeros, exports: zeros, charge: zeros, discharge: zeros, soc: zeros, unserved: zeros,
                      importPriceYuanPerKWh: p.importPriceWan.map { $0 * 10 }, month: p.month,
                      hourOfDay: greenCase.hourOfDay),
      method: method, buildSeconds: 0, solveSeconds: seconds, iterations: 0, notes: notes)
  }
}
