import Testing
@testable import StandardLand
import ParkOptTestSupport

/// The checker's text-free counts agree with its explained checks, and the
/// closest parcel of a rejection is the first with the fewest failures.
struct EligibilityCheckerTests {
  static func kunming() throws -> LandCase {
    try LandCaseLoader.load(folder: RepositoryPaths.path("Examples/kunming"))
  }

  @Test func failureCountIsTheNumberOfExplainedFailures() throws {
    let landCase = try Self.kunming()
    let checker = EligibilityChecker(landCase)
    var failing = 0
    for j in landCase.projects.indices {
      for p in landCase.parcels.indices {
        let explained = checker.assess(project: j, parcel: p).filter { !$0.passed }
        #expect(checker.failureCount(project: j, parcel: p) == explained.count)
        #expect(checker.failures(project: j, parcel: p).map(\.rule) == explained.map(\.rule))
        #expect(checker.isEligible(project: j, parcel: p) == explained.isEmpty)
        failing += explained.isEmpty ? 0 : 1
      }
    }
    #expect(failing > 0)
  }

  @Test func rejectionNamesTheFirstParcelWithFewestFailures() throws {
    let landCase = try Self.kunming()
    let planner = StandardLandPlanner(landCase)
    let checker = EligibilityChecker(landCase)
    let nowhere = landCase.projects.indices.filter { j in
      !landCase.parcels.indices.contains { checker.isEligible(project: j, parcel: $0) }
    }
    #expect(!nowhere.isEmpty)
    for j in nowhere {
      for rejection in planner.rejections(j) {
        let here = landCase.parcels.indices.filter { landCase.parcels[$0].parkID == rejection.parkID }
        let counts = here.map { checker.failureCount(project: j, parcel: $0) }
        guard let fewest = counts.min(), let first = counts.firstIndex(of: fewest) else { continue }
        #expect(rejection.closestParcelID == landCase.parcels[here[first]].id)
        #expect(rejection.failures.count == fewest)
        #expect(rejection.failures.allSatisfy { !$0.passed })
      }
    }
  }
}
