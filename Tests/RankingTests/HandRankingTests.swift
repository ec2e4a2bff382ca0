import StandardLand
import Testing

@testable import Ranking
import ParkOptTestSupport

/// A case ranked by hand (README, *parkopt rank*): one project, six parks.
///
/// Project P: industry chem, 10–20 mu, M1, investment 3000, tax 50, energy
/// 100 tce. Standards: minimum investment 100 万元/亩 everywhere, 400 in F.
/// Every park: energy quota 1000 (share 0.1 → quota score 0.9), new-land
/// quota 100. Eligible costs range 100…300 万元.
/// - A (primary): A1 20 mu new at 10/mu: margin 0.5, cost 0.5, supply 0.8 →
///   0.15+0.2+0.075+0.18+0.08+0.05 = 0.735; A3 15 mu new at 20/mu:
///   margin 1, cost 0, supply 0.85 → 0.3+0.2+0+0.18+0.085+0.05 = 0.815 (best).
/// - E (primary): E3 as A3 → 0.815: a tie with A, broken by park id.
/// - B (potential): B1 10 mu stock at 10/mu: 0.3+0.14+0.15+0.18+0.1+0.05 = 0.92.
/// - C (other, `*`): C1 as A1 with fit 0.3 → 0.15+0.06+0.075+0.18+0.08+0.05 = 0.595.
/// - D: does not admit chem (one failing rule); F: 300 万元/亩 < 400, fails by 100.
/// Order: B, A, E, C, then D and F (one failing rule each, by park id).
struct HandRankingTests {
  static func handCase(relief: QuotaRelief? = nil) -> LandCase {
    func park(_ id: String, primary: [String] = [], potential: [String] = [], other: [String] = []) -> Park {
      Park(id: id, primaryIndustries: primary, potentialIndustries: potential, otherIndustries: other,
           energyQuotaTce: 1000, newLandQuotaMu: 100)
    }
    let parks = [
      park("A", primary: ["chem"]), park("B", potential: ["chem"]), park("C", other: ["*"]),
      park("D", primary: ["food"]), park("E", primary: ["chem"]), park("F", primary: ["chem"]),
    ]
    let parcels = [
      Parcel(id: "A1", parkID: "A", areaMu: 20, zoning: "M1", source: .new, landPriceWanPerMu: 10),
      Parcel(id: "A2", parkID: "A", areaMu: 30, zoning: "M1", source: .new, landPriceWanPerMu: 1),
      Parcel(id: "A3", parkID: "A", areaMu: 15, zoning: "M1", source: .new, landPriceWanPerMu: 20),
      Parcel(id: "B1", parkID: "B", areaMu: 10, zoning: "M1", source: .stock, landPriceWanPerMu: 10),
      Parcel(id: "C1", parkID: "C", areaMu: 20, zoning: "M1", source: .new, landPriceWanPerMu: 10),
      Parcel(id: "D1", parkID: "D", areaMu: 10, zoning: "M1", source: .new, landPriceWanPerMu: 10),
      Parcel(id: "E3", parkID: "E", areaMu: 15, zoning: "M1", source: .new, landPriceWanPerMu: 20),
      Parcel(id: "F1", parkID: "F", areaMu: 10, zoning: "M1", source: .new, landPriceWanPerMu: 10),
      Parcel(id: "F2", parkID: "F", areaMu: 12, zoning: "M2", source: .new, landPriceWanPerMu: 10),
    ]
    let project = Project(
      id: "P", industry: "chem", minAreaMu: 10, maxAreaMu: 20, investmentWan: 3000, revenueWan: 0, taxWan: 50,
      valueAddedWan: 100, energyTce: 100, zonings: ["M1"])
    let standards = [Standard(minInvestmentIntensity: 100), Standard(park: "F", minInvestmentIntensity: 400)]
    return LandCase(parks: parks, parcels: parcels, projects: [project], standards: standards, relief: relief)
  }

  @Test func orderWorkedOutByHand() throws {
    let landCase = Self.handCase()
    let sites = SiteRanker(landCase).sites(project: 0)
    #expect(sites.map { landCase.parks[$0.park].id } == ["B", "A", "E", "C", "D", "F"])
    #expect(sites.map(\.rank) == [1, 2, 3, 4, 5, 6])
    #expect(sites.map { $0.parcel.map { landCase.parcels[$0].id } } == ["B1", "A3", "E3", "C1", "D1", "F1"])
    #expect(sites.map(\.score) == [0.92, 0.815, 0.815, 0.595, nil, nil])
    #expect(sites.map(\.eligible) == [true, true, true, true, false, false])
    #expect(sites[1].eligibleParcels == 2)  // A1 and A3; A2 is too large
    #expect(sites[0].components.industryFit == .potential)
    #expect(sites[0].components.landCostScore == 1)
    #expect(sites[1].components.landCostScore == 0)
    #expect(sites[1].components.investmentMargin == 100)
    #expect(sites[1].components.energyQuotaShare == 0.1)
    #expect(sites[1].components.newLandHeadroomMu == 85)
    #expect(sites[0].components.newLandHeadroomMu == 100)  // stock land, ratio 0
  }

  @Test func ineligibleSitesSayWhyAndByHowMuch() {
    let landCase = Self.handCase()
    let sites = SiteRanker(landCase).sites(project: 0)
    #expect(sites[4].failures.map(\.rule) == [.industry])
    #expect(sites[5].failures.map(\.rule) == [.investmentIntensity])
    #expect(sites[5].failures.first?.margin == -100)
    #expect(sites[5].failures.first?.text(.en) == "investment_intensity 300 vs 400 (standards (F, *)): below the minimum by 100")
  }

