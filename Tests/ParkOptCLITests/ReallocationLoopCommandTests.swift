import Foundation
import Testing
import ParkOptTestSupport

/// The README's closing-the-loop recipe, end to end: `parkopt evaluate` on
/// the Kunming firms, then `parkopt assign` on the Kunming case with
/// evaluate's parcels added and its thresholds layered over the standards.
@Suite struct ReallocationLoopCommandTests {
  static let kunming = RepositoryPaths.root.appendingPathComponent("Examples/kunming").path

  @Test func evaluatedStockLandIsReallocated() throws {
    let work = Scratch.path("loop").path
    defer { try? FileManager.default.removeItem(atPath: work) }
    let evaluate = try CommandRunner.parkopt([
      "evaluate", Self.kunming + "/firms.csv", "--scenario", Self.kunming + "/evaluate.yaml", "-o", work + "/ev",
    ])
    #expect(evaluate.status == 0, "\(evaluate.stderr)")
    // The README's command; no explaining re-solves keep the test short and
    // a generous limit keeps it from stopping early on a busy machine.
    let assign = try CommandRunner.parkopt([
      "assign", Self.kunming, "--add-parcels", work + "/ev/parcels.csv", "--standards", work + "/ev/standards.csv",
      "--mip-gap", "0.005", "-o", work + "/as", "--time-limit", "600", "--no-explain",
    ])
    #expect(assign.status == 0, "\(assign.stdout)\(assign.stderr)")
    let rows = try String(contentsOfFile: work + "/as/assignments.csv", encoding: .utf8).split(separator: "\n")
    let parcelColumn = try #require(rows.first?.split(separator: ",").firstIndex(of: "parcel"))
    let placed = Set(rows.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[parcelColumn] })
    let stock = placed.filter { $0.hasPrefix("LE-") }
    #expect(stock.count > 0, "no reallocated stock parcel placed: \(placed.sorted())")
    #expect(placed.count > stock.count, "the case's own parcels are still used")
    #expect(assign.stdout.contains("80 projects, 288 parcels, 6 parks"))
  }

  @Test func aRepeatedParcelIdNamesBothFiles() throws {
    let work = try Scratch.folder("loop").path
    defer { try? FileManager.default.removeItem(atPath: work) }
    try "id,park,area_mu,zoning,source\nAN-001,AN,10,M1,stock\n".write(toFile: work + "/p.csv", atomically: true, encoding: .utf8)
    let r = try CommandRunner.parkopt(["assign", Self.kunming, "--add-parcels", work + "/p.csv", "-o", work + "/as"])
    #expect(r.status == 2)
    #expect(r.stderr.contains(
      "\(work)/p.csv, row 2, column 'id': parcel 'AN-001' is already in \(Self.kunming)/parcels.csv (row 2)"))
  }
}
