import Foundation
import ParkOptData
import Ranking

/// `ranking.csv` rendered in chunks of projects on several threads (it has
/// a row per project and park: a million rows for a province).
enum RankingText {
  static func ranking(_ tables: RankingTables, threads: Int) -> String {
    let projects = tables.ranking.projects
    let chunk = 256
    let chunks = (projects.count + chunk - 1) / chunk
    let parts = ParallelJobs(threads: threads).map(chunks) { (c: Int) -> String in
      let rows = projects[(c * chunk)..<min(projects.count, (c + 1) * chunk)].flatMap { tables.siteRows($0.sites) }
      return rows.isEmpty ? "" : CSVText.render(rows)
    }
    return CSVText.render([tables.siteHeader]) + parts.joined()
  }
}
