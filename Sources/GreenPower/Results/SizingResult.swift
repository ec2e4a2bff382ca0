import GLPK

/// What a sizing run found: capacities, costs, ratios, energy flows and the
/// hourly dispatch.
public struct SizingResult: Sendable {
  /// One capacity with its cost.
  public struct CapacityResult: Sendable {
    public var kind: CapacityKind
    /// Total capacity (existing + new), MW or MWh.
    public var value: Double
    public var existing: Double
    /// Annualised capital cost of the new part + fixed O&M of all, 万元/yr.
    public var annualCapexWan: Double
    public var annualOMWan: Double
    /// Land or roof used, mu.
    public var areaMu: Double
  }

  /// One 650号 ratio: achieved against its limit, whether it binds, and what
  /// tightening it by one percentage point costs (from its dual).
  public struct RatioResult: Sendable {
    public var kind: SizingModel.RatioKind
    /// The limit (a floor for the two self-use ratios, a cap for export).
    public var limit: Double
    /// The share achieved; nil when its denominator (available generation,
    /// or the load) is 0 (``ZeroTolerance``).
    public var achieved: Double?
    public var binds: Bool
    /// Change of the annual cost, 万元/yr, when the limit is tightened by 1 pp.
    public var costPerPointWan: Double
    /// The row's dual value (万元 per MWh of the row).
    public var dual: Double
  }

  /// The hourly dispatch (MW, or MWh for the state of charge).
  public struct Dispatch: Sendable {
    public var load: [Double], availablePV: [Double], availableWind: [Double], green: [Double]
    public var curtailed: [Double], imports: [Double], exports: [Double]
    public var charge: [Double], discharge: [Double], soc: [Double], unserved: [Double]
    public var importPriceYuanPerKWh: [Double]
    public var month: [Int], hourOfDay: [Int]
  }

  /// Why the solver stopped.
  public var termination: TerminationReason
  /// Annual cost, 万元/yr (nil when no solution).
  public var objectiveWan: Double?
  public var capacities: [CapacityResult]
  /// Annual cost by component, 万元/yr, in a fixed order.
  public var costBreakdownWan: [(component: String, valueWan: Double)]
  public var ratios: [RatioResult]
  /// Energy totals over the horizon, MWh.
  public var loadMWh: Double, availableMWh: Double, selfConsumedMWh: Double, curtailedMWh: Double
  public var importMWh: Double, exportMWh: Double, unservedMWh: Double
  public var chargeMWh: Double, dischargeMWh: Double
  /// Equivalent full battery cycles over the horizon (discharge ÷ energy
  /// capacity; per horizon, not per year: see ``batteryCyclesPerYear``);
  /// nil without battery energy.
  public var batteryCycles: Double?
  /// ``batteryCycles`` scaled to a year (× 8760 / hours), like the other
  /// per-year figures (costs, CO2 avoided).
  public var batteryCyclesPerYear: Double? { batteryCycles.map { $0 * 8760 / Double(max(1, hours)) } }
  /// Annual cost of the green assets per kWh of green power delivered
  /// (self-used + exported, annualised), yuan/kWh; nil when none is delivered.
  public var greenLCOEYuanPerKWh: Double?
  /// CO2 avoided per year by self-consumed green power, t, and the factor used.
  public var co2AvoidedT: Double
  public var gridEmissionFactorTPerMWh: Double
  /// Land used by ground PV and wind, mu; roof used by rooftop PV, mu.
  public var groundLandMu: Double, roofMu: Double
  /// Hours in the horizon, and whether the resource was synthetic.
  public var hours: Int
  public var resourceIsSynthetic: Bool
  public var dispatch: Dispatch
  /// How it was solved.
  public var method: String
  public var buildSeconds: Double, solveSeconds: Double, iterations: Int
  /// Notes for the reader (definitions, assumptions).
  public var notes: [String]
  /// Per-stage times of a staged solve (not in the JSON: timings vary).
  public var stageTimings: String? = nil
  /// How the battery re-plan after the interior point was solved (method and
  /// window slack), nil when there was none.
  public var batteryReplan: String? = nil
  /// For an approximate method: its error against the full model, when measured.
  public var aggregationError: [String: Double]? = nil
  /// Hours where the solver's point both charged and discharged the battery,
  /// turned into one flow by ``SimultaneousFlowRemoval`` (same SOC, objective
  /// and ratios; the loop's losses become curtailment).
  public var hoursWithBothFlowsRemoved = 0
  /// Hours of the dispatch written that still both charge and discharge more
  /// than ε (``ZeroTolerance``): the schedule disposes of energy through the
  /// round-trip losses there (green power used is at its floor). 0 as a rule;
  /// set by ``GreenPowerSizer/size()``.
  public var hoursWithBothFlows = 0
  /// Why the case has no feasible plan, when that was proven before solving
  /// (``InfeasibilityCheck``): the rows that cannot hold and the keys to relax.
  public var infeasibilityReasons: [String] = []

  /// The capacity of `kind`.
  public func capacity(_ kind: CapacityKind) -> Double {
    capacities.first { $0.kind == kind }?.value ?? 0
  }
  /// The ratio result of `kind`, if that ratio is enforced.
  public func ratio(_ kind: SizingModel.RatioKind) -> RatioResult? {
    ratios.first { $0.kind == kind }
  }
}
