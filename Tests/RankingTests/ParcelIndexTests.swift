import StandardLand
import Testing

@testable import Ranking

/// The one order of parcel ties (README, *The parcel shown*): area, then
/// parcel id — for projects with one zoning or several, and for the
/// nearest parcel of a park with no candidate.
struct ParcelIndexTests {
  /// Park K1: four 10-mu parcels listed B (M2), A (M1), D (M1), C (M2) and
  /// a 12-mu E (M1); park K2: Y (M1), X (M1), W (M2), all 10 mu.
  static func tiedCase() -> LandCase {
    func parcel(_ id: String, _ park: String, _ area: Double, _ zoning: String) -> Parcel {
      Parcel(id: id, parkID: park, areaMu: area, zoning: zoning, source: .new, landPriceWanPerMu: 20)
    }
    let parcels = [
      parcel("B", "K1", 10, "M2"), parcel("A", "K1", 10, "M1"), parcel("D", "K1", 10, "M1"),
      parcel("C", "K1", 10, "M2"), parcel("E", "K1", 12, "M1"),
      parcel("Y", "K2", 10, "M1"), parcel("X", "K2", 10, "M1"), parcel("W", "K2", 10, "M2"),
    ]
    let parks = ["K1", "K2"].map {
      Park(id: $0, primaryIndustries: ["chem"], energyQuotaTce: 10000, newLandQuotaMu: 100)
    }
    return LandCase(parks: parks, parcels: parcels, projects: [], standards: [])
  }

  static func ids(_ landCase: LandCase, _ parcels: [Int]) -> [String] { parcels.map { landCase.parcels[$0].id } }

  @Test func candidatesOfSeveralZoningsComeInAreaThenIdOrder() {
    let landCase = Self.tiedCase(), index = ParcelIndex(landCase)
    for zonings in [["M1", "M2"], ["M2", "M1"]] {
      #expect(Self.ids(landCase, index.candidates(park: 0, zonings: zonings, minArea: 5, maxArea: 20))
        == ["A", "B", "C", "D", "E"])
    }
    #expect(Self.ids(landCase, index.candidates(park: 0, zonings: ["M1"], minArea: 5, maxArea: 20)) == ["A", "D", "E"])
    #expect(Self.ids(landCase, index.candidates(park: 1, zonings: ["M1", "M2"], minArea: 5, maxArea: 10))
      == ["W", "X", "Y"])
  }

  @Test func nearestTiesGoToTheSmallerAreaThenTheSmallerId() {
    let landCase = Self.tiedCase(), index = ParcelIndex(landCase)
    func nearest(_ park: Int, _ zonings: [String], _ min: Double, _ max: Double) -> String? {
      index.nearest(park: park, zonings: zonings, minArea: min, maxArea: max).map { landCase.parcels[$0].id }
    }
    #expect(nearest(1, ["M1"], 11, 20) == "X")  // Y comes first in the file
    #expect(nearest(1, ["M1", "M2"], 11, 20) == "W")
    #expect(nearest(1, ["M2", "M1"], 11, 20) == "W")
    #expect(nearest(0, ["M1", "M2"], 11, 11) == "A")  // gap 1 to A–D (10 mu) and to E (12 mu): the smaller area
    #expect(nearest(0, ["M2"], 13, 20) == "B")
    #expect(nearest(1, ["M3"], 11, 20) == "W")  // no parcel of its zoning: any zoning
  }
}
