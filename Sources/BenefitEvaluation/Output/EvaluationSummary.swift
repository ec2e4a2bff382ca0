import Foundation

/// Totals of one evaluation run, for the text summary and `summary.json`.
public struct EvaluationSummary: Sendable, Codable, Equatable {
  public var firms: Int
  public var graded: Int
  /// Firms per class; firms without a class are not in it.
  public var classCounts: [String: Int]
  /// Firms without a class (not graded, with `not_graded_class: null`).
  public var unclassedFirms: Int
  public var lowEfficiencyFirms: Int
  public var lowEfficiencyLandMu: Double
  /// Σ differentiated electricity surcharge, 万元.
  public var surchargeWan: Double
  /// Benchmarks used per group and indicator (all > 0).
  public var benchmarks: [String: [String: Double]]
  /// Indicators not scored per group, with their benchmark ≤ 0 (the group's
  /// average); nil when every weighted indicator with a benchmark is scored.
  public var unscoredIndicators: [String: [String: Double]]?
  public var thresholdRows: Int
  /// Averages left out of `standards.csv` (outside what `parkopt assign` accepts); nil when none.
  public var standardsLeftEmpty: [EmptiedThreshold]?
  public var deaUnits: Int?
  public var deaEfficientUnits: Int?
  /// Firms left out of DEA → reason (`missing`, `negative`, `all_inputs_zero`, `all_outputs_zero`).
  public var deaSkippedFirms: [String: DEASkip.Reason]?
  /// With DEA per park: parks left out → reason (`all_firms_left_out`, or
  /// summed inputs or outputs all 0); nil when none.
  public var deaSkippedParks: [String: DEASkip.Reason]?
  /// Set when DEA has fewer units than the rule of thumb asks for
  /// (``DEAProblem/fewUnitsWarning(units:inputs:outputs:)``).
  public var deaWarning: String?
  /// The fewest units the rule of thumb asks for with these inputs and outputs.
  public var deaRecommendedUnits: Int?

  enum CodingKeys: String, CodingKey {
    case firms, graded, classCounts = "class_counts", unclassedFirms = "unclassed_firms"
    case lowEfficiencyFirms = "low_efficiency_firms"
    case lowEfficiencyLandMu = "low_efficiency_land_mu", surchargeWan = "surcharge_wan", benchmarks
    case unscoredIndicators = "unscored_indicators", standardsLeftEmpty = "standards_left_empty"
    case thresholdRows = "threshold_rows", deaUnits = "dea_units", deaEfficientUnits = "dea_efficient_units"
    case deaSkippedFirms = "dea_skipped_firms", deaSkippedParks = "dea_skipped_parks", deaWarning = "dea_warning"
    case deaRecommendedUnits = "dea_recommended_units"
  }

  /// Summarises scores, low-efficiency land and (optional) DEA.
  public init(
    scores: [FirmScore], scenario: EvaluationScenario, low: [LowEfficiencyFirm], thresholds: [ThresholdRow],
    dea: [DEAResult]?, deaSkipped: [DEASkip]?
  ) {
    firms = scores.count
    graded = scores.filter(\.graded).count
    classCounts = Dictionary(grouping: scores.compactMap(\.grade), by: { $0 }).mapValues(\.count)
    unclassedFirms = scores.filter { $0.grade == nil }.count
    lowEfficiencyFirms = low.count
    lowEfficiencyLandMu = low.reduce(0) { $0 + $1.landMu }
    surchargeWan = scores.compactMap { LowEfficiencyLand.surchargeWan($0, rates: scenario.surchargeYuanPerKWh) }.reduce(0, +)
    let used = FirmScorer.benchmarks(scores.map(\.firm), scenario: scenario)
    let named = { (table: [Indicator: Double]) in Dictionary(uniqueKeysWithValues: table.map { ($0.key.rawValue, $0.value) }) }
    benchmarks = used.mapValues { named($0.filter { $0.value > 0 }) }
    let unscored = FirmScorer.unscored(used)
    unscoredIndicators = unscored.isEmpty ? nil : unscored.mapValues(named)
    thresholdRows = thresholds.count
    let emptied = ProjectThresholds.emptied(thresholds)
    standardsLeftEmpty = emptied.isEmpty ? nil : emptied
    deaUnits = dea?.count
    deaEfficientUnits = dea?.filter { abs($0.efficiency - 1) < 1e-7 }.count
    if let deaSkipped {
      deaSkippedFirms = Dictionary(deaSkipped.filter { !$0.isPark }.map { ($0.id, $0.reason) }, uniquingKeysWith: { a, _ in a })
      let parks = Dictionary(deaSkipped.filter(\.isPark).map { ($0.id, $0.reason) }, uniquingKeysWith: { a, _ in a })
      deaSkippedParks = parks.isEmpty ? nil : parks
    }
    if let dea, let first = dea.first {
      let (m, s) = (first.inputSlacks.count, first.outputSlacks.count)
      deaRecommendedUnits = DEAProblem.recommendedUnits(inputs: m, outputs: s)
      deaWarning = DEAProblem.fewUnitsWarning(units: dea.count, inputs: m, outputs: s)
    }
  }

