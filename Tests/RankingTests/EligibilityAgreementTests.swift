import StandardLand
import Testing

@testable import Ranking
import ParkOptTestSupport

/// One eligibility implementation: rank's eligible pairs are assign's.
struct EligibilityAgreementTests {
  @Test func rankCallsEligibleExactlyAssignsPairsOnKunming() throws {
    let landCase = try LandCaseLoader.load(folder: RepositoryPaths.path("Examples/kunming"))
    let ranker = SiteRanker(landCase)
    struct Pair: Hashable { var project: Int, parcel: Int }
    var ranked = Set<Pair>()
    for j in landCase.projects.indices {
      for p in ranker.eligibleParcels(project: j) { ranked.insert(Pair(project: j, parcel: p)) }
    }
    let assign = Set(EligibilityChecker(landCase).eligiblePairs().map { Pair(project: $0.project, parcel: $0.parcel) })
    #expect(assign.count == 604)
    #expect(ranked == assign)
    // Every eligible site counts exactly the eligible parcels of its park.
    let sites = landCase.projects.indices.flatMap { ranker.sites(project: $0) }
    #expect(sites.reduce(0) { $0 + $1.eligibleParcels } == assign.count)
    #expect(sites.filter(\.eligible).allSatisfy { $0.eligibleParcels > 0 && $0.failures.isEmpty })
    #expect(sites.filter { !$0.eligible }.allSatisfy { !$0.failures.isEmpty })
  }
}
