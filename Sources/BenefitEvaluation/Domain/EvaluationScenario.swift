/// The evaluator's choices: weights, benchmarks, groups, classes and
/// low-efficiency rules; read from YAML or JSON by ``FirmLoader``'s scenario
/// reader, every key optional, unknown keys errors.
public struct EvaluationScenario: Sendable, Equatable {
  /// How a firm lacking the data for an indicator is scored on it.
  public enum MissingRule: String, Sendable, Codable, CaseIterable {
    /// The group's average score on that indicator (Huangyan rule).
    case groupAverage = "group_average"
    /// Zero points for that indicator.
    case zero
  }

  public var groups: [String: GroupScheme] = EvaluationScenario.defaultGroups
  public var missing: MissingRule = .groupAverage
  public var classes = ClassRule()
  /// Class given to firms scored but not graded; nil leaves them unclassed.
  public var notGradedClass: String? = "B"
  /// Firms founded less than this many years before `evaluationYear` are not graded.
  public var startupYears: Int = 3
  /// The year evaluated (for the start-up rule); nil disables the rule.
  public var evaluationYear: Int?
  public var lowEfficiency = LowEfficiencyRule()
  /// Differentiated electricity surcharge per class, 元/kWh (差别化电价).
  public var surchargeYuanPerKWh: [String: Double] = [:]

  public init() {}

  /// 黄岩 (Huangyan) weights: 规上 six indicators, 规下 tax per mu and per kWh.
  public static let defaultGroups: [String: GroupScheme] = [
    "large": GroupScheme(weights: [
      .taxPerMu: 30, .valueAddedPerMu: 20, .valueAddedPerTce: 20,
      .valueAddedPerEmission: 10, .labourProductivity: 10, .rdIntensity: 10]),
    "small": GroupScheme(weights: [.taxPerMu: 50, .taxPerKWh: 50]),
  ]
}

/// Weights, benchmarks and cap of one scoring group (规上, 规下, …).
public struct GroupScheme: Sendable, Equatable {
  /// Points per indicator.
  public var weights: [Indicator: Double]
  /// Benchmark per indicator; an indicator without one uses the group's average value.
  public var benchmarks: [Indicator: Double]
  /// Optional cap on an indicator's points, as a multiple of its weight (e.g. 1.5).
  public var capMultiple: Double?

  public init(weights: [Indicator: Double], benchmarks: [Indicator: Double] = [:], capMultiple: Double? = nil) {
    self.weights = weights
    self.benchmarks = benchmarks
    self.capMultiple = capMultiple
  }
}

/// How scores become classes A/B/C/D.
public struct ClassRule: Sendable, Equatable {
  /// `percentile` (rank shares, ties share the better class), `share_caps`
  /// (cumulative caps on A, A+B, A+B+C; ties that would break a cap drop a
  /// class) or `cutoffs` (score thresholds).
  public enum Method: String, Sendable, Codable, CaseIterable { case percentile, shareCaps = "share_caps", cutoffs }

  public var method: Method = .percentile
  /// Upper rank shares of A, B and C (default 25 %, 70 %, 95 %; D the rest);
  /// with `share_caps` the largest cumulative shares.
  public var percentiles: [Double] = [0.25, 0.70, 0.95]
  /// Lowest scores of A, B and C (method `cutoffs`).
  public var cutoffs: [Double] = [120, 90, 60]
  /// Rank within each group (true) or all firms together.
  public var byGroup = true

  public init() {}
}

/// Which firms' land counts as low-efficiency (低效用地) and how it is offered again.
public struct LowEfficiencyRule: Sendable, Equatable {
  /// Class-D firms are low-efficiency.
  public var classD = true
  /// "双十" rule: land ≥ this many mu …
  public var minLandMu: Double? = 10
  /// … and tax < this many 万元/亩.
  public var maxTaxPerMu: Double? = 10
  /// Zoning of the parcel when the firm gives none.
  public var zoning = "M1"
  /// Land price of the reallocated parcel, 万元/亩.
  public var landPriceWanPerMu: Double = 0

  public init() {}
}