  /// Pretty JSON with sorted keys (same input, same bytes).
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
  }

  /// A few lines for the terminal, in English.
  public var text: String { text(language: .en) }

  /// A few lines for the terminal, in English or Chinese.
  public func text(language: BenefitTables.Language) -> String {
    let zh = language == .zh
    let classes = (classCounts.keys.sorted().map { "\($0) \(classCounts[$0] ?? 0)" }
      + (unclassedFirms > 0 ? [(zh ? "未分类 " : "no class ") + "\(unclassedFirms)"] : [])).joined(separator: zh ? "，" : ", ")
    let land = BenefitTables.number(lowEfficiencyLandMu), surcharge = BenefitTables.number(surchargeWan)
    var lines = zh
      ? [
        "参评企业：\(firms) 家（参与分类 \(graded) 家）；分类：\(classes)",
        "低效用地：\(lowEfficiencyFirms) 家企业，\(land) 亩",
        "差别化电费：\(surcharge) 万元",
        "项目准入标准：\(thresholdRows) 行（园区 × 产业）",
      ]
      : [
        "Firms scored: \(firms) (graded \(graded)); classes: \(classes)",
        "Low-efficiency land: \(lowEfficiencyFirms) firms, \(land) mu",
        "Electricity surcharge: \(surcharge) 万元",
        "Thresholds: \(thresholdRows) park × industry rows",
      ]
    if let deaUnits, let deaEfficientUnits {
      lines.append((zh ? "DEA：\(deaUnits) 个评价单元，\(deaEfficientUnits) 个位于前沿面" : "DEA: \(deaUnits) units, \(deaEfficientUnits) on the frontier")
        + Self.leftOut(deaSkippedFirms, zh ? "家企业" : "firms", zh: zh)
        + Self.leftOut(deaSkippedParks, zh ? "个园区" : "parks", zh: zh))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// "; 3 firms left out (1 missing a figure, 2 with all outputs zero)", or "" for none.
  static func leftOut(_ skipped: [String: DEASkip.Reason]?, _ noun: String, zh: Bool) -> String {
    guard let skipped, !skipped.isEmpty else { return "" }
    let counts = Dictionary(grouping: skipped.values, by: { $0 }).mapValues(\.count)
    let reasons = DEASkip.Reason.allCases.compactMap { r in counts[r].map { zh ? "\(r.text(zh: true)) \($0)" : "\($0) \(r.text(zh: false))" } }
    return zh
      ? "；\(skipped.count) \(noun)未参评（" + reasons.joined(separator: "，") + "）"
      : "; \(skipped.count) \(noun) left out (" + reasons.joined(separator: ", ") + ")"
  }

  /// The note on averages left out of `standards.csv`, for standard error, or nil.
  public func standardsNoteText(language: BenefitTables.Language = .en) -> String? {
    guard let emptied = standardsLeftEmpty, let first = emptied.first else { return nil }
    let range = ProjectThresholds.acceptedRange.description
    let example = "\(first.park) × \(first.industry) \(first.column.rawValue) \(BenefitTables.number(first.average))"
    return language == .zh
      ? "注意：standards.csv 中 \(emptied.count) 个平均值超出 parkopt assign 接受的范围 \(range)，已留空（如 \(example)；见 summary.json 的 standards_left_empty）"
      : "note: standards.csv leaves \(emptied.count) average\(emptied.count == 1 ? "" : "s") empty, outside the range "
        + "\(range) parkopt assign accepts (e.g. \(example); see standards_left_empty in summary.json)"
  }

  /// The few-units warning for standard error, or nil.
  public func deaWarningText(language: BenefitTables.Language = .en) -> String? {
    guard let deaWarning, let deaUnits, let needed = deaRecommendedUnits else { return nil }
    return language == .zh
      ? "警告：DEA 只有 \(deaUnits) 个评价单元，少于经验法则 n ≥ max(投入数 × 产出数, 3 × (投入数 + 产出数)) "
        + "要求的 \(needed) 个，许多单元会落在前沿面上：请减少投入或产出指标，或增加评价单元"
      : "warning: " + deaWarning
  }
}
