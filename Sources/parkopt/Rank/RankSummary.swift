import Foundation
import Ranking
import StandardLand

/// The ranking in a few lines: counts, the most demanded parks, the
/// reminder that competition is ignored, and the files.
struct RankSummary {
  var ranking: Ranking
  var language: PlanTables.Language = .en

  private func say(_ en: String, _ zh: String) -> String { language == .en ? en : zh }

  func text(written: [String]) -> String {
    let c = ranking.landCase
    let n = ranking.projects.count
    let sites = ranking.projects.reduce(0) { $0 + $1.sites.filter(\.eligible).count }
    var out = say(
      "Site ranking: \(n) projects, \(c.parks.count) parks, \(c.parcels.count) parcels; \(sites) eligible sites (project, park)\n",
      "选址排名：\(n) 个项目，\(c.parks.count) 个园区，\(c.parcels.count) 宗地块；\(sites) 个符合条件的（项目，园区）选址\n")
    out += say("Eligible nowhere: \(ranking.eligibleNowhere) projects\n", "无符合条件选址：\(ranking.eligibleNowhere) 个项目\n")
    let over = ranking.parks.filter { !$0.overDemanded.isEmpty }
    out += say("Over-demanded parks (first choices exceed supply): \(over.count)\n", "超额需求园区（首选需求超过供给）：\(over.count) 个\n")
    let shown = ranking.parks.filter { $0.firstChoice > 0 }
      .sorted { $0.firstChoice != $1.firstChoice ? $0.firstChoice > $1.firstChoice : $0.park < $1.park }.prefix(8)
    for d in shown {
      let park = c.parks[d.park]
      let limits = d.overDemanded.isEmpty ? "" : say(" — over: ", " — 超出：") + d.overDemanded.joined(separator: ", ")
      out += say("  - \(park.id): first choice of \(d.firstChoice), in the top \(ranking.topK) of \(d.inTopK)\(limits)\n",
                 "  - \(park.id)：\(d.firstChoice) 个项目首选，\(d.inTopK) 个项目前 \(ranking.topK) 选\(limits)\n")
    }
    out += say(
      "\nRanking ignores competition between projects (each is ranked alone); run `parkopt assign` for the joint plan.\n",
      "\n排名不考虑项目之间的竞争（逐个项目单独排名）；联合方案请运行 `parkopt assign`。\n")
    if !written.isEmpty { out += say("\nFiles: ", "\n文件：") + written.joined(separator: ", ") + "\n" }
    return out
  }
}
