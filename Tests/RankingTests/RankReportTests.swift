import StandardLand
import Testing

@testable import Ranking
import ParkOptTestSupport

/// `report.html` of `rank`: the hand case's rows and scores, the cap on
/// project sections, and the Kunming example's sections and park bars.
struct RankReportTests {
  private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

  @Test func handCaseRowsAndScoresAreInThePage() throws {
    let html = try RankReport(Ranking(HandRankingTests.handCase(), topK: 3)).html()
    // The top 3 eligible sites: B/B1 0.92, A/A3 0.815, E/E3 0.815 (C, D, F are not shown).
    let row = { (rank: Int, park: String, parcel: String, area: String, score: String) in
      "<tr><td class=\"num\">\(rank)</td><td>\(park)</td><td>\(parcel)</td><td class=\"num\">\(area) mu</td><td class=\"num\">\(score)</td>"
    }
    #expect(html.contains(row(1, "B", "B1", "10.00", "0.920")))
    #expect(html.contains(row(2, "A", "A3", "15.00", "0.815")))
    #expect(html.contains(row(3, "E", "E3", "15.00", "0.815")))
    #expect(!html.contains("<td>C1</td>") && !html.contains("<td>D1</td>"))
    // B1's components: margin 1, potential 0.7, land cost 1, quota 0.9, stock land 1, no green option 1.
    #expect(html.contains(
      "<td class=\"num\">1.000</td><td class=\"num\">0.700 potential</td><td class=\"num\">1.000</td>"
        + "<td class=\"num\">0.900</td><td class=\"num\">1.000</td><td class=\"num\">1.000</td>"
        + "<td class=\"num\">100.0 万元</td><td class=\"num\">10.0%</td></tr>"))
    #expect(html.contains("<summary>P (chem): best B / B1, score 0.920; 4 eligible sites</summary>"))
    #expect(html.contains("Ranking ignores competition between projects"))
    #expect(html.contains("`parkopt assign` decides between projects"))
    #expect(count("<details>", in: html) == 1)  // one project; no geometry, so no map and no parcel table
    #expect(!html.contains("<svg class=\"map\""))
    #expect(!html.contains("http"))  // self-contained
    #expect(try RankReport(Ranking(HandRankingTests.handCase(), topK: 3)).html() == html)
  }

  @Test func aProjectEligibleNowhereShowsItsFailingRules() throws {
    var landCase = HandRankingTests.handCase()
    landCase.projects[0].investmentWan = 500  // 50 万元/亩 on 10 mu: below 100 everywhere
    let html = try RankReport(Ranking(landCase, topK: 2), language: .en).html()
    #expect(html.contains("<summary>P (chem): eligible nowhere</summary>"))
    #expect(html.contains("<th>failing rules</th>"))
    #expect(html.contains("investment_intensity 50 vs 100 (standards (*, *)): below the minimum by 50"))
    #expect(html.contains("investment_intensity 33.33 vs 100 (standards (*, *)): below the minimum by 66.67"))  // A3, rank 1
    #expect(count("<tr><td class=\"num\">", in: html) == 2)  // its first 2 sites: A/A3, B/B1
  }

  @Test func chineseText() throws {
    let html = try RankReport(Ranking(HandRankingTests.handCase(), topK: 3), language: .zh).html()
    #expect(html.contains("<html lang=\"zh-CN\">"))
    #expect(html.contains("排名不考虑项目之间的竞争"))
    #expect(html.contains("<summary>P（chem）：最佳 B / B1，得分 0.920；4 个符合条件选址</summary>"))
    #expect(html.contains("0.700 潜力"))
  }

  @Test func pageKeepsTheFirstProjectsByIdAndSaysHowManyAreLeftOut() throws {
    var landCase = HandRankingTests.handCase()
    let project = landCase.projects[0]
    landCase.projects = (0..<(RankReport.projectLimit + 7)).reversed().map { k in
      var p = project
      p.id = "P" + String(repeating: "0", count: 4 - String(k).count) + String(k)
      return p
    }
    let report = RankReport(Ranking(landCase, topK: 1, threads: 2))
    let html = try report.html()
    #expect(count("<details>", in: html) == 500)
    #expect(html.contains("The first 500 projects by id are shown; 7 more are left out of this page. top.csv and ranking.csv have them all."))
    #expect(html.contains("<summary>P0000 P (chem)") && html.contains("<summary>P0499 P (chem)"))
    #expect(!html.contains("<summary>P0500 P (chem)"))
  }

  @Test func kunmingHasASectionPerProjectAndABarPerParkLimit() throws {
    let landCase = try LandCaseLoader.load(folder: RepositoryPaths.path("Examples/kunming"))
    let ranking = Ranking(landCase, topK: 3)
    let html = try RankReport(ranking).html()
    // 80 project sections and the map's parcel table.
    #expect(landCase.projects.count == 80)
    #expect(count("<details>", in: html) == 81)
    #expect(count("<details><summary>P0", in: html) == 80)
    // A bar per park and limit with a positive supply (new land, energy, carbon).
    let bars = ranking.parks.reduce(0) { sum, d in
      sum + [d.newLandAllowedMu, d.energyQuotaTce, d.carbonQuotaTonnes ?? 0].filter { $0 > 0 }.count
    }
    #expect(count("<svg class=\"bar\"", in: html) == bars)
    #expect(bars == KunmingFigures.bars)
    let red = ranking.parks.reduce(0) { sum, d in
      sum + d.overDemanded.filter { ["new_land", "energy_quota", "carbon_quota"].contains($0) }.count
    }
    #expect(count("fill=\"#d32f2f\"", in: html) == red)
    #expect(red == KunmingFigures.redBars)
    // Every parcel has geometry: one shape each on the map.
    #expect(count("<a href=\"#p-", in: html) == landCase.parcels.count)
  }
}

/// Figures of the Kunming example's rank page (seen once, pinned).
private enum KunmingFigures {
  static let bars = 13
  static let redBars = 3
}
