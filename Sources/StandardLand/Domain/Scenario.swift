/// The planner's choices for one run: objective weights and defaults.
///
/// Read from `scenario.yaml` (or `.json`) in the case folder by
/// ``LandCaseLoader`` through the shared scenario reader; every key is
/// optional, unknown keys are errors. The default maximises annual tax.
public struct Scenario: Sendable, Equatable {
  /// Weights of the objective `Σ (tax·w + revenue·w + value added·w + jobs·w
  /// − land cost·w)` over placed projects.
  public struct Weights: Sendable, Equatable {
    public var tax: Double = 1
    public var revenue: Double = 0
    public var valueAdded: Double = 0
    public var jobs: Double = 0
    public var landCost: Double = 0

    public init() {}
  }

  public var objective = Weights()
  /// 增存挂钩 ratio for parks without their own.
  public var stockLinkRatio: Double = 0
  /// Leading-industry share floor for parks without their own.
  public var minLeadingShare: Double = 0.6
  /// How the share constrains new projects where existing firms fall short.
  public var leadingShareRule: LeadingShareRule = .newProjectsReachMinimum
  /// Apply "no lower than the average of existing firms of the same industry
  /// in the park" (seed 000, item 9) when enterprises are given.
  public var useEnterpriseAverages = true
  /// Explain every unplaced project (re-solves with it forced in).
  public var explainUnplaced = true
  /// Value each park limit by re-solving with it raised.
  public var valueLimits = true
  /// Solver time limit, seconds: a safety net; a plan it stops is reported
  /// as time-limited (its bytes then depend on the machine's speed).
  public var timeLimitSeconds: Double = 60
  /// Branch-and-cut nodes for the plan (summed over its GLPK calls): a
  /// limit that stops the search at the same point on every machine; nil:
  /// none.
  public var nodeLimit: Int?
  /// Relative MIP gap at which to stop.
  public var mipGap: Double = 0.0001
  /// Branch-and-cut nodes for each re-solve that explains an unplaced
  /// project or values a park limit (summed over its GLPK calls); a re-solve
  /// stopped by it reports bounds, the same on every machine.
  public var explainNodeLimit: Int = 20_000
  /// Re-solves at most (forced-in projects in project order, then limits in
  /// park order); those beyond are not run. nil: all.
  public var explainMaxReSolves: Int?
  /// Wall-clock safety net of each explaining or limit-valuing re-solve,
  /// seconds: a re-solve stopped by it is reported as stopped by the clock
  /// (``AssignmentPlan/explanationsStoppedByClock``), since its result then
  /// depends on the machine's speed.
  public var explainTimeLimitSeconds: Double = 120
  /// Threads for the explaining and limit-valuing re-solves (they are
  /// independent); nil: one per processor core.
  public var explainThreads: Int?

  public init() {}
}
