import Foundation
import ParkOptData
import StandardLand
import Testing

@testable import Ranking

/// Re-using the eligible parcels of the last case ranked (a sweep of quotas,
/// 增存挂钩 ratios and weights in one process) gives the ranking found afresh,
/// and a change to what eligibility reads is never answered from the cache.
struct EligibleParcelsCacheTests {
  static let python = GeneratedLandCase.pythonAvailable

  /// Every park's energy and new-land quotas × `energy`, `land`, its
  /// 增存挂钩 ratio set to `link`.
  static func scaled(_ c: LandCase, energy: Double, land: Double, link: Double) -> LandCase {
    var c = c
    for k in c.parks.indices {
      c.parks[k].energyQuotaTce *= energy
      c.parks[k].newLandQuotaMu *= land
      c.parks[k].stockLinkRatio = link
    }
    return c
  }

  static func same(_ a: Ranking, _ b: Ranking) -> Bool {
    a.parks == b.parks && a.projects.count == b.projects.count
      && zip(a.projects, b.projects).allSatisfy { $0.project == $1.project && $0.sites == $1.sites }
  }

  @Test(.enabled(if: python, "needs /usr/bin/python3 for Examples/generate_land_case.py"))
  func aSweepRankedFromTheCacheEqualsEachRunAfresh() throws {
    let base = try RankOutputsDigestTests.generatedCase()
    var weights = RankWeights()
    weights.landSupply = 0.6  // so the new-land quota moves the best parcels
    var moved = 0
    let first = Ranking(base, weights: weights, topK: 2, threads: 2, reuse: false)
    for (energy, land, link) in [(1.0, 1.0, 0.0), (0.5, 0.3, 0.5), (2.0, 0.05, 1.0), (0.8, 4.0, 0.2)] {
      let c = Self.scaled(base, energy: energy, land: land, link: link)
      for detail in [SiteRanker.Detail.all, .firstMargins] {
        let cached = Ranking(c, weights: weights, topK: 2, threads: 2, detail: detail)
        let fresh = Ranking(c, weights: weights, topK: 2, threads: 1, detail: detail, reuse: false)
        #expect(Self.same(cached, fresh), "quotas × \(energy), \(land), ratio \(link), \(detail)")
      }
      let fresh = Ranking(c, weights: weights, topK: 2, threads: 1, reuse: false)
      moved += zip(first.projects, fresh.projects).filter { $0.sites.first?.parcel != $1.sites.first?.parcel }.count
    }
    #expect(moved > 0, "the sweep never changed a first site: it would not show a stale cache")
  }

  @Test(.enabled(if: python, "needs /usr/bin/python3 for Examples/generate_land_case.py"))
  func aChangeToWhatEligibilityReadsIsNotAnsweredFromTheCache() throws {
    let base = try RankOutputsDigestTests.generatedCase()
    _ = Ranking(base, topK: 1, threads: 2, detail: .firstMargins)
    var changed = base
    // Every parcel twice as large: many leave their projects' area ranges.
    for p in changed.parcels.indices { changed.parcels[p].areaMu *= 2 }
    #expect(EligibilityInputs(changed) != EligibilityInputs(base))
    let cached = Ranking(changed, topK: 1, threads: 2, detail: .firstMargins)
    let fresh = Ranking(changed, topK: 1, threads: 1, detail: .firstMargins, reuse: false)
    let before = Ranking(base, topK: 1, threads: 1, detail: .firstMargins, reuse: false)
    #expect(Self.same(cached, fresh))
    #expect(!Self.same(fresh, before))
  }

  @Test func eligibilityInputsIgnoreQuotasRatiosAndReliefOnly() {
    let park = Park(id: "K", primaryIndustries: ["a"], energyQuotaTce: 100, newLandQuotaMu: 50)
    let parcel = Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M1")
    let project = Project(
      id: "P", industry: "a", minAreaMu: 10, maxAreaMu: 30, investmentWan: 1, revenueWan: 1, taxWan: 1,
      valueAddedWan: 1, energyTce: 1, zonings: ["M1"])
    let c = LandCase(parks: [park], parcels: [parcel], projects: [project])
    var quotas = c
    quotas.parks[0].energyQuotaTce = 1
    quotas.parks[0].carbonQuotaTonnes = 5
    quotas.parks[0].newLandQuotaMu = 2
    quotas.parks[0].stockLinkRatio = 0.5
    quotas.scenario.stockLinkRatio = 0.5
    #expect(EligibilityInputs(quotas) == EligibilityInputs(c))
    var industry = c
    industry.parks[0].otherIndustries = ["b"]
    var averages = c
    averages.scenario.useEnterpriseAverages.toggle()
    var area = c
    area.parcels[0].areaMu = 21
    for other in [industry, averages, area] { #expect(EligibilityInputs(other) != EligibilityInputs(c)) }
  }
}
