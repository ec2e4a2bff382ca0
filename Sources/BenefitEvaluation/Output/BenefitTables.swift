import Foundation

/// The evaluation's result tables as CSV text, with English or Chinese headers.
public enum BenefitTables {
  /// Header language.
  public enum Language: String, Sendable { case en, zh }

  /// A number rounded to 4 decimals, trailing zeros dropped; empty for nil.
  /// (Integer arithmetic: `String(format:)` is slow on Linux for 100,000-row tables.)
  static func number(_ x: Double?) -> String {
    guard let x, x.isFinite else { return "" }
    let scaled = (x * 10_000).rounded()
    guard abs(scaled) < 9e15 else { return String(x) }
    let n = Int64(scaled)
    let magnitude = n.magnitude
    let whole = magnitude / 10_000
    var fraction = magnitude % 10_000
    let sign = n < 0 ? "-" : ""
    if fraction == 0 { return sign + String(whole) }
    var digits = 4
    while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
    let text = String(fraction)
    return sign + String(whole) + "." + String(repeating: "0", count: digits - text.utf8.count) + text
  }

  static func cell(_ s: String) -> String {
    s.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 })
      ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
  }

  static func csv(_ header: [String], _ rows: [[String]]) -> String {
    ([header] + rows).map { $0.map(cell).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  /// `scores.csv`: one row per firm with indicators, points, score, rank, class and weakest indicator.
  public static func scores(_ scores: [FirmScore], surcharge: [String: Double] = [:], language: Language = .en) -> String {
    let indicators = Indicator.allCases
    let header: [String] = language == .en
      ? ["id", "park", "industry", "group", "land_mu"] + indicators.map(\.rawValue)
        + indicators.map { "points_\($0.rawValue)" } + ["score", "rank", "graded", "class", "weakest_indicator", "imputed", "surcharge_wan"]
      : ["企业编号", "园区", "产业", "分组", "用地面积(亩)"] + indicators.map(\.chineseName)
        + indicators.map { "得分_\($0.chineseName)" } + ["综合得分", "排名", "参与分类", "类别", "最弱指标", "缺失数据指标", "差别化电费(万元)"]
    let rows = scores.map { s -> [String] in
      [s.firm.id, s.firm.parkID, s.firm.industry, s.firm.group, number(s.firm.landMu)]
        + indicators.map { number(s.values[$0]) } + indicators.map { number(s.points[$0]) }
        + [number(s.score), s.rank.map(String.init) ?? "", s.graded ? "yes" : "no", s.grade ?? "",
           s.weakestIndicator.map { language == .en ? $0.rawValue : $0.chineseName } ?? "",
           s.imputed.sorted().map(\.rawValue).joined(separator: ";"),
           number(LowEfficiencyLand.surchargeWan(s, rates: surcharge))]
    }
    return csv(header, rows)
  }

  /// `standards.csv` as `parkopt assign` reads it (park, industry, minima per
  /// mu); an average assign would reject is an empty cell (``ThresholdRow/threshold(_:)``).
  public static func standards(_ rows: [ThresholdRow], language: Language = .en) -> String {
    let header = language == .en
      ? ["park", "industry"] + ThresholdRow.Column.allCases.map(\.rawValue)
      : ["园区", "产业", "投资强度下限(万元/亩)", "亩均税收下限(万元/亩)", "亩均营收下限(万元/亩)"]
    return csv(header, rows.map { row in
      [row.parkID, row.industry] + ThresholdRow.Column.allCases.map { number(row.threshold($0)) }
    })
  }

  /// `parcels.csv` as `parkopt assign` reads it: low-efficiency land as stock parcels.
  public static func parcels(_ land: [LowEfficiencyFirm], landPriceWanPerMu: Double, language: Language = .en) -> String {
    let header = language == .en
      ? ["id", "park", "area_mu", "zoning", "source", "land_price_wan_per_mu"]
      : ["地块编号", "所属园区", "面积(亩)", "用地性质", "土地来源", "地价(万元/亩)"]
    return csv(header, land.map {
      [$0.parcelID, $0.parkID, number($0.landMu), $0.zoning, language == .en ? "stock" : "存量", number(landPriceWanPerMu)]
    })
  }

  /// `low_efficiency.csv`: the firms flagged, with reasons.
  public static func lowEfficiency(_ land: [LowEfficiencyFirm], language: Language = .en) -> String {
    let header = language == .en
      ? ["firm", "park", "industry", "land_mu", "tax_per_mu", "class", "reasons", "parcel"]
      : ["企业编号", "园区", "产业", "用地面积(亩)", "亩均税收(万元/亩)", "类别", "认定原因", "地块编号"]
    return csv(header, land.map {
      [$0.firmID, $0.parkID, $0.industry, number($0.landMu), number($0.taxWanPerMu), $0.grade ?? "",
       $0.reasons.joined(separator: ";"), $0.parcelID]
    })
  }

  /// `classes.csv`: count and land per group and class; firms without a
  /// class are in no row (``EvaluationSummary/unclassedFirms``).
  public static func classSummary(_ scores: [FirmScore], language: Language = .en) -> String {
    let header = language == .en ? ["group", "class", "firms", "land_mu"] : ["分组", "类别", "企业数", "用地面积(亩)"]
    var cells: [String: (Int, Double)] = [:]
    for s in scores {
      guard let grade = s.grade else { continue }
      let key = "\(s.firm.group)\u{1F}\(grade)"
      let old = cells[key] ?? (0, 0)
      cells[key] = (old.0 + 1, old.1 + s.firm.landMu)
    }
    return csv(header, cells.keys.sorted().map { key in
      let parts = key.split(separator: "\u{1F}").map(String.init)
      let v = cells[key] ?? (0, 0)
      return [parts.first ?? "", parts.last ?? "", String(v.0), number(v.1)]
    })
  }
}
