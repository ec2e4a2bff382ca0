import Foundation
import Testing
@testable import ReportKit

@Suite struct MapProjectionTests {
  /// A square 0.01° of latitude high and 0.01°/cos(60°) = 0.02° of longitude
  /// wide at latitude 60° is a square on the ground: it must come out square,
  /// centred, filling the shorter side of the page less the margins.
  @Test func groundSquareStaysSquareAndCentred() throws {
    let corners = [[100.0, 59.995], [100.02, 59.995], [100.02, 60.005], [100.0, 60.005]]
    let p = try #require(MapProjection(fitting: corners, width: 300, height: 200, margin: 10))
    #expect(abs(p.centreLongitude - 100.01) < 1e-12)
    #expect(abs(p.centreLatitude - 60.0) < 1e-12)
    let a = p.project(longitude: 100.0, latitude: 59.995), b = p.project(longitude: 100.02, latitude: 60.005)
    // 180 px usable height → the square is 180 × 180 px, centred at (150, 100).
    #expect(abs((b.x - a.x) - 180) < 1e-6)
    #expect(abs((a.y - b.y) - 180) < 1e-6)
    #expect(abs((a.x + b.x) / 2 - 150) < 1e-6)
    #expect(abs((a.y + b.y) / 2 - 100) < 1e-6)
    #expect(a.y > b.y, "north is up: the higher latitude has the smaller y")
  }

  @Test func onePositionSitsInTheMiddle() throws {
    let p = try #require(MapProjection(fitting: [[102.7, 25.0]], width: 100, height: 50))
    let q = p.project(longitude: 102.7, latitude: 25.0)
    #expect(q.x == 50 && q.y == 25)
    #expect(MapProjection(fitting: [], width: 100, height: 50) == nil)
  }
}
