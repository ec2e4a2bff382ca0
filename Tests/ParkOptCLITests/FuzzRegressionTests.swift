import Foundation
import Testing

/// The failures the fuzz generator found, each kept as a fixed mutation of
/// the same cut-down examples and checked by the same rules (`FuzzCheck`).
/// `found` says what went wrong before the issue-14 fixes.
@Suite struct FuzzRegressionTests {
  /// One change to one file of a command's fuzz case.
  struct Regression: Sendable, CustomTestStringConvertible {
    enum Edit: Sendable {
      /// Sets a cell: `row` as a spreadsheet numbers it (header = 1).
      case cell(row: Int, column: String, value: String)
      /// Drops a column.
      case dropColumn(String)
      /// Replaces the first `old` in the file's text (a scenario key or value).
      case text(old: String, new: String, locus: FuzzMutation.Locus)
    }

    var command: String
    var file: String
    var edit: Edit
    /// What goes wrong before the fixes.
    var found: String
    /// Seconds before the run counts as a hang (default: the fuzz setting).
    var timeout: Double? = nil
    var testDescription: String { "\(command) \(file): \(found)" }
  }

  static let regressions: [Regression] = [
    Regression(
      command: "assign", file: "projects.csv", edit: .cell(row: 12, column: "value_added_wan", value: "0"),
      found: "value added 0 → infinite energy per value added → trap in RuleCheck.format (Int64(inf)) while unplaced.csv is written, after assignments.csv and parks.csv were replaced"),
    Regression(
      command: "assign", file: "standards.csv", edit: .cell(row: 22, column: "min_revenue_per_mu", value: "1e19"),
      found: "threshold 1e19 → trap in RuleCheck.format (Int64 overflow), result folder half replaced"),
    Regression(
      command: "assign", file: "parcels.csv", edit: .cell(row: 17, column: "land_price_wan_per_mu", value: "1e308"),
      found: "'invalid model: objective coefficient … is -nan', no file, row or column"),
    Regression(
      command: "assign", file: "parcels.csv", edit: .cell(row: 26, column: "id", value: "KM-ETDZ-02\u{7}8"),
      found: "'invalid model: name contains a control character', no file, row or column"),
    Regression(
      command: "assign", file: "scenario.yaml",
      edit: .text(old: "revenue: 0.0", new: "revenue: -1e308", locus: .scenarioValue(keys: ["revenue"], line: 4)),
      found: "'invalid model: objective coefficient … is -inf', the key not named"),
    Regression(
      command: "assign", file: "scenario.yaml",
      edit: .text(old: "time_limit_s:", new: "time_limt_s:", locus: .unknownKey("time_limt_s")),
      found: "a misspelt key is ignored (exit 0)"),
    Regression(
      command: "evaluate", file: "evaluate.yaml",
      edit: .text(old: "evaluation_year:", new: "evaluation_yaer:", locus: .unknownKey("evaluation_yaer")),
      found: "a misspelt key is ignored (exit 0)"),
    Regression(
      command: "evaluate", file: "firms.csv", edit: .cell(row: 72, column: "value_added_wan", value: "1e308"),
      found: "exit 3 'DEA for unit AN: GLPK fatal error (recovered)' instead of a range error"),
    Regression(
      command: "evaluate", file: "firms.csv", edit: .dropColumn("revenue_wan"),
      found: "'DEA: needs at least one unit, one input and one output', naming neither file nor column"),
    Regression(
      command: "size", file: "load.csv", edit: .cell(row: 39, column: "正极材料窑炉(kW)", value: "1e308"),
      found: "exit 3 'GLPK fatal error (recovered): Assertion failed: x[j] > 0.0 && z[j] > 0.0' (glpipm.c) instead of a range error"),
    Regression(
      command: "assign", file: "projects.csv", edit: .cell(row: 12, column: "energy_tce", value: "1e-320"),
      found: "exit 3 'GLPK fatal error (recovered): … invalid scale factor' instead of a range error"),
    Regression(
      command: "evaluate", file: "firms.csv", edit: .cell(row: 48, column: "employees", value: "9.3e18"),
      found: "DEA per park never ends (GLPK's simplex on a park summing 9.3e18 employees; evaluate has no time limit)", timeout: 10),
    Regression(
      command: "size", file: "resource.csv", edit: .cell(row: 2, column: "hour", value: "-1e308"),
      found: "trap in HourColumns.check (Int of -1e308) reading the first hour"),
    Regression(
      command: "assign", file: "scenario.yaml",
      edit: .text(old: "stock_link_ratio: 0.0", new: "stock_link_ratio: 1e308", locus: .scenarioValue(keys: ["stock_link_ratio"], line: 8)),
      found: "'invalid model: coefficient … is -inf', the key not named (seed 20261128)"),
    Regression(
      command: "assign", file: "standards.csv", edit: .cell(row: 24, column: "industry", value: "*"),
      found: "'row 24, column 'park': 'YL, *' repeats row 21', the changed column 'industry' not named (seed 20261128)"),
    Regression(
      command: "evaluate", file: "evaluate.yaml",
      edit: .text(
        old: "  small:\n    weights: {tax_per_mu: 50, tax_per_kwh: 50}\n    benchmarks: {tax_per_mu: 11.5932, tax_per_kwh: 0.2352}\n    cap_multiple: 1.5\n",
        new: "", locus: .file),
      found: "'firms.csv: firm …: group 'small' has no weights in the scenario', the scenario file not named"),
    Regression(
      command: "size", file: "resource.csv", edit: .cell(row: 26, column: "pv", value: "inf"),
      found: "rejected with file, row and column (passes)"),
  ]

