import Foundation
import Testing
import ParkOptData
import StandardLand
@testable import BenefitEvaluation
import ParkOptTestSupport

/// `standards.csv` holds only thresholds `parkopt assign` accepts: an average
/// outside its range is an empty cell, listed in the summary.
struct ProjectThresholdsTests {
  static let csv = """
    id,park,industry,land_mu,investment_wan,revenue_wan,tax_wan
    NEG1,AN,chemicals,20,4000,1000,-50
    BIG1,GD-YL,metal,0.5,1000000,100,1
    """

  @Test func averagesAssignWouldRejectAreLeftEmpty() throws {
    let firms = try FirmLoader.firms(from: CSVTable(text: Self.csv, file: "firms.csv"))
    let rows = ProjectThresholds.build(firms)
    // AN: tax −50 / 20 mu = −2.5 < 0; GD-YL: investment 1e6 / 0.5 mu = 2e6 > 1e6.
    #expect(BenefitTables.standards(rows) == """
      park,industry,min_investment_intensity,min_tax_per_mu,min_revenue_per_mu
      AN,chemicals,200,,50
      GD-YL,metal,,2,200

      """)
    #expect(ProjectThresholds.emptied(rows) == [
      EmptiedThreshold(park: "AN", industry: "chemicals", column: .minTaxPerMu, average: -2.5),
      EmptiedThreshold(park: "GD-YL", industry: "metal", column: .minInvestmentIntensity, average: 2e6),
    ])
    let summary = EvaluationSummary(
      scores: try FirmScorer.score(firms, scenario: EvaluationScenario()), scenario: EvaluationScenario(), low: [],
      thresholds: rows, dea: nil, deaSkipped: nil)
    #expect(summary.standardsLeftEmpty?.count == 2)
    #expect(summary.standardsNoteText()?.hasPrefix("note: standards.csv leaves 2 averages empty, outside the range 0…1e6") == true)
  }

  /// What evaluate writes, `parkopt assign`'s standards reader takes (here
  /// layered over the Kunming case, whose parks are AN and GD-YL).
  @Test func assignReadsTheWrittenStandards() throws {
    let firms = try FirmLoader.firms(from: CSVTable(text: Self.csv, file: "firms.csv"))
    let folder = try Scratch.folder("thresholds")
    defer { try? FileManager.default.removeItem(at: folder) }
    let kunming = RepositoryPaths.root.appendingPathComponent("Examples/kunming").path
    for language in [BenefitTables.Language.en, .zh] {
      let path = folder.appendingPathComponent("standards-\(language).csv").path
      try BenefitTables.standards(ProjectThresholds.build(firms), language: language)
        .write(toFile: path, atomically: true, encoding: .utf8)
      let landCase = try LandCaseLoader.load(folder: kunming, standardsPath: path)
      #expect(landCase.standards.contains { $0.park == "AN" && $0.industry == "chemicals" })
    }
  }
}
