import Foundation
import Testing
@testable import ReportKit

@Suite struct SVGMapTests {
  static func features() throws -> [SVGMap.Feature] {
    let a = try #require(WKTGeometry("POLYGON ((102.70 25.00, 102.71 25.00, 102.71 25.01, 102.70 25.01, 102.70 25.00))"))
    let b = try #require(WKTGeometry(
      "MULTIPOLYGON (((102.72 25.00, 102.73 25.00, 102.73 25.01, 102.72 25.00)), ((102.74 25.0, 102.75 25.0, 102.75 25.01, 102.74 25.0)))"))
    let c = try #require(WKTGeometry("POINT (102.705 25.02)"))
    return [
      .init(id: "P1", geometry: a, category: "electronics", hatched: false, title: "P1 <project A>"),
      .init(id: "P 2", geometry: b, category: nil, hatched: true, title: "P 2 empty"),
      .init(id: "P3", geometry: c, category: "biomedicine", hatched: false, title: "P3"),
    ]
  }

  @Test func oneShapePerFeatureWithLegendHatchAndLinks() throws {
    let svg = SVGMap(noneLabel: "unplaced", hatchLabel: "stock land").svg(try Self.features())
    #expect(svg.components(separatedBy: "class=\"parcel\"").count - 1 == 3)
    #expect(svg.components(separatedBy: "<path class=\"parcel\"").count - 1 == 2)
    #expect(svg.components(separatedBy: "<circle class=\"parcel\"").count - 1 == 1)
    #expect(svg.components(separatedBy: "class=\"hatch\"").count - 1 == 1)
    #expect(svg.contains("fill=\"#bdbdbd\""), "the unplaced parcel is grey")
    #expect(svg.contains("<title>P1 &lt;project A&gt;</title>"))
    #expect(svg.contains("href=\"#p-P_2\""))
    // Legend: categories in sorted order, then "none", then the hatch.
    let order = ["biomedicine", "electronics", "unplaced", "stock land"].map { svg.range(of: ">\($0)</text>")?.lowerBound }
    #expect(order.allSatisfy { $0 != nil })
    #expect(zip(order, order.dropFirst()).allSatisfy { ($0.0 ?? svg.endIndex) < ($0.1 ?? svg.startIndex) })
    #expect(!svg.contains("http://") && !svg.contains("https://"))
  }

  @Test func sharedColourKeyKeepsColoursAcrossMaps() throws {
    let one = try Array(Self.features().prefix(1))  // electronics only
    let map = SVGMap(noneLabel: "-", hatchLabel: "-")
    // Alone, electronics takes the first colour; with biomedicine in the key, the second.
    #expect(map.svg(one).contains("fill=\"#1f77b4\""))
    let shared = map.svg(one, colorKey: ["electronics", "biomedicine"])
    #expect(shared.contains("fill=\"#ff7f0e\"") && !shared.contains(">biomedicine</text>"))
  }

  @Test func noPositionsNoMap() {
    #expect(SVGMap(noneLabel: "-", hatchLabel: "-").svg([]) == "")
  }

  @Test func wktKinds() throws {
    #expect(WKTGeometry("POINT (1 2)")?.polygons == [[[[1, 2]]]])
    #expect(WKTGeometry("POLYGON ((0 0, 1 0, 1 1, 0 0))")?.kind == .polygon)
    #expect(WKTGeometry("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((2 2, 3 2, 3 3, 2 2)))")?.polygons.count == 2)
    #expect(WKTGeometry("LINESTRING (0 0, 1 1)") == nil)
    #expect(WKTGeometry("POLYGON ((0 x))") == nil)
  }
}
