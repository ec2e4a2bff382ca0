import Foundation
import ParkOptData
import StandardLand
import Testing

@testable import Ranking

/// `rank`'s full outputs on a generated case (20 parks, 1,500 parcels, 300
/// projects, seed 17) against the SHA-256 of the files the release binary
/// wrote before the speed-up (commit 547d5c9, `parkopt rank DIR --top 3`;
/// ranking.csv's since the zoning text changed, 2026-11-29),
/// and the eligible-only ranking (`--outputs first`) against the full one.
struct RankOutputsDigestTests {
  static let python = GeneratedLandCase.pythonAvailable

  /// The generated case (20 parks, 1,500 parcels, 300 projects, seed 17).
  static func generatedCase() throws -> LandCase {
    try GeneratedLandCase(parks: 20, parcels: 1500, projects: 300, firms: 150, seed: 17, name: "rank outputs test").load()
  }

  static func digest(_ text: String) -> String { InputHash.sha256(of: Data(text.utf8)) }

  @Test(.enabled(if: python, "needs /usr/bin/python3 for Examples/generate_land_case.py"))
  func fullOutputsAreTheBytesOfBeforeTheSpeedUp() throws {
    let landCase = try Self.generatedCase()
    let ranking = Ranking(landCase, topK: 3, threads: 2)
    let tables = RankingTables(ranking)
    let rows = ranking.projects.flatMap { tables.siteRows($0.sites) }
    #expect(rows.count == 300 * 20)
    // Changed on purpose since 547d5c9: the zoning rule's text in `reasons`
    // reads "parcel is M1, project uses M2" (it held "; ", the separator).
    #expect(Self.digest(CSVText.render([tables.siteHeader] + rows)) == "7b63f5dd14ea4cec4fc73d443bb02e72140675dd096914b292562cc7f5b82e0c")
    #expect(Self.digest(CSVText.render(tables.top)) == "365fba3fde9af9e5def82b3cca5bba4fb7d15cf8ea2f9ea6b6967089bc2db131")
    #expect(Self.digest(CSVText.render(tables.parksDemand)) == "5c0a21e3151593b7d84c4189f1f66a746437f93bcb3d27d3eba032f7a1800403")
    #expect(Self.digest(try RankingJSON.text(ranking)) == "af8db24831216f2bf901017efcd45bed16a9c8687629116a46b20504394cf195")
  }

  @Test(.enabled(if: python, "needs /usr/bin/python3 for Examples/generate_land_case.py"))
  func eligibleOnlyKeepsTheEligibleSitesOfTheFullRanking() throws {
    let landCase = try Self.generatedCase()
    let full = Ranking(landCase, topK: 2, threads: 1)
    let lean = Ranking(landCase, topK: 2, threads: 2, detail: .eligibleOnly)
    #expect(lean.projects.count == full.projects.count)
    var eligible = 0
    for (a, b) in zip(full.projects, lean.projects) {
      #expect(a.project == b.project)
      #expect(Array(a.sites.prefix { $0.eligible }) == b.sites)
      eligible += b.sites.count
    }
    #expect(eligible > 300)
    #expect(full.projects.contains { $0.sites.contains { !$0.eligible } })
    #expect(lean.parks == full.parks)
    #expect(lean.eligibleNowhere == full.eligibleNowhere)
    #expect(CSVText.render(RankingTables(lean).parksDemand) == CSVText.render(RankingTables(full).parksDemand))
    #expect(CSVText.render(RankingTables(lean).top) == CSVText.render(RankingTables(full).top))
  }
}