  static func fuzzCase(_ command: String) throws -> FuzzCase {
    switch command {
    case "assign": return try FuzzCase.assign()
    case "evaluate": return try FuzzCase.evaluate()
    case "size": return try FuzzCase.size()
    default: return try FuzzCase.solve()
    }
  }

  /// The mutation `regression` makes to `original`.
  static func mutation(_ regression: Regression, _ original: Data) throws -> FuzzMutation {
    var table = CSVMutator.parse(String(decoding: original, as: UTF8.self))
    let header = table.first ?? []
    switch regression.edit {
    case .cell(let row, let column, let value):
      let j = try #require(header.firstIndex(of: column), "\(regression.file) has a column '\(column)'")
      try #require(row - 1 < table.count, "\(regression.file) has a row \(row)")
      table[row - 1][j] = value
      return FuzzMutation(
        summary: "\(regression.file) row \(row) '\(column)' = \(CSVMutator.shown(value))", file: regression.file,
        bytes: Data(CSVMutator.text(table).utf8), locus: .cell(row: row, column: column), kind: "regression")
    case .dropColumn(let column):
      let j = try #require(header.firstIndex(of: column), "\(regression.file) has a column '\(column)'")
      table = table.map { row in row.enumerated().filter { $0.offset != j }.map(\.element) }
      return FuzzMutation(
        summary: "\(regression.file) column '\(column)' dropped", file: regression.file,
        bytes: Data(CSVMutator.text(table).utf8), locus: .column(column), kind: "regression")
    case .text(let old, let new, let locus):
      let text = String(decoding: original, as: UTF8.self)
      let range = try #require(text.range(of: old), "\(regression.file) contains '\(old)'")
      return FuzzMutation(
        summary: "\(regression.file) '\(old)' → '\(new)'", file: regression.file,
        bytes: Data(text.replacingCharacters(in: range, with: new).utf8), locus: locus, kind: "regression")
    }
  }

  @Test(arguments: regressions)
  func foundFailureIsFixed(_ regression: Regression) throws {
    let fuzzCase = try Self.fuzzCase(regression.command)
    let mutation = try Self.mutation(regression, try #require(fuzzCase.files[regression.file]))
    let session = try FuzzSession(
      fuzzCase, executable: CommandRunner.parkopt, timeout: regression.timeout ?? FuzzSettings.current.timeout)
    defer { session.removeFolder() }
    try session.prepare()
    try #require(session.baseExit == 0, "the unchanged \(regression.command) case must succeed: \(session.baseStderr)")
    let outcome = try #require(session.run([mutation], jobs: 1).first)
    let message = Comment(rawValue: "\(mutation.summary) → \(outcome.run.ending), broke \(outcome.broken.map(\.rawValue)): \(FuzzTests.firstLines(outcome.run.stderr))")
    #expect(outcome.broken.isEmpty, message)
  }
}
