import StandardLand
import Testing

@testable import Ranking
import ParkOptTestSupport

/// When assign's objective and rank's score agree (tax − land cost against
/// land cost alone, park limits ample), a project placed alone by assign
/// gets its best-ranked site.
struct AgreementWithAssignTests {
  @Test func assignAlonePicksTheBestRankedSite() throws {
    var landCase = try LandCaseLoader.load(folder: RepositoryPaths.path("Examples/kunming"))
    landCase.enterprises = []
    for k in landCase.parks.indices {
      landCase.parks[k].energyQuotaTce = 1e9
      landCase.parks[k].carbonQuotaTonnes = nil
      landCase.parks[k].newLandQuotaMu = 1e6
      landCase.parks[k].minLeadingShare = 0
    }
    landCase.scenario.objective.tax = 1
    landCase.scenario.objective.landCost = 1
    landCase.scenario.explainUnplaced = false
    landCase.scenario.valueLimits = false
    var weights = RankWeights()
    weights.thresholdMargin = 0; weights.industryFit = 0; weights.quotaShare = 0
    weights.landSupply = 0; weights.greenPremium = 0; weights.landCost = 1
    var compared = 0
    for j in landCase.projects.indices {
      var alone = landCase
      alone.projects = [landCase.projects[j]]
      alone.projects[0].mustPlace = false
      let sites = SiteRanker(alone, weights: weights).sites(project: 0)
      guard let best = sites.first, best.eligible, let parcel = best.parcel else { continue }
      let costs = sites.filter(\.eligible).compactMap(\.components.landCostWan)
      guard costs.filter({ $0 == costs.min() }).count == 1, alone.projects[0].taxWan > costs.min() ?? 0 else { continue }
      let plan = try StandardLandPlanner(alone).plan()
      #expect(plan.assignments.first?.parcelID == alone.parcels[parcel].id, "project \(alone.projects[0].id)")
      compared += 1
    }
    #expect(compared >= 40)
  }
}
