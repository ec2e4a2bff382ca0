import Foundation
import ParkOptData

/// Reading `scenario.yaml` through the shared ``ScenarioReader``: every key
/// optional, unknown keys and values out of range are errors.
extension LandCaseLoader {
  /// The top-level keys of an assign scenario.
  public static let scenarioKeys = [
    "objective", "stock_link_ratio", "min_leading_share", "leading_share_rule", "use_enterprise_averages",
    "explain_unplaced", "value_limits", "time_limit_s", "mip_gap", "node_limit", "explain_time_limit_s",
    "explain_node_limit", "explain_max_resolves", "explain_threads",
  ]

  /// Top-level sections of an assign scenario that other modules read from
  /// the same file (`green_power`: the `Placement` module); this reader
  /// accepts them and leaves them alone.
  public static let sectionsReadElsewhere = ["green_power"]

  /// The names a case folder's scenario file may have, in the order looked for.
  public static let scenarioFileNames = ["scenario.yaml", "scenario.yml", "scenario.json", "情景.yaml"]

  /// The range of every objective weight: wide enough for any real
  /// weighting, small enough that weight × 1e9 万元 stays finite in GLPK.
  static let objectiveWeightRange = NumberRange.between(-1e6, 1e6)

  /// The keys of `objective`.
  public static let objectiveKeys = ["tax", "revenue", "value_added", "jobs", "land_cost"]

  /// Reads `scenario.yaml`/`.yml`/`.json`/`情景.yaml` in `folder`, or
  /// `override` (which must exist); no file gives the defaults, two of
  /// those names in `folder` are an error (``CaseFile/find(_:in:)``).
  static func loadScenario(folder: String, override: String?) throws(DataErrors) -> Scenario {
    guard let path = try scenarioPath(folder: folder, override: override) else { return Scenario() }
    return try scenario(ScenarioReader(path: path))
  }

  /// The scenario file a case reads: `override` when given, else the one of
  /// ``scenarioFileNames`` in `folder` (nil: none; two are an error,
  /// ``CaseFile/find(_:in:)``).
  public static func scenarioPath(folder: String, override: String?) throws(DataErrors) -> String? {
    if let override { return override }
    return try CaseFile.find(scenarioFileNames, in: folder)
  }

  /// Parses scenario text; `file` names it in messages.
  public static func scenario(text: String, file: String) throws(DataErrors) -> Scenario {
    try scenario(ScenarioReader(text: text, file: file))
  }

  static func scenario(_ reader: ScenarioReader) throws(DataErrors) -> Scenario {
    var s = Scenario()
    let top = reader.root(keys: scenarioKeys + sectionsReadElsewhere)
    if let w = top.mapping("objective", keys: objectiveKeys) {
      if let v = w.number("tax", objectiveWeightRange) { s.objective.tax = v }
      if let v = w.number("revenue", objectiveWeightRange) { s.objective.revenue = v }
      if let v = w.number("value_added", objectiveWeightRange) { s.objective.valueAdded = v }
      if let v = w.number("jobs", objectiveWeightRange) { s.objective.jobs = v }
      if let v = w.number("land_cost", objectiveWeightRange) { s.objective.landCost = v }
    }
    if let v = top.number("stock_link_ratio", .between(0, 10)) { s.stockLinkRatio = v }
    if let v = top.number("min_leading_share", .fraction) { s.minLeadingShare = v }
    if let v = top.choice("leading_share_rule", LeadingShareRule.self) { s.leadingShareRule = v }
    if let v = top.bool("use_enterprise_averages") { s.useEnterpriseAverages = v }
    if let v = top.bool("explain_unplaced") { s.explainUnplaced = v }
    if let v = top.bool("value_limits") { s.valueLimits = v }
    if let v = top.number("time_limit_s", .positive) { s.timeLimitSeconds = v }
    if let v = top.number("mip_gap", .nonNegative) { s.mipGap = v }
    if let v = top.number("explain_time_limit_s", .positive) { s.explainTimeLimitSeconds = v }
    if let v = top.optionalInteger("node_limit", .atLeast(1)) { s.nodeLimit = v }
    if let v = top.integer("explain_node_limit", .atLeast(1)) { s.explainNodeLimit = v }
    if let v = top.optionalInteger("explain_max_resolves", .atLeast(0)) { s.explainMaxReSolves = v }
    if let v = top.optionalInteger("explain_threads", .atLeast(1)) { s.explainThreads = v }
    try reader.finish()
    return s
  }
}
