import ReportKit
import StandardLand

extension RankReport {
  /// The projects that get a section: the first ``projectLimit`` by id.
  var shownProjects: [(project: Int, sites: [Site])] {
    let projects = ranking.landCase.projects
    let sorted = ranking.projects.sorted {
      projects[$0.project].id != projects[$1.project].id
        ? projects[$0.project].id < projects[$1.project].id : $0.project < $1.project
    }
    return Array(sorted.prefix(Self.projectLimit))
  }

  /// Per project (collapsed) its top K eligible sites with score and
  /// components; a project eligible nowhere shows its first K sites with
  /// their failing rules.
  func projects() -> ReportPage.Section {
    let shown = shownProjects
    var blocks: [ReportPage.Block] = [
      .paragraph(say(
        "Each project's top \(ranking.topK) eligible sites, best first (components 0–1, higher is better); "
          + "a project eligible nowhere shows its nearest misses with every failing rule and by how much.",
        "每个项目的前 \(ranking.topK) 个符合条件选址，按排名先后（分项得分 0–1，越高越好）；"
          + "无符合条件选址的项目列出最接近的选址及其每条不符合的规则和差距。")),
    ]
    let left = ranking.projects.count - shown.count
    if left > 0 {
      let left = NumberFormat.decimal(Double(left), digits: 0)
      blocks.append(.warning(say(
        "The first \(shown.count) projects by id are shown; \(left) more are left out of this page. top.csv and ranking.csv have them all.",
        "本页按项目编号列出前 \(shown.count) 个项目，其余 \(left) 个未列出；top.csv 和 ranking.csv 包含全部项目。")))
    }
    for entry in shown {
      let project = ranking.landCase.projects[entry.project]
      let top = Array(ranking.top(entry.sites))
      let rows = top.isEmpty ? Array(entry.sites.prefix(ranking.topK)) : top
      blocks.append(.details(summary: headline(project, entry.sites, top), blocks: [.table(siteTable(rows))]))
    }
    return .init(say("Top sites per project", "各项目最佳选址"), blocks)
  }

  /// `P001 Name (industry): best AN / AN-003, score 0.812; 4 eligible sites`.
  private func headline(_ project: Project, _ sites: [Site], _ top: [Site]) -> String {
    let c = ranking.landCase
    let name = project.name.isEmpty || project.name == project.id ? project.id : "\(project.id) \(project.name)"
    guard let best = top.first else {
      return say("\(name) (\(project.industry)): eligible nowhere", "\(name)（\(project.industry)）：无符合条件选址")
    }
    let place = c.parks[best.park].id + (best.parcel.map { " / " + c.parcels[$0].id } ?? "")
    let eligible = sites.filter(\.eligible).count
    return say(
      "\(name) (\(project.industry)): best \(place), score \(Self.n(best.score, 3)); \(eligible) eligible site\(eligible == 1 ? "" : "s")",
      "\(name)（\(project.industry)）：最佳 \(place)，得分 \(Self.n(best.score, 3))；\(eligible) 个符合条件选址")
  }

  /// The sites' rows: rank, park, parcel, area, score, the six components,
  /// land cost and energy share of the quota; failing rules when a site is
  /// ineligible.
  func siteTable(_ sites: [Site]) -> ReportTable {
    let c = ranking.landCase
    let withReasons = sites.contains { !$0.eligible }
    let rows: [[ReportTable.Cell]] = sites.map { s in
      let parcel = s.parcel.map { c.parcels[$0] }
      let k = s.components
      let component = { (x: Double) -> ReportTable.Cell in .number(s.eligible ? Self.n(x, 3) : "–") }
      var row: [ReportTable.Cell] = [
        .number("\(s.rank)"), .text(c.parks[s.park].id), .text(parcel?.id ?? "–"),
        .number(NumberFormat.quantity(parcel?.areaMu, digits: 2, unit: say("mu", "亩"))),
        .number(Self.n(s.score, 3)),
        component(k.thresholdMarginScore), .number(s.eligible ? Self.n(k.industryFit.score, 3) + " " + fitName(k.industryFit) : fitName(k.industryFit)),
        component(k.landCostScore), component(k.quotaScore), component(k.landSupplyScore), component(k.greenScore),
        .number(s.eligible ? NumberFormat.quantity(k.landCostWan, unit: "万元") : "–"),
        .number(s.eligible ? NumberFormat.percent(k.energyQuotaShare) : "–"),
      ]
      if withReasons { row.append(.text(s.failures.map { $0.text(language) }.joined(separator: "; "))) }
      return row
    }
    var header = [
      say("rank", "排名"), say("park", "园区"), say("parcel", "地块"), say("area", "面积"), say("score", "综合得分"),
      componentName("threshold_margin"), componentName("industry_fit"), componentName("land_cost"),
      componentName("quota_share"), componentName("land_supply"), componentName("green_premium"),
      say("land cost", "地价"), say("energy ÷ quota", "能耗占指标"),
    ]
    if withReasons { header.append(say("failing rules", "不符合原因")) }
    return ReportTable(header: header, rows: rows)
  }

  /// How the park takes the project's industry, in words.
  func fitName(_ fit: IndustryFit) -> String {
    lang == .en ? fit.rawValue : fit.chineseName
  }
}
