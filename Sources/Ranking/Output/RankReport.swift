import ReportKit
import StandardLand

/// `report.html` for a ranking: the summary with the reminder that ranking
/// ignores competition, the demand on each park against its supply (bars),
/// a map of the parcels ranked first (when parcels carry geometry) and each
/// project's top sites; self-contained (inline CSS and SVG, no URL), same
/// ranking, same bytes.
public struct RankReport: Sendable {
  public let ranking: Ranking
  public let language: PlanTables.Language

  /// At most this many projects get a section (the first by id); the rest
  /// are only in `top.csv`, so that a province's page stays readable.
  public static let projectLimit = 500
  /// The map is left out above this many parcels with geometry.
  public static let mapLimit = 5000

  /// The report of `ranking`, with page text in `language`.
  public init(_ ranking: Ranking, language: PlanTables.Language = .en) {
    self.ranking = ranking
    self.language = language
  }

  var lang: ReportLanguage { language == .en ? .en : .zh }
  func say(_ en: String, _ zh: String) -> String { lang.say(en, zh) }
  static func n(_ x: Double?, _ digits: Int = 1) -> String { NumberFormat.decimal(x, digits: digits) }

  /// The whole page.
  public func html() throws -> String {
    var sections = [summary(), parks()]
    if let map = map() { sections.append(map) }
    sections.append(projects())
    return try ReportPage(
      language: lang, title: say("Site ranking", "选址排名") + " — " + caseTitle, keyFigures: keyFigures(),
      sections: sections, footer: say("Written by parkopt rank.", "由 parkopt rank 生成。")
    ).html()
  }

  private var caseTitle: String {
    let parks = ranking.landCase.parks
    return parks.count == 1 ? parks[0].name : say("\(parks.count) parks", "\(parks.count) 个园区")
  }

  /// Eligible sites (project, park) over the ranked projects.
  var eligibleSites: Int { ranking.projects.reduce(0) { $0 + $1.sites.filter(\.eligible).count } }

  private func keyFigures() -> [(String, String)] {
    let c = ranking.landCase
    return [
      (say("Projects ranked", "排名项目"), "\(ranking.projects.count)"),
      (say("Parks", "园区"), "\(c.parks.count)"),
      (say("Parcels", "地块"), "\(c.parcels.count)"),
      (say("Eligible sites", "符合条件选址"), "\(eligibleSites)"),
      (say("Eligible nowhere", "无符合条件选址"), "\(ranking.eligibleNowhere)"),
      (say("Over-demanded parks", "超额需求园区"), "\(ranking.parks.filter { !$0.overDemanded.isEmpty }.count)"),
    ]
  }

  private func summary() -> ReportPage.Section {
    let c = ranking.landCase
    let w = ranking.weights
    let weightRows: [[ReportTable.Cell]] = zip(RankWeights.keys, w.values).map { [.text(componentName($0.0)), .text($0.0), .number(Self.n($0.1, 2))] }
    return .init(say("Summary", "概况"), [
      .paragraph(say(
        "\(ranking.projects.count) projects ranked over \(c.parks.count) parks and \(c.parcels.count) parcels: "
          + "\(eligibleSites) eligible sites (project, park); \(ranking.eligibleNowhere) projects are eligible nowhere. "
          + "A site is a park and the best parcel in it; each project keeps its top \(ranking.topK) eligible sites.",
        "共 \(ranking.projects.count) 个项目在 \(c.parks.count) 个园区、\(c.parcels.count) 宗地块中排名："
          + "\(eligibleSites) 个符合条件的（项目，园区）选址；\(ranking.eligibleNowhere) 个项目无符合条件选址。"
          + "选址即一个园区及其中最佳地块；每个项目保留前 \(ranking.topK) 个符合条件的选址。")),
      .warning(say(
        "Ranking ignores competition between projects: each project is ranked alone, and several may rank the same parcel first. "
          + "`parkopt assign` decides between projects (one joint plan within the parks' limits).",
        "排名不考虑项目之间的竞争：每个项目单独排名，多个项目可能首选同一宗地块。"
          + "项目之间的取舍由 `parkopt assign` 决定（在园区指标内的联合方案）。")),
      .paragraph(say("Score = Σ weight × component ÷ Σ weight, each component in 0–1 (higher is better). Weights:",
                     "综合得分 = Σ 权重 × 分项得分 ÷ Σ 权重，各分项得分在 0–1 之间（越高越好）。权重：")),
      .table(ReportTable(header: [say("component", "分项"), say("key", "键"), say("weight", "权重")], rows: weightRows)),
    ])
  }

  /// A component's name by its weight key.
  func componentName(_ key: String) -> String {
    switch key {
    case "threshold_margin": say("threshold margin", "门槛余量")
    case "industry_fit": say("industry fit", "产业匹配")
    case "land_cost": say("land cost", "地价")
    case "quota_share": say("quota share", "指标占用")
    case "land_supply": say("land supply", "用地供给")
    case "green_premium": say("green premium", "绿电成本")
    default: key
    }
  }
}
