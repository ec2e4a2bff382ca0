import Foundation
import StandardLand
import Testing

@testable import Ranking
import ParkOptTestSupport

/// The numeric fast path (`EligibilityChecker.evaluate`, used by `rank`)
/// gives the verdicts and margins of `assess` (used by `assign`'s reasons)
/// on every project–parcel pair.
struct FastPathAgreementTests {
  static let python = GeneratedLandCase.pythonAvailable

  /// Checks every pair of `landCase`; returns (pairs, eligible pairs, eligible sites).
  func agree(_ landCase: LandCase) -> (pairs: Int, eligible: Int, sites: Int) {
    let checker = EligibilityChecker(landCase), ranker = SiteRanker(landCase)
    var pairs = 0, eligible = 0
    for j in landCase.projects.indices {
      let project = landCase.projects[j]
      for p in landCase.parcels.indices {
        let parcel = landCase.parcels[p]
        guard let park = checker.park(of: parcel) else { continue }
        let t = checker.thresholds.thresholds(park: park.id, industry: project.industry)
        var figures: [RuleFigure] = []
        EligibilityChecker.evaluate(project, parcel, in: park, t) { figures.append($0) }
        let checks = checker.assess(project: j, parcel: p)
        pairs += 1
        #expect(figures.map(\.rule) == checks.map(\.rule))
        #expect(figures.map(\.passed) == checks.map(\.passed))
        #expect(figures.map(\.value) == checks.map(\.value))
        #expect(figures.map(\.threshold) == checks.map(\.threshold))
        #expect(figures.map(\.margin) == checks.map(\.margin))
        #expect(checker.failures(project: j, parcel: p) == checks.filter { !$0.passed })
        let passes = checks.allSatisfy(\.passed)
        #expect(checker.isEligible(project: j, parcel: p) == passes)
        if passes { eligible += 1 }
      }
    }
    var sites = 0
    for j in landCase.projects.indices {
      for site in ranker.sites(project: j) where site.eligible {
        guard let p = site.parcel else {
          Issue.record("eligible site without a parcel")
          continue
        }
        let checks = checker.assess(project: j, parcel: p)
        func margin(_ rule: Rule) -> Double? { checks.first { $0.rule == rule && $0.margin != nil }?.margin }
        #expect(site.components.investmentMargin == margin(.investmentIntensity))
        #expect(site.components.taxMargin == margin(.taxPerMu))
        #expect(site.components.revenueMargin == margin(.revenuePerMu))
        sites += 1
      }
    }
    return (pairs, eligible, sites)
  }

  @Test func fastPathAgreesWithAssessOnKunming() throws {
    let landCase = try LandCaseLoader.load(folder: RepositoryPaths.path("Examples/kunming"))
    let counts = agree(landCase)
    #expect(counts.pairs == landCase.projects.count * landCase.parcels.count)
    #expect(counts.eligible == 604)
    #expect(counts.sites == 125)
  }

  @Test(.enabled(if: python, "needs /usr/bin/python3 for Examples/generate_land_case.py"))
  func fastPathAgreesWithAssessOnAGeneratedCase() throws {
    let landCase = try GeneratedLandCase(parks: 6, parcels: 400, projects: 120, firms: 200, seed: 16, name: "fast path test").load()
    let counts = agree(landCase)
    #expect(counts.pairs == 120 * 400)
    #expect(counts.eligible > 0)
    #expect(counts.sites > 0)
  }
}
