import Testing
import ParkOptData
@testable import BenefitEvaluation

/// A scoring example worked by hand (see the comments for the arithmetic).
struct HandWorkedScoringTests {
  /// Two indicators: tax/mu (weight 60, benchmark 10 given) and VA/mu (weight
  /// 40, benchmark = group average of 100, 50, 30, 30, 40 = 50); cap 1.5 × weight.
  static let scenarioText = """
    groups:
      large:
        weights: {tax_per_mu: 60, value_added_per_mu: 40}
        benchmarks: {tax_per_mu: 10}
        cap_multiple: 1.5
    surcharge_yuan_per_kwh: {D: 0.3}
    """

  static let csv = """
    id,park,industry,land_mu,tax_wan,value_added_wan,electricity_wan_kwh,not_graded
    F1,AN,metal,10,300,1000,,
    F2,AN,metal,10,150,500,,
    F3,AN,chem,20,100,,,
    F4,GD-YL,metal,10,50,300,,
    F5,GD-YL,metal,5,0,200,100,
    F6,GD-YL,metal,10,50,300,,
    F7,GD-YL,utility,10,,,,yes
    """

  static func firms() throws -> [Firm] {
    try FirmLoader.firms(from: CSVTable(text: csv, file: "firms.csv"))
  }

  static func scores(_ extra: String = "") throws -> [String: FirmScore] {
    let scenario = try FirmLoader.scenario(text: scenarioText + extra, file: "scenario.yaml")
    let results = try FirmScorer.score(try firms(), scenario: scenario)
    return Dictionary(uniqueKeysWithValues: results.map { ($0.firm.id, $0) })
  }

  @Test func pointsCapsAndMissingData() throws {
    let s = try Self.scores()
    // F1: tax 30/mu → 60·3 = 180, capped at 90; VA 100/mu → 40·2 = 80, capped at 60.
    #expect(abs((s["F1"]?.points[.taxPerMu] ?? 0) - 90) < 1e-9)
    #expect(abs((s["F1"]?.points[.valueAddedPerMu] ?? 0) - 60) < 1e-9)
    #expect(abs((s["F1"]?.score ?? 0) - 150) < 1e-9)
    // F2: 15/mu → 90; 50/mu → 40.
    #expect(abs((s["F2"]?.score ?? 0) - 130) < 1e-9)
    // F3 has no VA: group's average VA points (60+40+24+32+24)/5 = 36; tax 5/mu → 30.
    #expect(abs((s["F3"]?.points[.valueAddedPerMu] ?? 0) - 36) < 1e-9)
    #expect(s["F3"]?.imputed == [.valueAddedPerMu])
    #expect(abs((s["F3"]?.score ?? 0) - 66) < 1e-9)
    #expect(abs((s["F4"]?.score ?? 0) - 54) < 1e-9)
    #expect(abs((s["F5"]?.score ?? 0) - 32) < 1e-9)
    // F7 (not graded, no data): tax (90+90+30+30+0+30)/6 = 45, VA 36.
    #expect(abs((s["F7"]?.score ?? 0) - 81) < 1e-9)
  }

  /// README: points are (weight × value) ÷ benchmark in that order, and
  /// classes and 双十 use the doubles as computed: a firm alone in its
  /// group with tax 0.7 on 10 mu scores 29.999999999999996 (written 30) and
  /// is B under cutoffs [30, 20, 10]; tax 0.7 on 0.07 mu is 9.999999999999998
  /// per mu, below 10, so double_ten.
  @Test func readmeFloatingPointEdges() throws {
    let scenario = try FirmLoader.scenario(
      text: "groups: {large: {weights: {tax_per_mu: 30}}}\nclasses: {method: cutoffs, cutoffs: [30, 20, 10]}\n"
        + "low_efficiency: {min_land_mu: 0}\n", file: "s.yaml")
    for (land, tax) in [(10.0, 0.7), (0.07, 0.7)] {
      let firms = try FirmLoader.firms(from: CSVTable(text: "id,park,industry,land_mu,tax_wan\nW1,P,x,\(land),\(tax)\n", file: "f.csv"))
      let s = try FirmScorer.score(firms, scenario: scenario)[0]
      let v = tax / land
      #expect(s.score == (30 * v) / v)
      if land == 10 {
        #expect(s.score == 29.999999999999996 && s.grade == "B" && BenefitTables.number(s.score) == "30")
      } else {
        #expect(v == 9.999999999999998)
        #expect(LowEfficiencyLand.find([s], rule: scenario.lowEfficiency).first?.reasons.contains("double_ten") == true)
        #expect(BenefitTables.number(v) == "10")
      }
    }
  }

  @Test func missingAsZero() throws {
    let s = try Self.scores("\nmissing: zero\n")
    #expect(abs((s["F3"]?.score ?? 0) - 30) < 1e-9)
  }

