import Foundation
import Testing
@testable import BenefitEvaluation

/// The 2,000-unit table of `Fixtures/dea_2000_units.csv` (generated firms,
/// `Examples/generate_benefit_case.py --firms 2000 --seed 7`) with every
/// unit's CCR and BCC efficiency and super-efficiency solved independently
/// by HiGHS on the full LPs (`Benchmarks/dea_reference.py`).
struct DEAReferenceFixture {
  static let inputs = ["land_mu", "energy_tce", "investment_wan", "employees"]
  static let outputs = ["revenue_wan", "tax_wan", "value_added_wan"]

  struct Row {
    var unit: String
    var x: [Double], y: [Double]
    /// Per model: efficiency and super-efficiency (nil: infeasible).
    var efficiency: [DEAProblem.ReturnsToScale: Double]
    var superEfficiency: [DEAProblem.ReturnsToScale: Double?]
  }

  var rows: [Row]

  static func load() throws -> DEAReferenceFixture {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/dea_2000_units.csv")
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let header = try #require(lines.first)
    func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
    let unit = try column("unit")
    let xi = try inputs.map(column), yi = try outputs.map(column)
    var rows: [Row] = []
    for cells in lines.dropFirst() {
      var row = Row(unit: cells[unit], x: try xi.map { try #require(Double(cells[$0])) },
                    y: try yi.map { try #require(Double(cells[$0])) }, efficiency: [:], superEfficiency: [:])
      for model in DEAProblem.ReturnsToScale.allCases {
        let efficiency: Double = try #require(Double(cells[try column("\(model.rawValue)_efficiency")]))
        row.efficiency[model] = efficiency
        row.superEfficiency[model] = Double(cells[try column("\(model.rawValue)_super")])
      }
      rows.append(row)
    }
    return DEAReferenceFixture(rows: rows)
  }

  func problem(_ model: DEAProblem.ReturnsToScale) -> DEAProblem {
    DEAProblem(units: rows.map(\.unit), inputNames: Self.inputs, outputNames: Self.outputs,
               inputs: rows.map(\.x), outputs: rows.map(\.y), returnsToScale: model, orientation: .input)
  }
}

/// Every unit of a 2,000-unit table against an independent solver, to 1e-6.
struct DEAReferenceTests {
  @Test(arguments: DEAProblem.ReturnsToScale.allCases)
  func agreesWithHiGHSOnEveryUnit(_ model: DEAProblem.ReturnsToScale) throws {
    let fixture = try DEAReferenceFixture.load()
    #expect(fixture.rows.count == 2000)
    let results = try DEASolver(problem: fixture.problem(model)).solve()
    #expect(results.count == fixture.rows.count)
    var worst = 0.0
    for (r, reference) in zip(results, fixture.rows) {
      let e = try #require(reference.efficiency[model])
      worst = max(worst, abs(r.efficiency - e))
      #expect(abs(r.efficiency - e) <= 1e-6, "\(r.unit): \(r.efficiency) vs HiGHS \(e)")
      switch (r.superEfficiency, reference.superEfficiency[model] ?? nil) {
      case (let ours?, let theirs?):
        #expect(abs(ours - theirs) <= 1e-6 * max(1, theirs), "\(r.unit) super: \(ours) vs HiGHS \(theirs)")
      case (nil, nil): break
      case (let ours, let theirs):
        Issue.record("\(r.unit) super-efficiency: ours \(String(describing: ours)), HiGHS \(String(describing: theirs))")
      }
      // Super-efficiency ≥ efficiency, and equal for units off the frontier.
      if let s = r.superEfficiency {
        #expect(s >= r.efficiency, "\(r.unit)")
        if r.efficiency < 1 - 1e-6 { #expect(s == r.efficiency, "\(r.unit)") }
      }
    }
    #expect(worst <= 1e-6)
  }
}