  @Test func tablesShowTheRanking() {
    let ranking = Ranking(Self.handCase(), topK: 2)
    let tables = RankingTables(ranking)
    #expect(tables.top.count == 3)
    #expect(tables.top[1][3] == "B")
    #expect(tables.top[2][3] == "A")
    #expect(tables.top[2][6] == "0.815")
    let demand = tables.parksDemand
    #expect(demand[2][0] == "B" && demand[2][2] == "1" && demand[2][7] == "10")  // first choice, 10 mu stock
    #expect(ranking.parks[0].inTopK == 1 && ranking.parks[4].inTopK == 0)
  }

  @Test func reliefLowersTheQuotaShareAndCostsItsPremium() {
    let relief = QuotaRelief(options: [
      QuotaRelief.Option(projectID: "P", parkID: "C", label: "green_80", energyReliefTce: 80, carbonReliefTonnes: 0, objectiveCostWan: 20),
      QuotaRelief.Option(projectID: "P", parkID: "C", label: "green_50", energyReliefTce: 50, carbonReliefTonnes: 0, objectiveCostWan: 10),
    ])
    let landCase = Self.handCase(relief: relief)
    let sites = SiteRanker(landCase).sites(project: 0)
    let c = sites.first { landCase.parks[$0.park].id == "C" }
    #expect(c?.components.greenOption == "green_50")  // the cheaper option
    #expect(c?.components.energyQuotaShare == 0.05)  // (100 − 50) ÷ 1000
    #expect(c?.components.greenPremiumWanPerTce == 0.2)  // 10 ÷ 50
    #expect(c?.components.greenScore == 0.8)  // 1 − 10 ÷ 50 tax
    // 0.595 − 0.05 × 0.2 (green) + 0.2 × 0.05 (quota) = 0.595
    #expect(c?.score == 0.595)
    let a = sites.first { landCase.parks[$0.park].id == "A" }
    #expect(a?.components.greenOption == nil && a?.components.greenScore == 1)
  }

  /// Options whose figures differ only by LP noise (1e-9) are equal: the
  /// earlier option (the lower level) is shown, not whichever noise favours
  /// (an outside audit found green_50 shown where green_30 was as cheap).
  @Test func optionsEqualWithinNoiseKeepTheLowerLevel() {
    let relief = QuotaRelief(options: [
      QuotaRelief.Option(projectID: "P", parkID: "C", label: "green_30", energyReliefTce: 50, carbonReliefTonnes: 0, objectiveCostWan: -73.65785373962679),
      QuotaRelief.Option(projectID: "P", parkID: "C", label: "green_50", energyReliefTce: 50.000000001, carbonReliefTonnes: 0, objectiveCostWan: -73.65785374264058),
      QuotaRelief.Option(projectID: "P", parkID: "C", label: "green_100", energyReliefTce: 50, carbonReliefTonnes: 0, objectiveCostWan: -73.65785373872693),
    ])
    let landCase = Self.handCase(relief: relief)
    let c = SiteRanker(landCase).sites(project: 0).first { landCase.parks[$0.park].id == "C" }
    #expect(c?.components.greenOption == "green_30")
    // A real difference still decides.
    let cheaper = QuotaRelief(options: relief.options.map {
      var o = $0
      if o.label == "green_100" { o.objectiveCostWan -= 0.001 }
      return o
    })
    let cheaperCase = Self.handCase(relief: cheaper)
    let d = SiteRanker(cheaperCase).sites(project: 0).first { cheaperCase.parks[$0.park].id == "C" }
    #expect(d?.components.greenOption == "green_100")
  }

  /// P required to use relief, with an option in C only: A, B and E, whose
  /// parcels pass every other rule, fail `green_power` (as assign's
  /// `relief_once` row keeps P out of them); D and F fail their own rules.
  @Test func aRequiredProjectIsEligibleOnlyWhereItHasAnOption() {
    let relief = QuotaRelief(
      options: [
        QuotaRelief.Option(projectID: "P", parkID: "C", label: "green_50", energyReliefTce: 50, carbonReliefTonnes: 0, objectiveCostWan: 10)
      ], requiredProjectIDs: ["P"])
    let landCase = Self.handCase(relief: relief)
    let sites = SiteRanker(landCase).sites(project: 0)
    #expect(sites.map { landCase.parks[$0.park].id } == ["C", "A", "B", "D", "E", "F"])
    #expect(sites.map(\.eligible) == [true, false, false, false, false, false])
    #expect(sites.map { $0.parcel.map { landCase.parcels[$0].id } } == ["C1", "A3", "B1", "D1", "E3", "F1"])
    #expect(sites.map { $0.failures.map(\.rule) } == [[], [.greenPower], [.greenPower], [.industry], [.greenPower], [.investmentIntensity]])
    #expect(sites[1].failures.first?.text(.en) == "green_power: required, but A offers no green power option for it")
    #expect(SiteRanker(landCase).eligibleParcels(project: 0) == [4])  // C1
    // The eligible parcels kept for re-use are told apart by the rule.
    #expect(EligibilityInputs(landCase) != EligibilityInputs(Self.handCase(relief: QuotaRelief(options: relief.options))))
  }

  @Test func sameInputSameBytesWhateverTheThreads() throws {
    let landCase = try LandCaseLoader.load(folder: RepositoryPaths.path("Examples/kunming"))
    let one = RankingTables(Ranking(landCase, threads: 1))
    let two = RankingTables(Ranking(landCase, threads: 2))
    let rows = { (t: RankingTables) in t.ranking.projects.flatMap { t.siteRows($0.sites) } }
    #expect(rows(one) == rows(two))
    #expect(one.parksDemand == two.parksDemand)
    #expect(try RankingJSON.text(one.ranking) == RankingJSON.text(two.ranking))
  }
}
