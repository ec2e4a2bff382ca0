import Foundation
import Testing
import ParkOptData
import StandardLand
@testable import BenefitEvaluation
import ParkOptTestSupport

/// evaluate → exit → reallocate: the tables `evaluate` writes are read by
/// `parkopt assign`'s loader, and the low-efficiency land is assignable.
struct ReallocationLoopTests {
  static var kunming: URL {
    RepositoryPaths.root.appendingPathComponent("Examples/kunming")
  }

  @Test func standardsAndParcelsLoadIntoALandCase() throws {
    let scenario = try FirmLoader.scenario(
      text: HandWorkedScoringTests.scenarioText + "\nclasses: {percentiles: [0.25, 0.6, 0.8]}\nlow_efficiency: {land_price_wan_per_mu: 12}\n",
      file: "s")
    let firms = try HandWorkedScoringTests.firms()
    let low = LowEfficiencyLand.find(try FirmScorer.score(firms, scenario: scenario), rule: scenario.lowEfficiency)
    let folder = try Scratch.folder("evaluate-loop")
    defer { try? FileManager.default.removeItem(at: folder) }
    let own = try LandCaseLoader.load(folder: Self.kunming.path)
    for language in [BenefitTables.Language.en, .zh] {
      let parcels = folder.appendingPathComponent("parcels-\(language).csv")
      let standards = folder.appendingPathComponent("standards-\(language).csv")
      try BenefitTables.parcels(low, landPriceWanPerMu: 12, language: language)
        .write(to: parcels, atomically: true, encoding: .utf8)
      try BenefitTables.standards(ProjectThresholds.build(firms), language: language)
        .write(to: standards, atomically: true, encoding: .utf8)
      let landCase = try LandCaseLoader.load(
        folder: Self.kunming.path, addParcels: [parcels.path], standardsPath: standards.path)
      #expect(landCase.parcels.dropLast(4) == own.parcels[...])
      let added = landCase.parcels.suffix(4)
      #expect(added.map(\.id) == ["LE-F3", "LE-F4", "LE-F5", "LE-F6"])
      #expect(added.map(\.areaMu) == [20, 10, 5, 10])
      #expect(added.allSatisfy { $0.source == .stock && $0.landPriceWanPerMu == 12 && $0.zoning == "M1" })
      let derived = try #require(ProjectThresholds.build(firms).first { $0.parkID == "GD-YL" && $0.industry == "metal" })
      #expect(abs((derived.taxWanPerMu ?? 0) - 4) < 1e-9)       // (50 + 0 + 50) / 25 mu
      // Layered never looser: 4 is below the case's `GD-YL, *` floor of 10.
      let metal = try #require(landCase.standards.first { $0.park == "GD-YL" && $0.industry == "metal" })
      #expect(metal.minTaxPerMu == 10)
      #expect(landCase.standards.prefix(own.standards.count).filter { $0.park == "*" } == own.standards.filter { $0.park == "*" })
    }
  }

  /// The Kunming firms' low-efficiency land, with their thresholds, gives
  /// parcels that Kunming projects are eligible for, next to the case's own.
  @Test func kunmingLowEfficiencyLandIsAssignable() throws {
    let firms = try FirmLoader.loadFirms(path: Self.kunming.appendingPathComponent("firms.csv").path)
    let scenario = try FirmLoader.loadScenario(path: Self.kunming.appendingPathComponent("evaluate.yaml").path)
    let low = LowEfficiencyLand.find(try FirmScorer.score(firms, scenario: scenario), rule: scenario.lowEfficiency)
    #expect(!low.isEmpty)
    let folder = try Scratch.folder("evaluate-loop")
    defer { try? FileManager.default.removeItem(at: folder) }
    let parcels = folder.appendingPathComponent("parcels.csv"), standards = folder.appendingPathComponent("standards.csv")
    try BenefitTables.parcels(low, landPriceWanPerMu: 30).write(to: parcels, atomically: true, encoding: .utf8)
    try BenefitTables.standards(ProjectThresholds.build(firms)).write(to: standards, atomically: true, encoding: .utf8)
    let own = try LandCaseLoader.load(folder: Self.kunming.path)
    let landCase = try LandCaseLoader.load(
      folder: Self.kunming.path, addParcels: [parcels.path], standardsPath: standards.path)
    #expect(landCase.parcels.count == own.parcels.count + low.count)
    let added = landCase.parcels.filter { $0.id.hasPrefix("LE-") }
    #expect(abs(added.reduce(0) { $0 + $1.areaMu } - low.reduce(0) { $0 + $1.landMu }) < 1e-6)
    let pairs = EligibilityChecker(landCase).eligiblePairs()
    let stockParcels = Set(pairs.map { landCase.parcels[$0.parcel].id }.filter { $0.hasPrefix("LE-") })
    #expect(stockParcels.count > 0)
  }
}
