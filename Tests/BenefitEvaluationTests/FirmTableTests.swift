import Foundation
import ParkOptData
import Testing
@testable import BenefitEvaluation
import ParkOptTestSupport

/// The firm table's number cells are checked where they are read: what
/// does not pass is an error naming file, row and column; what passes can be
/// scored and run through DEA.
@Suite struct FirmTableTests {
  static let header = "id,park,industry,land_mu,revenue_wan,tax_wan,value_added_wan,energy_tce,employees,founded_year"
  static let allNumbers = header + ",investment_wan,electricity_wan_kwh,emissions_t,rd_wan"

  /// The issues from a firm table with one firm whose `column` is `cell`.
  static func issues(_ column: String, _ cell: String, header: String = header) -> [String] {
    let names = header.split(separator: ",").map(String.init)
    let cells = ["F1", "AN", "metal", "10", "3000", "200", "800", "300", "50", "2010", "5000", "100", "3", "20"]
    let row = zip(names, cells).map { $0 == column ? cell : $1 }.joined(separator: ",")
    do {
      _ = try FirmLoader.firms(from: CSVTable(text: header + "\n" + row + "\n", file: "firms.csv"))
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  @Test(arguments: [
    ("land_mu", "1e300", "firms.csv, row 2, column 'land_mu': 1e300 is outside the allowed range 0.01…1e6"),
    ("land_mu", "1e-320", "firms.csv, row 2, column 'land_mu': 1e-320 is outside the allowed range 0.01…1e6"),
    ("revenue_wan", "1e308", "firms.csv, row 2, column 'revenue_wan': 1e308 is outside the allowed range 0…1e9"),
    ("tax_wan", "-2e9", "firms.csv, row 2, column 'tax_wan': -2000000000 is outside the allowed range -1e9…1e9"),
    ("value_added_wan", "1e-320", "firms.csv, row 2, column 'value_added_wan': 1e-320 is not zero but smaller than 1e-6, the smallest amount this column takes; write 0 or a larger value"),
    ("energy_tce", "0x1F", "firms.csv, row 2, column 'energy_tce': '0x1F' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)"),
    ("employees", "inf", "firms.csv, row 2, column 'employees': 'inf' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)"),
    ("employees", "1e8", "firms.csv, row 2, column 'employees': 1e8 is outside the allowed range 0…1e7"),
    ("founded_year", "2010.5", "firms.csv, row 2, column 'founded_year': 2010.5 is not a whole number"),
    ("founded_year", "1e300", "firms.csv, row 2, column 'founded_year': 1e300 is outside the allowed range 1800…2200"),
    ("revenue_wan", "\"79\u{0}163\"", "firms.csv, row 2, column 'revenue_wan': '79<U+0000>163' contains the control character <U+0000>; remove it"),
  ])
  func badCells(_ column: String, _ cell: String, _ message: String) {
    #expect(Self.issues(column, cell) == [message])
  }

  @Test func headerOnlyAndShortRows() {
    #expect(throws: DataErrors.self) { try FirmLoader.firms(from: CSVTable(text: Self.header + "\n", file: "firms.csv")) }
    do {
      _ = try FirmLoader.firms(from: CSVTable(text: Self.header + "\n", file: "firms.csv"))
    } catch {
      #expect(error.issues.map(\.description) == ["firms.csv: has no data rows; at least one is needed"])
    }
    do {
      _ = try FirmLoader.firms(from: CSVTable(text: Self.header + "\nF1,AN,metal,10\n", file: "firms.csv"))
      Issue.record("a short row was accepted")
    } catch {
      #expect(error.issues.map(\.description) == ["firms.csv, row 2: has 4 cells; the header has 10"])
    }
  }

  /// A short row hides no bad cell of the other rows, and a repeated id is
  /// reported although its first row has a bad cell (all in row order).
  @Test func aShortRowBadCellsAndARepeatedIDAreAllReported() {
    let text = Self.header + """

      F1,AN,metal,0,3000,200,800,300,50,2010
      F2,AN,metal,10,abc,200,800,300,50,2010
      F3,AN,metal,10,3000
      F1,AN,metal,10,3000,200,800,300,50,2010.5

      """
    #expect {
      _ = try FirmLoader.firms(from: CSVTable(text: text, file: "firms.csv"))
    } throws: { error in
      (error as? DataErrors)?.issues.map(\.description) == [
        "firms.csv, row 2, column 'land_mu': 0 is outside the allowed range 0.01…1e6",
        "firms.csv, row 3, column 'revenue_wan': 'abc' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)",
        "firms.csv, row 4: has 5 cells; the header has 10",
        "firms.csv, row 5, column 'founded_year': 2010.5 is not a whole number",
        "firms.csv, row 5, column 'id': 'F1' already used in row 2",
      ]
    }
  }

  /// The extremes the ranges allow are read and DEA solves them.
  @Test func edgesOfTheRangesAreReadAndSolved() throws {
    let text = Self.header + "\n"
      + "F1,AN,metal,1e6,1e9,-1e9,1e9,1e8,1e7,1800\n"
      + "F2,AN,metal,0.01,0.000001,1e9,0.000001,0.000001,1,2200\n"
      + "F3,AN,metal,10,3000,200,800,300,50,2010\n"
    let firms = try FirmLoader.firms(from: CSVTable(text: text, file: "firms.csv"))
    #expect(firms.map(\.landMu) == [1e6, 0.01, 10])
    #expect(firms.map(\.foundedYear) == [1800, 2200, 2010])
    let (problem, skipped) = try DEAUnits.problem(
      firms, byPark: false, inputs: ["land_mu", "energy_tce"], outputs: ["revenue_wan", "value_added_wan"],
      returnsToScale: .bcc, orientation: .input)
    #expect(skipped.isEmpty)
    let results = try DEASolver(problem: problem).solve()
    #expect(results.count == 3)
    #expect(results.allSatisfy { $0.efficiency.isFinite && $0.efficiency > 0 && $0.efficiency <= 1 + 1e-9 }, "\(results)")
  }

  /// A DEA figure no firm has (its column missing or renamed) is named, not
  /// reported as "no units".
  @Test func deaFigureNoFirmHasIsNamed() throws {
    let text = Self.header + "\nF1,AN,metal,10,3000,200,800,300,50,2010\n"
    let firms = try FirmLoader.firms(from: CSVTable(text: text, file: "firms.csv"))
    #expect(throws: EvaluationError.missingDEAColumns(["investment_wan", "electricity_wan_kwh"])) {
      try DEAUnits.problem(
        firms, byPark: true, inputs: ["investment_wan", "land_mu", "electricity_wan_kwh"], outputs: ["revenue_wan"],
        returnsToScale: .ccr, orientation: .input)
    }
  }

