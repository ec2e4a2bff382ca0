import ArgumentParser
import ParkOptData
import Ranking

/// `rank --outputs`: every result file, or only what `batch merge` reads.
enum RankOutputs: String, ExpressibleByArgument, CaseIterable {
  /// `ranking.csv`, `top.csv`, `parks_demand.csv`, `ranking.json`.
  case all
  /// `first_sites.csv` and `parks_demand.csv` only (for sweeps: a province's
  /// `ranking.csv` is a million rows).
  case first

  /// `first_sites.csv`: a row per ranked project (case order) with its
  /// first-ranked eligible site (`park`, `parcel`, `score`), all three empty
  /// when it has none.
  static func firstSites(_ tables: RankingTables) -> String {
    let en = tables.language == .en
    let landCase = tables.ranking.landCase
    var rows = [[en ? "project_id" : "项目编号", en ? "park" : "园区", en ? "parcel" : "地块", en ? "score" : "综合得分"]]
    rows.reserveCapacity(tables.ranking.projects.count + 1)
    for entry in tables.ranking.projects {
      let id = landCase.projects[entry.project].id
      guard let site = entry.sites.first, site.eligible else {
        rows.append([id, "", "", ""])
        continue
      }
      rows.append([
        id, landCase.parks[site.park].id, site.parcel.map { landCase.parcels[$0].id } ?? "",
        RankingTables.number(site.score, digits: 6),
      ])
    }
    return CSVText.render(rows)
  }
}
