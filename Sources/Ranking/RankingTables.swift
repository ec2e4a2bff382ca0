import StandardLand

/// The ranking as tables (header + rows of text) in English or Chinese:
/// `ranking.csv`, `top.csv` and `parks_demand.csv`.
public struct RankingTables: Sendable {
  public let ranking: Ranking
  public let language: PlanTables.Language

  public init(_ ranking: Ranking, language: PlanTables.Language = .en) {
    self.ranking = ranking
    self.language = language
  }

  private func header(_ pairs: [(String, String)]) -> [String] { pairs.map { language == .en ? $0.0 : $0.1 } }

  /// `x` rounded to `digits` decimals, without trailing zeros; empty for nil.
  public static func number(_ x: Double?, digits: Int = 4) -> String {
    guard let x, x.isFinite else { return "" }
    let scale = [1.0, 10, 100, 1e3, 1e4, 1e5, 1e6][min(max(digits, 0), 6)]
    let rounded = (x * scale).rounded() / scale
    if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int64(rounded)) }
    return String(rounded)
  }

  /// The header of `ranking.csv` and `top.csv`.
  public var siteHeader: [String] {
    header([
      ("project_id", "项目编号"), ("project_name", "项目名称"), ("rank", "排名"), ("park", "园区"), ("parcel", "地块"),
      ("eligible", "符合条件"), ("score", "综合得分"), ("eligible_parcels", "符合条件地块数"),
      ("industry_fit", "产业匹配"), ("investment_margin", "投资强度余量"), ("tax_margin", "亩均税收余量"),
      ("revenue_margin", "亩均营收余量"), ("energy_margin", "单位增加值能耗余量"), ("threshold_margin_score", "门槛余量得分"),
      ("industry_fit_score", "产业匹配得分"), ("land_cost_wan", "地价(万元)"), ("land_cost_score", "地价得分"),
      ("energy_quota_share", "占能耗指标比例"), ("carbon_quota_share", "占碳排放指标比例"), ("quota_score", "指标占用得分"),
      ("new_land_headroom_mu", "新增用地余量(亩)"), ("land_supply_score", "用地供给得分"), ("green_option", "绿电方案"),
      ("green_premium_wan_per_tce", "绿电溢价(万元/吨标准煤)"), ("green_score", "绿电成本得分"), ("reasons", "不符合原因"),
    ])
  }

  /// The rows of `sites` (no header).
  public func siteRows(_ sites: some Sequence<Site>) -> [[String]] {
    let landCase = ranking.landCase
    return sites.map { s in
      let project = landCase.projects[s.project], c = s.components
      // Ineligible sites: the reasons carry the figures (a province has a
      // million such rows).
      let n = { (x: Double?) in s.eligible ? Self.number(x) : "" }
      let scored = { (x: Double) in s.eligible ? Self.number(x, digits: 6) : "" }
      return [
        project.id, project.name, String(s.rank), landCase.parks[s.park].id, s.parcel.map { landCase.parcels[$0].id } ?? "",
        s.eligible ? (language == .en ? "yes" : "是") : (language == .en ? "no" : "否"),
        Self.number(s.score, digits: 6), String(s.eligibleParcels),
        language == .en ? c.industryFit.rawValue : c.industryFit.chineseName,
        n(c.investmentMargin), n(c.taxMargin), n(c.revenueMargin), n(c.energyMargin), scored(c.thresholdMarginScore),
        scored(c.industryFit.score), n(c.landCostWan), scored(c.landCostScore), n(c.energyQuotaShare),
        n(c.carbonQuotaShare), scored(c.quotaScore), n(c.newLandHeadroomMu), scored(c.landSupplyScore),
        c.greenOption ?? "", n(c.greenPremiumWanPerTce), scored(c.greenScore),
        s.failures.map { $0.text(language) }.joined(separator: "; "),
      ]
    }
  }

  /// `top.csv`: the first K eligible sites of each project.
  public var top: [[String]] {
    [siteHeader] + ranking.projects.flatMap { siteRows(ranking.top($0.sites)) }
  }

  /// `parks_demand.csv`: one row per park.
  public var parksDemand: [[String]] {
    var rows = [header([
      ("park", "园区"), ("name", "名称"), ("first_choice_projects", "首选项目数"), ("top_k_projects", "前K选项目数"),
      ("parcels_wanted", "首选地块数"), ("parcel_clashes", "地块冲突数"), ("new_land_demand_mu", "新增用地需求(亩)"),
      ("stock_land_demand_mu", "存量用地需求(亩)"), ("new_land_allowed_mu", "可用新增用地(亩)"),
      ("energy_demand_tce", "能耗需求(吨标准煤)"), ("energy_quota_tce", "能耗指标(吨标准煤)"),
      ("carbon_demand_t", "碳排放需求(吨)"), ("carbon_quota_t", "碳排放指标(吨)"), ("over_demanded", "超额需求"),
    ])]
    for d in ranking.parks {
      let park = ranking.landCase.parks[d.park]
      rows.append([
        park.id, park.name, String(d.firstChoice), String(d.inTopK), String(d.parcelsWanted), String(d.parcelClashes),
        Self.number(d.newLandDemandMu), Self.number(d.stockLandDemandMu), Self.number(d.newLandAllowedMu),
        Self.number(d.energyDemandTce), Self.number(d.energyQuotaTce), Self.number(d.carbonDemandTonnes),
        Self.number(d.carbonQuotaTonnes), d.overDemanded.joined(separator: "; "),
      ])
    }
    return rows
  }
}