  /// The README's range column for the firm table says what the loader does.
  @Test func documentedRangesAreTheLoadersRanges() throws {
    let url = RepositoryPaths.root
    let readme = try String(contentsOf: url.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "### Input: the firm table (`firms.csv`)"))
    let rows = readme[start.upperBound...].split(separator: "\n").drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
    var checked: [String] = []
    for row in rows.dropFirst(2) {
      let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
      let column = cells[1].split(separator: "`").first.map(String.init) ?? ""
      guard let range = cells[3].split(separator: " ").first?.trimmingCharacters(in: CharacterSet(charactersIn: ",")) else { continue }
      let bounds = range.replacingOccurrences(of: "−", with: "-").components(separatedBy: "…").compactMap(Double.init)
      guard bounds.count == 2 else { continue }
      let text = "\(NumberRange.format(bounds[0]))…\(NumberRange.format(bounds[1]))"
      for edge in bounds {
        #expect(Self.issues(column, String(edge), header: Self.allNumbers) == [], "\(column) = \(edge)")
      }
      for beyond in [bounds[0] - max(abs(bounds[0]), 1), bounds[1] + max(abs(bounds[1]), 1)] {
        let issues = Self.issues(column, String(beyond), header: Self.allNumbers)
        #expect(issues.count == 1 && issues[0].hasSuffix("is outside the allowed range \(text)"), "\(column) = \(beyond): \(issues)")
      }
      checked.append(column)
    }
    #expect(checked == [
      "land_mu", "investment_wan", "revenue_wan", "tax_wan", "value_added_wan", "energy_tce", "electricity_wan_kwh",
      "emissions_t", "employees", "rd_wan", "founded_year",
    ])
  }

  /// Every firm whose group has no weights is named at its row and group
  /// column, together with the table's other issues; a table without a group
  /// column puts every firm in `large`.
  @Test func everyFirmWithAGroupWithoutWeightsIsReported() throws {
    let scenario = try FirmLoader.scenario(text: "groups: {medium: {weights: {tax_per_mu: 1}}}", file: "s.yaml")
    let groups = KnownGroups(scenario, file: "s.yaml")
    let text = "id,park,industry,分组,land_mu\nF1,P,x,g2,10\nF2,P,x,Medium,10\nF3,P,x,g3,ten\nF4,P,x,g2,10\n"
    do {
      _ = try FirmLoader.firms(from: CSVTable(text: text, file: "firms.csv"), groups: groups)
      Issue.record("expected errors")
    } catch {
      #expect(error.issues.map(\.description) == [
        "firms.csv, row 2, column '分组': group 'g2' has no weights in s.yaml (groups: medium)",
        "firms.csv, row 4, column 'land_mu': 'ten' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)",
        "firms.csv, row 4, column '分组': group 'g3' has no weights in s.yaml (groups: medium)",
        "firms.csv, row 5, column '分组': group 'g2' has no weights in s.yaml (groups: medium)",
      ])
    }
    do {
      _ = try FirmLoader.firms(from: CSVTable(text: "id,park,industry,land_mu\nF1,P,x,10\n", file: "firms.csv"), groups: groups)
      Issue.record("expected an error")
    } catch {
      #expect(error.issues.map(\.description) == [
        "firms.csv: has no group column, so every firm is in group 'large'; group 'large' has no weights in s.yaml (groups: medium)",
      ])
    }
  }
}
