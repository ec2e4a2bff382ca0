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
  public var leadingShareRule: LeadingShareRule = .newProjectsReachMinimum
  /// Apply "no lower than the average of existing firms of the same industry
  /// in the park" (seed 000, item 9) when enterprises are given.
  public var useEnterpriseAverages = true
  /// Explain every unplaced project (re-solves with it forced in).
  public var explainUnplaced = true
  /// Value each park limit by re-solving with it raised.
  public var valueLimits = true
  /// Solver time limit, seconds.
  public var timeLimitSeconds: Double = 60
  /// Relative MIP gap at which to stop.
  public var mipGap: Double = 0.0001
  /// Time limit of each re-solve that explains an unplaced project or
  /// values a park limit, seconds; a re-solve stopped by it reports bounds.
  public var explainTimeLimitSeconds: Double = 10
  /// Time for all explaining and limit-valuing re-solves together, seconds;
  /// projects left when it is spent are explained without a re-solve.
  public var explainBudgetSeconds: Double = 300
  /// Threads for the explaining and limit-valuing re-solves (they are
  /// independent); nil: one per processor core.
  public var explainThreads: Int?

  public init() {}
}
