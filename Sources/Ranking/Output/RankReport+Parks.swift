import ReportKit
import StandardLand

extension RankReport {
  /// The most parks drawn in the projects-per-park chart (the table has all).
  static let chartParkLimit = 30

  /// One row per park: how many projects rank it first and in their top K,
  /// and what the first choices need against what the park has (bars, red
  /// when demand exceeds supply).
  func parks() -> ReportPage.Section {
    let c = ranking.landCase
    let mu = say("mu", "亩"), tce = say("tce", "吨标准煤"), t = say("t", "吨")
    let rows: [[ReportTable.Cell]] = ranking.parks.map { d in
      let park = c.parks[d.park]
      let over = Set(d.overDemanded)
      func bar(_ demand: Double, _ supply: Double?, _ key: String, _ unit: String) -> ReportTable.Cell {
        let text = NumberFormat.quantity(demand, unit: unit) + " / " + (supply.map { NumberFormat.quantity($0, unit: unit) } ?? "–")
        let svg = UsageBar.svg(used: demand, limit: supply, binding: over.contains(key), title: text)
        return .html(svg + (svg.isEmpty ? "" : "<br>") + HTML.escape(text))
      }
      return [
        .text(park.id), .text(park.name), .number("\(d.firstChoice)"), .number("\(d.inTopK)"),
        .number("\(d.parcelsWanted)" + (d.parcelClashes > 0 ? say(" (\(d.parcelClashes) clash)", "（冲突 \(d.parcelClashes)）") : "")),
        bar(d.newLandDemandMu, d.newLandAllowedMu, "new_land", mu), .number(NumberFormat.quantity(d.stockLandDemandMu, unit: mu)),
        bar(d.energyDemandTce, d.energyQuotaTce, "energy_quota", tce),
        bar(d.carbonDemandTonnes, d.carbonQuotaTonnes, "carbon_quota", t),
        .text(d.overDemanded.map(limitName).joined(separator: ", ")),
      ]
    }
    var blocks: [ReportPage.Block] = [
      .paragraph(say(
        "Demand is what the projects that rank a park first would need of it (their first-ranked parcels, their energy and carbon after green-power relief); "
          + "bars show demand against the park's supply, red where demand exceeds it. "
          + "New land allowed = new-land quota + stock-link ratio × stock land demanded.",
        "需求为首选该园区的项目所需（其首选地块面积、绿电缓解后的能耗和碳排放）；"
          + "条形表示需求占园区供给的比例，红色为需求超过供给。可用新增用地 = 新增用地指标 + 增存挂钩比例 × 存量用地需求。")),
    ]
    let charted = ranking.parks.filter { $0.inTopK > 0 }
    if !charted.isEmpty && charted.count <= Self.chartParkLimit {
      blocks.append(.svg(SVGChart(title: say("Projects per park", "各园区项目数")).bars(
        [
          SVGChart.Series(name: say("first choice", "首选"), color: "#1f77b4", values: charted.map { Double($0.firstChoice) }),
          SVGChart.Series(name: say("in top \(ranking.topK)", "前 \(ranking.topK) 选"), color: "#ff7f0e", values: charted.map { Double($0.inTopK) }),
        ],
        categories: charted.map { c.parks[$0.park].id }, yLabel: say("projects", "项目数"))))
    }
    blocks.append(.table(ReportTable(
      header: [say("park", "园区"), say("name", "名称"), say("first choice", "首选项目"), say("in top \(ranking.topK)", "前 \(ranking.topK) 选项目"),
               say("parcels wanted", "首选地块"), say("new land demand / allowed", "新增用地 需求/可用"),
               say("stock land demand", "存量用地需求"), say("energy demand / quota", "能耗 需求/指标"),
               say("carbon demand / quota", "碳排放 需求/指标"), say("over-demanded", "超额需求")],
      rows: rows)))
    return .init(say("Demand on parks", "园区需求与供给"), blocks)
  }

  /// An over-demanded limit in words (`new_land`, `energy_quota`, `carbon_quota`, `parcels`).
  func limitName(_ key: String) -> String {
    switch key {
    case "new_land": say("new land", "新增用地")
    case "energy_quota": say("energy quota", "能耗指标")
    case "carbon_quota": say("carbon quota", "碳排放指标")
    case "parcels": say("parcels", "地块")
    default: key
    }
  }
}
