import Foundation

/// Totals of one evaluation run, for the text summary and `summary.json`.
public struct EvaluationSummary: Sendable, Codable, Equatable {
  public var firms: Int
  public var graded: Int
  /// Firms per class (`-` = no class).
  public var classCounts: [String: Int]
  public var lowEfficiencyFirms: Int
  public var lowEfficiencyLandMu: Double
  /// Σ differentiated electricity surcharge, 万元.
  public var surchargeWan: Double
  /// Benchmarks used per group and indicator.
  public var benchmarks: [String: [String: Double]]
  public var thresholdRows: Int
  public var deaUnits: Int?
  public var deaEfficientUnits: Int?
  public var deaSkippedFirms: [String]?

  enum CodingKeys: String, CodingKey {
    case firms, graded, classCounts = "class_counts", lowEfficiencyFirms = "low_efficiency_firms"
    case lowEfficiencyLandMu = "low_efficiency_land_mu", surchargeWan = "surcharge_wan", benchmarks
    case thresholdRows = "threshold_rows", deaUnits = "dea_units", deaEfficientUnits = "dea_efficient_units"
    case deaSkippedFirms = "dea_skipped_firms"
  }

  /// Summarises scores, low-efficiency land and (optional) DEA.
  public init(
    scores: [FirmScore], scenario: EvaluationScenario, low: [LowEfficiencyFirm], thresholds: [ThresholdRow],
    dea: [DEAResult]?, deaSkipped: [String]?
  ) {
    firms = scores.count
    graded = scores.filter(\.graded).count
    classCounts = Dictionary(grouping: scores, by: { $0.grade ?? "-" }).mapValues(\.count)
    lowEfficiencyFirms = low.count
    lowEfficiencyLandMu = low.reduce(0) { $0 + $1.landMu }
    surchargeWan = scores.compactMap { LowEfficiencyLand.surchargeWan($0, rates: scenario.surchargeYuanPerKWh) }.reduce(0, +)
    benchmarks = FirmScorer.benchmarks(scores.map(\.firm), scenario: scenario)
      .mapValues { Dictionary(uniqueKeysWithValues: $0.map { ($0.key.rawValue, $0.value) }) }
    thresholdRows = thresholds.count
    deaUnits = dea?.count
    deaEfficientUnits = dea?.filter { abs($0.efficiency - 1) < 1e-7 }.count
    deaSkippedFirms = deaSkipped
  }

  /// Pretty JSON with sorted keys (same input, same bytes).
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
  }

  /// A few lines for the terminal.
  public var text: String {
    let classes = classCounts.keys.sorted().map { "\($0) \(classCounts[$0] ?? 0)" }.joined(separator: ", ")
    var lines = [
      "Firms scored: \(firms) (graded \(graded)); classes: \(classes)",
      "Low-efficiency land: \(lowEfficiencyFirms) firms, \(BenefitTables.number(lowEfficiencyLandMu)) mu",
      "Electricity surcharge: \(BenefitTables.number(surchargeWan)) 万元",
      "Thresholds: \(thresholdRows) park × industry rows",
    ]
    if let deaUnits, let deaEfficientUnits {
      lines.append("DEA: \(deaUnits) units, \(deaEfficientUnits) on the frontier"
        + ((deaSkippedFirms?.isEmpty ?? true) ? "" : "; \(deaSkippedFirms?.count ?? 0) firms left out for missing data"))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
