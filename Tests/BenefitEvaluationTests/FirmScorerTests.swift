import Testing
import ParkOptData
@testable import BenefitEvaluation

/// The scoring rules at their edges: a benchmark ≤ 0, group names, not-graded
/// firms' classes and low-efficiency land.
struct FirmScorerTests {
  static func scores(_ csv: String, _ scenario: String) throws -> (EvaluationScenario, [String: FirmScore]) {
    let s = try FirmLoader.scenario(text: scenario, file: "s.yaml")
    let firms = try FirmLoader.firms(from: CSVTable(text: csv, file: "firms.csv"))
    let results = try FirmScorer.score(firms, scenario: s)
    return (s, Dictionary(uniqueKeysWithValues: results.map { ($0.firm.id, $0) }))
  }

  /// Tax per mu −30, 10 and missing: the group's average −10 ≤ 0 leaves tax
  /// unscored in the group: 0 points for every firm, imputed for none, never
  /// the weakest, named in the summary and not among the benchmarks.
  @Test func benchmarkAtOrBelowZeroLeavesTheIndicatorUnscored() throws {
    let (scenario, s) = try Self.scores("""
      id,park,industry,land_mu,tax_wan,revenue_wan
      N1,P,x,10,-300,100
      N2,P,x,10,100,300
      N3,P,x,10,,200
      """, "groups: {large: {weights: {tax_per_mu: 50, revenue_per_mu: 50}}}")
    for id in ["N1", "N2", "N3"] {
      #expect(s[id]?.points[.taxPerMu] == 0)
      #expect(s[id]?.imputed == [])
      #expect(s[id]?.weakestIndicator == .revenuePerMu)
    }
    // Revenue per mu 10, 30, 20; benchmark 20 → 25, 75, 50 points.
    #expect(["N1", "N2", "N3"].map { s[$0]?.score } == [25, 75, 50])
    let summary = EvaluationSummary(
      scores: ["N1", "N2", "N3"].compactMap { s[$0] }, scenario: scenario, low: [], thresholds: [], dea: nil, deaSkipped: nil)
    #expect(summary.benchmarks == ["large": ["revenue_per_mu": 20]])
    #expect(summary.unscoredIndicators == ["large": ["tax_per_mu": -10]])
    #expect(try summary.json().contains("\"unscored_indicators\" : {\n    \"large\" : {\n      \"tax_per_mu\" : -10\n"))
  }

  /// Group names match after trimming, ignoring case, in the table and the scenario.
  @Test func groupNamesIgnoreCase() throws {
    let (_, s) = try Self.scores("""
      id,park,industry,group,land_mu,tax_wan
      G1,P,x,Medium,10,100
      G2,P,x,MEDIUM,10,50
      G3,P,x,规上,10,50
      """, "groups: {medium: {weights: {tax_per_mu: 1}}, Large: {weights: {tax_per_mu: 1}}}")
    #expect(["G1", "G2", "G3"].map { s[$0]?.firm.group } == ["medium", "medium", "large"])
    #expect(s["G1"]?.rank == 1 && s["G2"]?.rank == 2 && s["G3"]?.rank == 1)
  }

  /// `not_graded_class: D` labels a not-graded firm D, but class D makes only
  /// graded firms low-efficiency; 双十 applies to every firm.
  @Test func notGradedFirmsAreNeverLowEfficiencyByClass() throws {
    let (scenario, s) = try Self.scores("""
      id,park,industry,land_mu,tax_wan,not_graded
      U1,P,x,50,1000,yes
      U2,P,x,5,100,
      U3,P,x,5,50,
      U4,P,x,20,100,Y
      """, "not_graded_class: D\nclasses: {percentiles: [0.25, 0.4, 0.5]}\n")
    #expect(["U1", "U2", "U3", "U4"].map { s[$0]?.grade } == ["D", "A", "D", "D"])
    let low = LowEfficiencyLand.find(["U1", "U2", "U3", "U4"].compactMap { s[$0] }, rule: scenario.lowEfficiency)
    // U3: graded D; U4: not graded (Y), tax 5 万元/亩 on 20 mu → 双十 only.
    #expect(low.map(\.firmID) == ["U3", "U4"])
    #expect(low.map(\.reasons) == [["class_D"], ["double_ten"]])
  }
}
