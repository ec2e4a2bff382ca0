import Foundation
import StandardLand
import Testing

@testable import Ranking

/// Scoring only each park's frontier (``SiteRanker/frontier(_:_:basis:)``)
/// gives the sites of scoring every eligible parcel, under any quotas and
/// non-negative weights, and does skip parcels (so this can fail).
struct FrontierTests {
  /// A small deterministic generator (the test needs no randomness from the system).
  struct Mix {
    var state: UInt64
    mutating func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53)
    }
  }

  @Test(.enabled(if: GeneratedLandCase.pythonAvailable, "needs /usr/bin/python3 for Examples/generate_land_case.py"))
  func theFrontierHoldsTheBestParcelOfEveryPark() throws {
    let base = try RankOutputsDigestTests.generatedCase()
    var mix = Mix(state: 42)
    var eligibleCount = 0, frontierCount = 0
    for round in 0..<6 {
      var c = base
      for k in c.parks.indices {
        c.parks[k].newLandQuotaMu *= [0, 0.02, 0.3, 1, 5, 1e6][round] * (0.5 + mix.next())
        c.parks[k].energyQuotaTce *= 0.2 + mix.next()
        c.parks[k].stockLinkRatio = mix.next()
      }
      var weights = RankWeights()
      weights.thresholdMargin = round == 1 ? 0 : mix.next()
      weights.industryFit = mix.next()
      weights.landCost = round == 2 ? 0 : mix.next() * 3
      weights.quotaShare = mix.next()
      weights.landSupply = round == 3 ? 0 : mix.next() * 3
      weights.greenPremium = round == 4 ? 0 : mix.next()
      let ranker = SiteRanker(c, weights: weights)
      for j in c.projects.indices {
        let e = ranker.eligible(project: j)
        eligibleCount += e.parcels.count
        frontierCount += e.frontier.count
        let pruned = ranker.sites(project: j, eligible: e, detail: .all)
        let every = ranker.sites(project: j, eligible: e, detail: .all, pruned: false)
        #expect(pruned == every, "project \(j), round \(round)")
      }
    }
    #expect(frontierCount < eligibleCount / 2, "frontier \(frontierCount) of \(eligibleCount) eligible parcels")
  }

  @Test func aDominatedParcelIsLeftOutAndAnUndominatedOneKept() {
    // Three new parcels of one park by area: B costs more than A with no
    // better margin (dominated); C is cheaper than A (kept); S is stock land,
    // dearer than A but stock can beat new land on land supply (kept).
    let park = Park(id: "K", primaryIndustries: ["a"], energyQuotaTce: 1000, newLandQuotaMu: 100)
    let parcels = [
      Parcel(id: "A", parkID: "K", areaMu: 10, zoning: "M1", landPriceWanPerMu: 10),
      Parcel(id: "B", parkID: "K", areaMu: 12, zoning: "M1", landPriceWanPerMu: 10),
      Parcel(id: "C", parkID: "K", areaMu: 14, zoning: "M1", landPriceWanPerMu: 5),
      Parcel(id: "S", parkID: "K", areaMu: 16, zoning: "M1", source: .stock, landPriceWanPerMu: 10),
    ]
    let project = Project(
      id: "P", industry: "a", minAreaMu: 5, maxAreaMu: 50, investmentWan: 100, revenueWan: 100, taxWan: 10,
      valueAddedWan: 10, energyTce: 1, zonings: ["M1"])
    let ranker = SiteRanker(LandCase(parks: [park], parcels: parcels, projects: [project]))
    let e = ranker.eligible(project: 0)
    #expect(e.parcels.map { parcels[Int($0)].id } == ["A", "B", "C", "S"])
    #expect(e.frontier.map { parcels[Int(e.parcels[Int($0)])].id } == ["A", "C", "S"])
  }
}
