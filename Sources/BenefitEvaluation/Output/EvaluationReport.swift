import ReportKit

/// `report.html` for an evaluation: classes per group and per park (bars),
/// the score distribution, the low-efficiency land, the DEA frontier and
/// the park stars; self-contained (inline CSS and SVG, no URL), same
/// results, same bytes.
public struct EvaluationReport: Sendable {
  public var summary: EvaluationSummary
  public var scores: [FirmScore]
  public var low: [LowEfficiencyFirm]
  public var dea: [DEAResult]?
  public var parks: [ParkScore]?
  public var language: BenefitTables.Language

  /// The report of one evaluation run (`dea` and `parks` when computed).
  public init(
    summary: EvaluationSummary, scores: [FirmScore], low: [LowEfficiencyFirm], dea: [DEAResult]? = nil,
    parks: [ParkScore]? = nil, language: BenefitTables.Language = .en
  ) {
    self.summary = summary
    self.scores = scores
    self.low = low
    self.dea = dea
    self.parks = parks
    self.language = language
  }

  var lang: ReportLanguage { language == .en ? .en : .zh }
  func say(_ en: String, _ zh: String) -> String { lang.say(en, zh) }
  static func n(_ x: Double?, _ digits: Int = 1) -> String { NumberFormat.decimal(x, digits: digits) }

  /// Colours of the classes A–D and "no class".
  static func classColor(_ grade: String) -> String {
    ["A": "#2e7d32", "B": "#1976d2", "C": "#f9a825", "D": "#d32f2f"][grade] ?? "#9e9e9e"
  }

  /// The whole page.
  public func html() throws -> String {
    var sections = [classes(), distribution(), lowEfficiency()]
    if let dea { sections.append(frontier(dea)) }
    if let parks { sections.append(stars(parks)) }
    let figures: [(String, String)] = [
      (say("Firms scored", "参评企业"), "\(summary.firms)"),
      (say("Graded", "参与分类"), "\(summary.graded)"),
      (say("Low-efficiency land", "低效用地"), "\(summary.lowEfficiencyFirms) · " + NumberFormat.quantity(summary.lowEfficiencyLandMu, unit: say("mu", "亩"))),
      (say("Electricity surcharge", "差别化电费"), NumberFormat.quantity(summary.surchargeWan, unit: "万元")),
    ] + (summary.deaUnits.map { [(say("DEA units on the frontier", "DEA 前沿面单元"), "\(summary.deaEfficientUnits ?? 0) / \($0)")] } ?? [])
    return try ReportPage(
      language: lang, title: say("Per-mu benefit evaluation", "亩均效益评价"), keyFigures: figures, sections: sections,
      footer: say("Written by parkopt evaluate.", "由 parkopt evaluate 生成。")
    ).html()
  }

  /// Firms per class, by group and by park, as grouped bars.
  private func classes() -> ReportPage.Section {
    let grades = Array(Set(scores.map { $0.grade ?? "-" })).sorted()
    func chart(_ title: String, _ key: (FirmScore) -> String) -> String {
      let keys = Array(Set(scores.map(key))).sorted()
      let series = grades.map { g in
        SVGChart.Series(
          name: g == "-" ? say("no class", "未分类") : g, color: Self.classColor(g),
          values: keys.map { k in Double(scores.filter { key($0) == k && ($0.grade ?? "-") == g }.count) })
      }
      return SVGChart(title: title).bars(series, categories: keys, yLabel: say("firms", "企业数"))
    }
    let counts = grades.map { g in
      g == "-" ? say("no class", "未分类") + ": \(summary.unclassedFirms)" : "\(g): \(summary.classCounts[g] ?? 0)"
    }.joined(separator: ", ")
    return .init(say("Classes", "分类结果"), [
      .paragraph(say("Firms per class: ", "各类企业数：") + counts),
      .svg(chart(say("Firms per class and group", "按分组的各类企业数"), { $0.firm.group })),
      .svg(chart(say("Firms per class and park", "按园区的各类企业数"), { $0.firm.parkID })),
    ])
  }

  /// How many firms score in each 10-point band.
  private func distribution() -> ReportPage.Section {
    let values = scores.map(\.score)
    let top = max(100, ((values.max() ?? 100) / 10).rounded(.up) * 10)
    let h = Histogram(values, lower: 0, upper: top, width: 10)
    let chart = SVGChart(title: say("Firms per score band", "各分数段企业数")).bars(
      [.init(name: say("firms", "企业数"), color: "#1976d2", values: h.counts.map(Double.init))],
      categories: h.labels, yLabel: say("firms", "企业数"))
    let mean = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    return .init(say("Score distribution", "得分分布"), [
      .paragraph(say("Mean score ", "平均得分 ") + Self.n(mean) + say(", lowest ", "，最低 ") + Self.n(values.min())
        + say(", highest ", "，最高 ") + Self.n(values.max()) + say(".", "。")),
      .svg(chart),
    ])
  }