  @Test func defaultPercentileClasses() throws {
    let s = try Self.scores()
    // Shares (firms strictly higher ÷ 6): 0, 1/6, 2/6, 3/6, 3/6, 5/6.
    #expect(["F1", "F2", "F3", "F4", "F5", "F6"].map { s[$0]?.grade ?? "?" } == ["A", "A", "B", "B", "C", "B"])
    #expect(["F1", "F2", "F3", "F4", "F5", "F6"].map { s[$0]?.rank ?? 0 } == [1, 2, 3, 4, 6, 4])
    #expect(s["F7"]?.grade == "B" && s["F7"]?.graded == false && s["F7"]?.rank == nil)
  }

  @Test func tiesShareTheBetterClass() throws {
    // F4 and F6 tie at share 3/6 = 0.5 < 0.6 → both B; without tie handling F6 (4/6) would be C.
    let s = try Self.scores("\nclasses: {percentiles: [0.25, 0.6, 0.8]}\n")
    #expect(["F3", "F4", "F6", "F5"].map { s[$0]?.grade ?? "?" } == ["B", "B", "B", "D"])
  }

  @Test func shareCapsPushTiesDown() throws {
    // Caps 25 % / 60 % / 80 % of 6: A ≤ 1.5 firms, A+B ≤ 3.6, A+B+C ≤ 4.8. F4 and F6 tie at
    // places 4–5: 5 firms score ≥ them > 4.8 → both D (the cap holds); F5 (6th) D.
    let s = try Self.scores("\nclasses: {method: share_caps, percentiles: [0.25, 0.6, 0.8]}\n")
    #expect(["F1", "F2", "F3", "F4", "F6", "F5"].map { s[$0]?.grade ?? "?" } == ["A", "B", "B", "D", "D", "D"])
  }

  @Test func cutoffClassesAndNotGradedUnclassed() throws {
    let s = try Self.scores("\nclasses: {method: cutoffs, cutoffs: [140, 100, 50]}\nnot_graded_class: null\n")
    #expect(["F1", "F2", "F3", "F4", "F5"].map { s[$0]?.grade ?? "?" } == ["A", "B", "C", "C", "D"])
    #expect(s["F7"]?.grade == nil)
  }

  @Test func weakestIndicator() throws {
    let s = try Self.scores()
    #expect(s["F2"]?.weakestIndicator == .valueAddedPerMu)  // 90/60 = 1.5 vs 40/40 = 1
    #expect(s["F4"]?.weakestIndicator == .taxPerMu)         // 30/60 = 0.5 vs 24/40 = 0.6
  }

  @Test func lowEfficiencyAndSurcharge() throws {
    let scenario = try FirmLoader.scenario(text: Self.scenarioText + "\nclasses: {percentiles: [0.25, 0.6, 0.8]}\n", file: "s")
    let results = try FirmScorer.score(try Self.firms(), scenario: scenario)
    let low = LowEfficiencyLand.find(results, rule: scenario.lowEfficiency)
    // F3 (20 mu, 5/mu), F4 and F6 (10 mu, 5/mu): 双十; F5: class D (5 mu, not 双十).
    #expect(low.map(\.firmID) == ["F3", "F4", "F5", "F6"])
    #expect(low.map { $0.reasons.joined(separator: ";") } == ["double_ten", "double_ten", "class_D", "double_ten"])
    let f5 = try #require(results.first { $0.firm.id == "F5" })
    #expect(LowEfficiencyLand.surchargeWan(f5, rates: scenario.surchargeYuanPerKWh) == 30)  // 100 万kWh × 0.3
  }

  @Test func thresholdsAreLandWeightedAverages() throws {
    let rows = ProjectThresholds.build(try Self.firms())
    #expect(rows.map { "\($0.parkID)/\($0.industry)" } == ["AN/chem", "AN/metal", "GD-YL/metal", "GD-YL/utility"])
    // GD-YL metal: tax (50+0+50)/25 mu = 4.
    #expect(abs((rows[2].taxWanPerMu ?? 0) - 4) < 1e-12)
    #expect(rows[3].taxWanPerMu == nil)
  }

  @Test func badCellsNameFileRowAndColumn() throws {
    let text = "id,park,industry,用地面积(亩),tax_wan\nX1,AN,metal,abc,1\nX2,AN,metal,0,1\n"
    do {
      _ = try FirmLoader.firms(from: CSVTable(text: text, file: "firms.csv"))
      Issue.record("expected errors")
    } catch {
      #expect(error.issues.map(\.description) == [
        "firms.csv, row 2, column '用地面积(亩)': 'abc' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)",
        "firms.csv, row 3, column '用地面积(亩)': 0 is outside the allowed range 0.01…1e6",
      ])
    }
  }

  @Test func unknownIndicatorInScenario() {
    #expect(throws: DataErrors.self) {
      try FirmLoader.scenario(text: "groups: {large: {weights: {tax_per_acre: 1}}}", file: "s.yaml")
    }
  }
}
