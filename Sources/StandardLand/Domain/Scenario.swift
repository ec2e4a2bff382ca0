/// The planner's choices for one run: objective weights and defaults.
///
/// Read from `scenario.yaml` (or `.json`) in the case folder; every key is
/// optional. The default maximises annual tax.
public struct Scenario: Sendable, Equatable, Codable {
  /// Weights of the objective `Σ (tax·w + revenue·w + value added·w + jobs·w
  /// − land cost·w)` over placed projects.
  public struct Weights: Sendable, Equatable, Codable {
    public var tax: Double = 1
    public var revenue: Double = 0
    public var valueAdded: Double = 0
    public var jobs: Double = 0
    public var landCost: Double = 0

    public init() {}

    enum CodingKeys: String, CodingKey {
      case tax, revenue, valueAdded = "value_added", jobs, landCost = "land_cost"
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      tax = try c.decodeIfPresent(Double.self, forKey: .tax) ?? 1
      revenue = try c.decodeIfPresent(Double.self, forKey: .revenue) ?? 0
      valueAdded = try c.decodeIfPresent(Double.self, forKey: .valueAdded) ?? 0
      jobs = try c.decodeIfPresent(Double.self, forKey: .jobs) ?? 0
      landCost = try c.decodeIfPresent(Double.self, forKey: .landCost) ?? 0
    }
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
  public var explainNodeLimit: Int = 2000
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

  enum CodingKeys: String, CodingKey {
    case objective, stockLinkRatio = "stock_link_ratio", minLeadingShare = "min_leading_share"
    case leadingShareRule = "leading_share_rule"
    case useEnterpriseAverages = "use_enterprise_averages", explainUnplaced = "explain_unplaced"
    case valueLimits = "value_limits", timeLimitSeconds = "time_limit_s", mipGap = "mip_gap", nodeLimit = "node_limit"
    case explainTimeLimitSeconds = "explain_time_limit_s", explainNodeLimit = "explain_node_limit"
    case explainMaxReSolves = "explain_max_resolves"
    case explainThreads = "explain_threads"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let d = Scenario()
    objective = try c.decodeIfPresent(Weights.self, forKey: .objective) ?? d.objective
    stockLinkRatio = try c.decodeIfPresent(Double.self, forKey: .stockLinkRatio) ?? d.stockLinkRatio
    minLeadingShare = try c.decodeIfPresent(Double.self, forKey: .minLeadingShare) ?? d.minLeadingShare
    leadingShareRule = try c.decodeIfPresent(LeadingShareRule.self, forKey: .leadingShareRule) ?? d.leadingShareRule
    useEnterpriseAverages = try c.decodeIfPresent(Bool.self, forKey: .useEnterpriseAverages) ?? d.useEnterpriseAverages
    explainUnplaced = try c.decodeIfPresent(Bool.self, forKey: .explainUnplaced) ?? d.explainUnplaced
    valueLimits = try c.decodeIfPresent(Bool.self, forKey: .valueLimits) ?? d.valueLimits
    timeLimitSeconds = try c.decodeIfPresent(Double.self, forKey: .timeLimitSeconds) ?? d.timeLimitSeconds
    mipGap = try c.decodeIfPresent(Double.self, forKey: .mipGap) ?? d.mipGap
    nodeLimit = try c.decodeIfPresent(Int.self, forKey: .nodeLimit) ?? d.nodeLimit
    explainTimeLimitSeconds = try c.decodeIfPresent(Double.self, forKey: .explainTimeLimitSeconds)
      ?? d.explainTimeLimitSeconds
    explainNodeLimit = try c.decodeIfPresent(Int.self, forKey: .explainNodeLimit) ?? d.explainNodeLimit
    explainMaxReSolves = try c.decodeIfPresent(Int.self, forKey: .explainMaxReSolves) ?? d.explainMaxReSolves
    explainThreads = try c.decodeIfPresent(Int.self, forKey: .explainThreads) ?? d.explainThreads
  }
}
