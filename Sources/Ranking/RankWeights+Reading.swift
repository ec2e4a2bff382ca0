import ParkOptData

extension RankWeights {
  /// Every weight's range: 0 (component ignored) to 1000.
  public static let range = NumberRange.between(0, 1000)

  /// Reads a weights file (YAML or JSON) through the shared scenario reader:
  /// every key optional (absent: its default), unknown keys and values out
  /// of range are errors with the key path, and at least one weight must be
  /// positive.
  public static func read(path: String) throws(DataErrors) -> RankWeights {
    try read(ScenarioReader(path: path))
  }

  /// Parses weights text; `file` names it in messages.
  public static func read(text: String, file: String) throws(DataErrors) -> RankWeights {
    try read(ScenarioReader(text: text, file: file))
  }

  static func read(_ reader: ScenarioReader) throws(DataErrors) -> RankWeights {
    var w = RankWeights()
    let top = reader.root(keys: keys)
    if let v = top.number("threshold_margin", range) { w.thresholdMargin = v }
    if let v = top.number("industry_fit", range) { w.industryFit = v }
    if let v = top.number("land_cost", range) { w.landCost = v }
    if let v = top.number("quota_share", range) { w.quotaShare = v }
    if let v = top.number("land_supply", range) { w.landSupply = v }
    if let v = top.number("green_premium", range) { w.greenPremium = v }
    if reader.issues.isEmpty, !w.values.contains(where: { $0 > 0 }) {
      reader.report("", "every weight is 0: at least one must be positive")
    }
    try reader.finish()
    return w
  }
}
