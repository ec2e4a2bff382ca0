import Foundation
import Testing
import ParkOptData
@testable import BenefitEvaluation

/// The printed summary in both languages and the DEA few-units warning.
struct EvaluationSummaryTests {
  static let firms: [Firm] = (0..<6).map { (k: Int) -> Firm in
    let d = Double(k), wobble = Double(k * k % 5)
    return Firm(
      id: "F\(k)", parkID: "P\(k % 3)", industry: "i", landMu: 10 + d, investmentWan: 1000 + 37 * d,
      revenueWan: 900 + 91 * wobble, taxWan: 50 + 7 * d, valueAddedWan: 300 + 13 * d,
      energyTce: 80 + 3 * d, electricityWanKWh: 200, employees: 20 + d)
  }

  static func summary(dea: Bool) throws -> EvaluationSummary {
    let scenario = EvaluationScenario()
    let scores = try FirmScorer.score(firms, scenario: scenario)
    var results: [DEAResult]?
    if dea {
      let built = try DEAUnits.problem(
        firms, byPark: true, inputs: ["land_mu", "energy_tce", "investment_wan", "employees"],
        outputs: ["revenue_wan", "tax_wan", "value_added_wan"], returnsToScale: .ccr, orientation: .input)
      results = try DEASolver(problem: built.problem).solve()
    }
    return EvaluationSummary(scores: scores, scenario: scenario, low: [], thresholds: [], dea: results, deaSkipped: [])
  }

  @Test func chineseSummaryHasNoEnglishLines() throws {
    let s = try Self.summary(dea: true)
    let zh = s.text(language: .zh)
    #expect(zh.hasPrefix("参评企业：6 家"))
    #expect(zh.contains("低效用地：") && zh.contains("差别化电费：") && zh.contains("DEA：3 个评价单元"))
    #expect(!zh.contains("Firms") && !zh.contains("units"))
    #expect(s.text.hasPrefix("Firms scored: 6 (graded 6)"))
    #expect(s.text == s.text(language: .en))
  }

  /// Rule of thumb n ≥ max(m × s, 3 × (m + s)): 4 inputs and 3 outputs need 21 units.
  @Test func fewUnitsAreWarnedAbout() throws {
    #expect(DEAProblem.recommendedUnits(inputs: 4, outputs: 3) == 21)
    #expect(DEAProblem.recommendedUnits(inputs: 5, outputs: 5) == 30)
    #expect(DEAProblem.fewUnitsWarning(units: 21, inputs: 4, outputs: 3) == nil)
    #expect(DEAProblem.fewUnitsWarning(units: 20, inputs: 4, outputs: 3)?.contains("at least 21") == true)

    let s = try Self.summary(dea: true)
    #expect(s.deaUnits == 3 && s.deaRecommendedUnits == 21)
    #expect(s.deaWarning?.hasPrefix("DEA has 3 units for 4 inputs and 3 outputs") == true)
    #expect(try s.json().contains("\"dea_warning\" : \"DEA has 3 units"))
    #expect(s.deaWarningText(language: .en)?.hasPrefix("warning: DEA has 3 units") == true)
    #expect(s.deaWarningText(language: .zh)?.hasPrefix("警告：DEA 只有 3 个评价单元") == true)

    let none = try Self.summary(dea: false)
    #expect(none.deaWarning == nil && none.deaWarningText() == nil)
    #expect(try !none.json().contains("dea_warning"))
  }

  /// With `not_graded_class: null` a not-graded firm has no class: it is in
  /// no row of classes.csv and no class of `class_counts`, but in `unclassed_firms`.
  @Test func firmsWithoutAClassAreCountedApart() throws {
    let scenario = try FirmLoader.scenario(text: "not_graded_class: null\nevaluation_year: 2025\n", file: "s.yaml")
    let firms = try FirmLoader.firms(from: CSVTable(text: """
      id,park,industry,land_mu,tax_wan,founded_year
      U1,P,x,50,100,2024
      U2,P,x,5,50,2000
      """, file: "firms.csv"))
    let scores = try FirmScorer.score(firms, scenario: scenario)
    #expect(BenefitTables.classSummary(scores) == "group,class,firms,land_mu\nlarge,A,1,5\n")
    let summary = EvaluationSummary(scores: scores, scenario: scenario, low: [], thresholds: [], dea: nil, deaSkipped: nil)
    #expect(summary.classCounts == ["A": 1])
    #expect(summary.unclassedFirms == 1)
    #expect(try summary.json().contains("\"unclassed_firms\" : 1"))
    #expect(summary.text.hasPrefix("Firms scored: 2 (graded 1); classes: A 1, no class 1\n"))
  }
}
