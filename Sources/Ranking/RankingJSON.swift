import Foundation
import ParkOptData
import StandardLand

/// `ranking.json`: the weights, each project's top K sites with every
/// component, and the park demand (keys sorted, no timings). The full list
/// of sites is in `ranking.csv`.
public enum RankingJSON {
  /// The ranking as a JSON object.
  public static func object(_ ranking: Ranking) -> [String: Any] {
    let landCase = ranking.landCase
    let tables = RankingTables(ranking)
    let keys = tables.siteHeader
    let projects: [[String: Any]] = ranking.projects.map { entry in
      let project = landCase.projects[entry.project]
      let top: [[String: Any]] = tables.siteRows(ranking.top(entry.sites)).map { row in
        Dictionary(zip(keys, row).dropFirst(2).filter { !$0.1.isEmpty }.map { ($0.0, $0.1 as Any) },
                   uniquingKeysWith: { a, _ in a })
      }
      return [
        "project_id": project.id, "eligible_sites": entry.sites.filter(\.eligible).count, "top": top,
      ]
    }
    let parkKeys = tables.parksDemand[0]
    let parks = tables.parksDemand.dropFirst().map { row in
      Dictionary(zip(parkKeys, row).map { ($0.0, $0.1 as Any) }, uniquingKeysWith: { a, _ in a })
    }
    let weights = Dictionary(zip(RankWeights.keys, ranking.weights.values).map { ($0.0, $0.1 as Any) },
                             uniquingKeysWith: { a, _ in a })
    return ["weights": weights, "top_k": ranking.topK, "projects": projects, "parks_demand": parks,
            "ignores_competition": true]
  }

  /// The object as pretty-printed JSON text with sorted keys.
  public static func text(_ ranking: Ranking) throws -> String {
    try PrettyJSON.text(object(ranking)) + "\n"
  }
}
