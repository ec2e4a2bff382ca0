import Foundation
import Testing
import ParkOptData
import StandardLand
@testable import BenefitEvaluation

/// evaluate → exit → reallocate: the tables `evaluate` writes are read by
/// `parkopt assign`'s loader, and the low-efficiency land is assignable.
struct ReallocationLoopTests {
  static var kunming: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Examples/kunming")
  }

  @Test func standardsAndParcelsLoadIntoALandCase() throws {
    let scenario = try FirmLoader.scenario(
      text: HandWorkedScoringTests.scenarioText + "\nclasses: {percentiles: [0.25, 0.6, 0.8]}\nlow_efficiency: {land_price_wan_per_mu: 12}\n",
      file: "s")
    let firms = try HandWorkedScoringTests.firms()
    let low = LowEfficiencyLand.find(try FirmScorer.score(firms, scenario: scenario), rule: scenario.lowEfficiency)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evaluate-loop-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Self.kunming, to: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    for language in [BenefitTables.Language.en, .zh] {
      try BenefitTables.parcels(low, landPriceWanPerMu: 12, language: language)
        .write(to: folder.appendingPathComponent("parcels.csv"), atomically: true, encoding: .utf8)
      try BenefitTables.standards(ProjectThresholds.build(firms), language: language)
        .write(to: folder.appendingPathComponent("standards.csv"), atomically: true, encoding: .utf8)
      let landCase = try LandCaseLoader.load(folder: folder.path)
      #expect(landCase.parcels.map(\.id) == ["LE-F3", "LE-F4", "LE-F5", "LE-F6"])
      #expect(landCase.parcels.map(\.areaMu) == [20, 10, 5, 10])
      #expect(landCase.parcels.allSatisfy { $0.source == .stock && $0.landPriceWanPerMu == 12 && $0.zoning == "M1" })
      let metal = try #require(landCase.standards.first { $0.park == "GD-YL" && $0.industry == "metal" })
      #expect(abs((metal.minTaxPerMu ?? 0) - 4) < 1e-9)       // (50 + 0 + 50) / 25 mu
      #expect(abs((metal.minRevenuePerMu ?? -1) - 0) < 1e-9 || metal.minRevenuePerMu == nil)
    }
  }

  /// The Kunming firms' low-efficiency land, with their thresholds, gives
  /// parcels that Kunming projects are eligible for.
  @Test func kunmingLowEfficiencyLandIsAssignable() throws {
    let firms = try FirmLoader.loadFirms(path: Self.kunming.appendingPathComponent("firms.csv").path)
    let scenario = try FirmLoader.loadScenario(path: Self.kunming.appendingPathComponent("evaluate.yaml").path)
    let low = LowEfficiencyLand.find(try FirmScorer.score(firms, scenario: scenario), rule: scenario.lowEfficiency)
    #expect(!low.isEmpty)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evaluate-loop-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Self.kunming, to: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    try BenefitTables.parcels(low, landPriceWanPerMu: 30)
      .write(to: folder.appendingPathComponent("parcels.csv"), atomically: true, encoding: .utf8)
    try BenefitTables.standards(ProjectThresholds.build(firms))
      .write(to: folder.appendingPathComponent("standards.csv"), atomically: true, encoding: .utf8)
    let landCase = try LandCaseLoader.load(folder: folder.path)
    #expect(landCase.parcels.count == low.count)
    #expect(abs(landCase.parcels.reduce(0) { $0 + $1.areaMu } - low.reduce(0) { $0 + $1.landMu }) < 1e-6)
    let pairs = EligibilityChecker(landCase).eligiblePairs()
    #expect(Set(pairs.map(\.parcel)).count > 0)
  }
}
