import Testing
import ParkOptData
@testable import BenefitEvaluation

/// Which firms become DEA units, why the others are left out, and which
/// figures may be inputs or outputs.
struct DEAUnitsTests {
  static let csv = """
    id,park,industry,land_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,employees
    Z1,P,x,10,0,0,0,0,0,0
    Z2,P,x,10,100,50,5,20,3,4
    Z3,Q,x,12,120,40,6,25,2,5
    Z4,P,x,12,0,40,6,25,2,5
    Z5,R,x,12,10,0,0,0,2,5
    Z6,P,x,12,10,40,-6,25,2,5
    Z7,P,x,12,10,40,6,25,,5
    """

  static func built(byPark: Bool, inputs: [String] = ["investment_wan", "energy_tce"]) throws -> (DEAProblem, [DEASkip]) {
    let firms = try FirmLoader.firms(from: CSVTable(text: csv, file: "firms.csv"))
    let built = try DEAUnits.problem(
      firms, byPark: byPark, inputs: inputs, outputs: ["revenue_wan", "tax_wan", "value_added_wan"],
      returnsToScale: .ccr, orientation: .input)
    return (built.problem, built.skipped)
  }

  /// Missing first, then negative, then all inputs 0, then all outputs 0.
  @Test func everyFirmLeftOutHasItsReason() throws {
    let (problem, skipped) = try Self.built(byPark: false)
    #expect(problem.units == ["Z2", "Z3", "Z4"])
    #expect(skipped == [
      DEASkip(id: "Z1", reason: .allInputsZero), DEASkip(id: "Z5", reason: .allOutputsZero),
      DEASkip(id: "Z6", reason: .negative), DEASkip(id: "Z7", reason: .missing),
    ])
    let summary = EvaluationSummary(
      scores: [], scenario: EvaluationScenario(), low: [], thresholds: [],
      dea: try DEASolver(problem: problem).solve(), deaSkipped: skipped)
    #expect(summary.deaSkippedFirms == ["Z1": .allInputsZero, "Z5": .allOutputsZero, "Z6": .negative, "Z7": .missing])
    #expect(summary.text.contains(
      "DEA: 3 units, 2 on the frontier; 4 firms left out (1 missing a figure, 1 with a negative figure, 1 with all inputs zero, 1 with all outputs zero)"),
      "\(summary.text)")
    #expect(summary.text(language: .zh).contains("；4 家企业未参评（数据缺失 1，数据为负 1，投入全为零 1，产出全为零 1）"))
  }

  /// Per park, firms are summed; a park whose sums are all 0 is left out with its reason.
  @Test func parksWithAllOutputsZeroAreLeftOut() throws {
    let (problem, skipped) = try Self.built(byPark: true)
    #expect(problem.units == ["P", "Q"])
    #expect(problem.inputs[0] == [100, 5])  // Z1 + Z2 + Z4 (Z6, Z7 left out)
    #expect(skipped.filter(\.isPark) == [DEASkip(id: "R", reason: .allOutputsZero, isPark: true)])
    #expect(skipped.filter { !$0.isPark }.map(\.id) == ["Z6", "Z7"])
  }

  /// Per park, a park none of whose firms is kept is left out with
  /// `all_firms_left_out` (before, it vanished: neither a unit nor listed).
  @Test func aParkWhoseFirmsAreAllLeftOutIsListed() throws {
    let firms = try FirmLoader.firms(from: CSVTable(text: """
      id,park,industry,land_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,employees
      A,P1,x,10,100,100,10,30,5,3
      B,P2,x,10,,100,10,30,5,3
      C,P3,x,10,100,100,10,30,5,3
      D,P4,x,10,100,100,-1,30,5,3
      """, file: "firms.csv"))
    let built = try DEAUnits.problem(
      firms, byPark: true, inputs: ["land_mu", "investment_wan"], outputs: ["tax_wan"],
      returnsToScale: .ccr, orientation: .input)
    #expect(built.problem.units == ["P1", "P3"])
    #expect(built.skipped == [
      DEASkip(id: "B", reason: .missing), DEASkip(id: "D", reason: .negative),
      DEASkip(id: "P2", reason: .allFirmsLeftOut, isPark: true), DEASkip(id: "P4", reason: .allFirmsLeftOut, isPark: true),
    ])
    let summary = EvaluationSummary(
      scores: [], scenario: EvaluationScenario(), low: [], thresholds: [],
      dea: try DEASolver(problem: built.problem).solve(), deaSkipped: built.skipped)
    #expect(summary.deaSkippedParks == ["P2": .allFirmsLeftOut, "P4": .allFirmsLeftOut])
    #expect(summary.text.contains("; 2 parks left out (2 with every firm left out)"), "\(summary.text)")
  }

  /// Every firm left out is an error that says so (before: "needs at least
  /// one unit, one input and one output").
  @Test func noUnitLeftIsAnErrorWithTheReasons() throws {
    let firms = try FirmLoader.firms(from: CSVTable(text: """
      id,park,industry,land_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,employees
      B,P2,x,10,,100,10,30,5,3
      D,P4,x,10,100,100,-1,30,5,3
      """, file: "firms.csv"))
    let build = { (byPark: Bool) throws(EvaluationError) in
      _ = try DEAUnits.problem(firms, byPark: byPark, inputs: ["investment_wan"], outputs: ["tax_wan"],
                               returnsToScale: .ccr, orientation: .input)
    }
    let firmsLeftOut = [DEASkip(id: "B", reason: .missing), DEASkip(id: "D", reason: .negative)]
    #expect(throws: EvaluationError.noDEAUnits(firmsLeftOut)) { try build(false) }
    let parksLeftOut = firmsLeftOut + ["P2", "P4"].map { DEASkip(id: $0, reason: .allFirmsLeftOut, isPark: true) }
    #expect(throws: EvaluationError.noDEAUnits(parksLeftOut)) { try build(true) }
    #expect(EvaluationError.noDEAUnits(parksLeftOut).description
      == "DEA: no unit is left: 2 firms left out (1 missing a figure, 1 with a negative figure); "
      + "2 parks left out (2 with every firm left out)")
  }

  /// Inputs come from the input figures only, outputs from the output figures.
  @Test func inputsAndOutputsFromTheirOwnLists() throws {
    #expect(throws: EvaluationError.badDEAData(
      "--dea-inputs: 'revenue_wan' is not a DEA input ('revenue_wan' is an output); "
        + "inputs: land_mu, energy_tce, investment_wan, employees, electricity_wan_kwh")) {
      try Self.built(byPark: false, inputs: ["land_mu", "revenue_wan"])
    }
    // A name given twice lists the allowed names too (README: "lists the allowed names").
    #expect(throws: EvaluationError.badDEAData(
      "--dea-inputs: 'land_mu' is given twice; inputs: land_mu, energy_tce, investment_wan, employees, electricity_wan_kwh")) {
      try Self.built(byPark: false, inputs: ["land_mu", "land_mu"])
    }
    let firms = try FirmLoader.firms(from: CSVTable(text: Self.csv, file: "firms.csv"))
    #expect(throws: EvaluationError.badDEAData("--dea-outputs: 'land' is not a DEA output; outputs: revenue_wan, tax_wan, value_added_wan")) {
      try DEAUnits.problem(firms, byPark: false, inputs: ["land_mu"], outputs: ["land"], returnsToScale: .ccr, orientation: .input)
    }
  }
}
