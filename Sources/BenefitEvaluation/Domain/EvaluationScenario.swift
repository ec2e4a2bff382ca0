/// The evaluator's choices: weights, benchmarks, groups, classes and
/// low-efficiency rules; read from YAML or JSON, every key optional.
public struct EvaluationScenario: Sendable, Equatable, Codable {
  /// How a firm lacking the data for an indicator is scored on it.
  public enum MissingRule: String, Sendable, Codable {
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

  enum CodingKeys: String, CodingKey {
    case groups, missing, classes, notGradedClass = "not_graded_class", startupYears = "startup_years"
    case evaluationYear = "evaluation_year", lowEfficiency = "low_efficiency"
    case surchargeYuanPerKWh = "surcharge_yuan_per_kwh"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    groups = try c.decodeIfPresent([String: GroupScheme].self, forKey: .groups) ?? Self.defaultGroups
    missing = try c.decodeIfPresent(MissingRule.self, forKey: .missing) ?? .groupAverage
    classes = try c.decodeIfPresent(ClassRule.self, forKey: .classes) ?? ClassRule()
    notGradedClass = c.contains(.notGradedClass) ? try c.decodeIfPresent(String.self, forKey: .notGradedClass) : "B"
    startupYears = try c.decodeIfPresent(Int.self, forKey: .startupYears) ?? 3
    evaluationYear = try c.decodeIfPresent(Int.self, forKey: .evaluationYear)
    lowEfficiency = try c.decodeIfPresent(LowEfficiencyRule.self, forKey: .lowEfficiency) ?? LowEfficiencyRule()
    surchargeYuanPerKWh = try c.decodeIfPresent([String: Double].self, forKey: .surchargeYuanPerKWh) ?? [:]
  }
}

/// Weights, benchmarks and cap of one scoring group (规上, 规下, …).
public struct GroupScheme: Sendable, Equatable, Codable {
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

  enum CodingKeys: String, CodingKey { case weights, benchmarks, capMultiple = "cap_multiple" }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    weights = try Self.byIndicator(c.decode([String: Double].self, forKey: .weights), c, .weights)
    benchmarks = try Self.byIndicator(c.decodeIfPresent([String: Double].self, forKey: .benchmarks) ?? [:], c, .benchmarks)
    capMultiple = try c.decodeIfPresent(Double.self, forKey: .capMultiple)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(Dictionary(uniqueKeysWithValues: weights.map { ($0.key.rawValue, $0.value) }), forKey: .weights)
    try c.encode(Dictionary(uniqueKeysWithValues: benchmarks.map { ($0.key.rawValue, $0.value) }), forKey: .benchmarks)
    try c.encodeIfPresent(capMultiple, forKey: .capMultiple)
  }

  private static func byIndicator(
    _ raw: [String: Double], _ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys
  ) throws -> [Indicator: Double] {
    var out: [Indicator: Double] = [:]
    for (name, value) in raw {
      guard let indicator = Indicator(rawValue: name) else {
        let known = Indicator.allCases.map(\.rawValue).joined(separator: ", ")
        throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "unknown indicator '\(name)' (known: \(known))")
      }
      guard value.isFinite, value >= 0 else {
        throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "'\(name)' must be a number ≥ 0")
      }
      out[indicator] = value
    }
    return out
  }
}

/// How scores become classes A/B/C/D.
public struct ClassRule: Sendable, Equatable, Codable {
  /// `percentile` (rank shares, ties share the better class), `share_caps`
  /// (cumulative caps on A, A+B, A+B+C; ties that would break a cap drop a
  /// class) or `cutoffs` (score thresholds).
  public enum Method: String, Sendable, Codable { case percentile, shareCaps = "share_caps", cutoffs }

  public var method: Method = .percentile
  /// Upper rank shares of A, B and C (default 25 %, 70 %, 95 %; D the rest);
  /// with `share_caps` the largest cumulative shares.
  public var percentiles: [Double] = [0.25, 0.70, 0.95]
  /// Lowest scores of A, B and C (method `cutoffs`).
  public var cutoffs: [Double] = [120, 90, 60]
  /// Rank within each group (true) or all firms together.
  public var byGroup = true

  public init() {}

  enum CodingKeys: String, CodingKey { case method, percentiles, cutoffs, byGroup = "by_group" }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    method = try c.decodeIfPresent(Method.self, forKey: .method) ?? .percentile
    percentiles = try c.decodeIfPresent([Double].self, forKey: .percentiles) ?? [0.25, 0.70, 0.95]
    cutoffs = try c.decodeIfPresent([Double].self, forKey: .cutoffs) ?? [120, 90, 60]
    byGroup = try c.decodeIfPresent(Bool.self, forKey: .byGroup) ?? true
    for (key, list) in [(CodingKeys.percentiles, percentiles), (.cutoffs, cutoffs)] {
      guard list.count == 3, list.allSatisfy(\.isFinite) else {
        throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "needs three numbers (for A, B, C)")
      }
    }
    guard percentiles == percentiles.sorted(), percentiles.allSatisfy({ (0...1).contains($0) }) else {
      throw DecodingError.dataCorruptedError(forKey: .percentiles, in: c, debugDescription: "must rise within 0…1")
    }
    guard cutoffs == cutoffs.sorted(by: >) else {
      throw DecodingError.dataCorruptedError(forKey: .cutoffs, in: c, debugDescription: "must fall (A ≥ B ≥ C)")
    }
  }
}

/// Which firms' land counts as low-efficiency (低效用地) and how it is offered again.
public struct LowEfficiencyRule: Sendable, Equatable, Codable {
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

  enum CodingKeys: String, CodingKey {
    case classD = "class_d", minLandMu = "min_land_mu", maxTaxPerMu = "max_tax_per_mu", zoning
    case landPriceWanPerMu = "land_price_wan_per_mu"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    classD = try c.decodeIfPresent(Bool.self, forKey: .classD) ?? true
    minLandMu = c.contains(.minLandMu) ? try c.decodeIfPresent(Double.self, forKey: .minLandMu) : 10
    maxTaxPerMu = c.contains(.maxTaxPerMu) ? try c.decodeIfPresent(Double.self, forKey: .maxTaxPerMu) : 10
    zoning = try c.decodeIfPresent(String.self, forKey: .zoning) ?? "M1"
    landPriceWanPerMu = try c.decodeIfPresent(Double.self, forKey: .landPriceWanPerMu) ?? 0
  }
}