  /// The low-efficiency firms (no map: firm tables carry no geometry).
  private func lowEfficiency() -> ReportPage.Section {
    let heading = say("Low-efficiency land", "低效用地")
    guard !low.isEmpty else {
      return .init(heading, [.paragraph(say("No firm meets the low-efficiency rules.", "没有企业符合低效用地认定规则。"))])
    }
    let rows: [[ReportTable.Cell]] = low.map { f in
      [.text(f.firmID), .text(f.parkID), .text(f.industry), .number(Self.n(f.landMu, 2)), .number(Self.n(f.taxWanPerMu, 2)),
       .text(f.grade ?? "–"), .text(f.reasons.map(reasonText).joined(separator: say("; ", "；"))), .text(f.parcelID)]
    }
    return .init(heading, [
      .paragraph(say(
        "\(low.count) firms, \(Self.n(summary.lowEfficiencyLandMu)) mu in all; each becomes a stock parcel in parcels.csv for parkopt assign.",
        "共 \(low.count) 家企业、\(Self.n(summary.lowEfficiencyLandMu)) 亩；每家的用地在 parcels.csv 中成为一宗存量地块，供 parkopt assign 使用。")),
      .paragraph(say(
        "No map: the firm table carries no geometry. parkopt assign maps these parcels when they are given a wkt column.",
        "无地图：企业表没有几何信息。为这些地块补充 wkt 列后，parkopt assign 的报告会在地图上显示它们。")),
      .details(summary: say("The \(low.count) firms", "\(low.count) 家企业明细"), blocks: [.table(ReportTable(
        header: [say("firm", "企业"), say("park", "园区"), say("industry", "产业"), say("land (mu)", "用地（亩）"),
                 say("tax per mu (万元)", "亩均税收（万元）"), say("class", "类别"), say("why", "认定原因"), say("parcel", "地块")],
        rows: rows))]),
    ])
  }

  private func reasonText(_ code: String) -> String {
    switch code {
    case "class_D": return say("class D", "D 类企业")
    case "double_ten": return say("large land, low tax per mu (双十)", "用地多、亩均税收低（双十）")
    default: return code
    }
  }

  /// Units on the frontier and the least efficient ones.
  private func frontier(_ dea: [DEAResult]) -> ReportPage.Section {
    let efficient = dea.filter { abs($0.efficiency - 1) < 1e-7 }
    let strong = efficient.filter(\.isStronglyEfficient)
    let mean = dea.isEmpty ? nil : dea.reduce(0) { $0 + $1.efficiency } / Double(dea.count)
    var blocks: [ReportPage.Block] = [
      .paragraph(say(
        "\(dea.count) units; \(efficient.count) on the frontier (efficiency 1), \(strong.count) of them with no slack; mean efficiency \(Self.n(mean, 3)).",
        "共 \(dea.count) 个评价单元；\(efficient.count) 个位于前沿面（效率为 1），其中 \(strong.count) 个无松弛；平均效率 \(Self.n(mean, 3))。")),
    ]
    if let warning = summary.deaWarningText(language: language) { blocks.append(.warning(warning)) }
    if !efficient.isEmpty {
      blocks.append(.paragraph(say("On the frontier: ", "前沿面单元：") + efficient.map(\.unit).joined(separator: ", ")))
    }
    let order = dea.sorted { ($0.efficiency, $0.unit) < ($1.efficiency, $1.unit) }
    let shown = Array(order.prefix(20))
    blocks.append(.table(ReportTable(
      header: [say("unit", "单元"), say("efficiency", "效率"), say("super-efficiency", "超效率"), say("peers (λ)", "参照单元（λ）")],
      rows: shown.map { r in
        [.text(r.unit), .number(Self.n(r.efficiency, 4)), .number(Self.n(r.superEfficiency, 4)),
         .text(r.peers.map { "\($0.unit) (\(Self.n($0.lambda, 3)))" }.joined(separator: ", "))]
      })))
    if order.count > shown.count {
      blocks.append(.paragraph(say("The \(shown.count) least efficient of \(order.count) units; all are in dea.csv.",
                                   "列出 \(order.count) 个单元中效率最低的 \(shown.count) 个；全部见 dea.csv。")))
    }
    return .init(say("DEA frontier", "DEA 前沿面"), blocks)
  }

  /// Parks by rank with their stars.
  private func stars(_ parks: [ParkScore]) -> ReportPage.Section {
    let sorted = parks.sorted { ($0.rank, $0.parkID) < ($1.rank, $1.parkID) }
    let rows: [[ReportTable.Cell]] = sorted.map { p in
      [.number("\(p.rank)"), .text(p.parkID), .text(p.parkClass), .number(Self.n(p.score, 2)),
       .text(String(repeating: "★", count: max(0, p.stars)) + String(repeating: "☆", count: max(0, 5 - p.stars)))]
    }
    return .init(say("Park stars", "园区星级"), [
      .svg(SVGChart(title: say("Park scores (0–100)", "园区综合得分（0–100）")).bars(
        [.init(name: say("score", "得分"), color: "#1976d2", values: sorted.map(\.score))],
        categories: sorted.map(\.parkID), yLabel: say("score", "得分"))),
      .table(ReportTable(
        header: [say("rank", "排名"), say("park", "园区"), say("class", "园区类别"), say("score", "综合得分"), say("stars", "星级")],
        rows: rows)),
    ])
  }
}
