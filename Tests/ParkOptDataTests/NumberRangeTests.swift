import Testing
@testable import ParkOptData

/// Ranges, checked conversions and the number cells of a table: every value
/// that is read is checked against a range, and what is not a plain decimal
/// number is named with file, row and column.
@Suite struct NumberRangeTests {
  static let schema = TableSchema(name: "t", columns: [
    .init("id", required: true), .init("money"), .init("year"),
  ], requiresRows: true)

  static func reader(_ cells: [String], column: String = "money") throws -> TableReader {
    let body = cells.map { "\"R\",\"\($0)\"" }.joined(separator: "\n")
    return TableReader(try CSVTable(text: "id,\(column)\n" + body + "\n", file: "t.csv"), schema: Self.schema)
  }

  /// The issues from reading `cell` as money (0…1e9).
  static func moneyIssues(_ cell: String) throws -> [String] {
    var r = try reader([cell])
    _ = r.number(0, "money", range: .moneyWan)
    return r.issues.map(\.description)
  }

  @Test(arguments: [
    ("0x1F", "t.csv, row 2, column 'money': '0x1F' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)"),
    ("inf", "t.csv, row 2, column 'money': 'inf' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)"),
    ("nan", "t.csv, row 2, column 'money': 'nan' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)"),
    ("1e300", "t.csv, row 2, column 'money': 1e300 is outside the allowed range 0…1e9"),
    ("1e400", "t.csv, row 2, column 'money': 1e400 is outside the allowed range 0…1e9"),
    ("1000000001", "t.csv, row 2, column 'money': 1000000001 is outside the allowed range 0…1e9"),
    ("-1", "t.csv, row 2, column 'money': -1 is outside the allowed range 0…1e9"),
    ("1e-320", "t.csv, row 2, column 'money': 1e-320 is not zero but smaller than 1e-6, the smallest amount this column takes; write 0 or a larger value"),
    ("60%", "t.csv, row 2, column 'money': '60%' is not a number (% is accepted only for shares)"),
    ("1,23", "t.csv, row 2, column 'money': '1,23' is not a number (thousands separators must stand between groups of three digits)"),
  ])
  func badMoneyCells(_ cell: String, _ message: String) throws {
    #expect(try Self.moneyIssues(cell) == [message])
  }

  @Test(arguments: ["0", "1e9", "1,000,000,000", "0.000001", "-0", "1e-6"])
  func edgesOfTheRangeAreAccepted(_ cell: String) throws {
    #expect(try Self.moneyIssues(cell) == [])
  }

  @Test func aControlCharacterReachingTheNumberReaderIsNamed() {
    #expect(NumberParsing.read("79\u{0}163") == .failure(.controlCharacter("\u{0}")))
    #expect(NumberParsing.shown("79\u{0}163") == "79<U+0000>163")
  }

  @Test func percentOnlyWhereAllowed() throws {
    var r = try Self.reader(["60%", "0.6", "100%", "101%"])
    #expect((0..<4).map { r.number($0, "money", range: .share, percent: true) } == [0.6, 0.6, 1, nil])
    #expect(r.issues.map(\.message) == ["1.01 is outside the allowed range 0…1"])
  }

  @Test func wholeNumbers() throws {
    var r = try Self.reader(["2001", "2001.5", "1799", "1e300"], column: "year")
    #expect((0..<4).map { r.integer($0, "year", range: NumberRange(1800...2200)) } == [2001, nil, nil, nil])
    #expect(r.issues.map(\.message) == [
      "2001.5 is not a whole number",
      "1799 is outside the allowed range 1800…2200",
      "1e300 is outside the allowed range 1800…2200",
    ])
  }

  @Test func aHeaderOnlyTableIsAnErrorWhenRowsAreRequired() throws {
    let r = TableReader(try CSVTable(text: "id,money\n", file: "t.csv"), schema: Self.schema)
    #expect(r.issues.map(\.description) == ["t.csv: has no data rows; at least one is needed"])
    let optional = TableSchema(name: "t", columns: Self.schema.columns)
    #expect(TableReader(try CSVTable(text: "id,money\n", file: "t.csv"), schema: optional).issues.isEmpty)
  }

  /// A column's range and a scenario key's range are one type and read alike.
  @Test func columnAndKeyRangesAreDescribedAlike() {
    #expect(NumberRange.moneyWan.description == "0…1e9")
    #expect(NumberRange.between(0, 1e9).description == "0…1e9")
    #expect(NumberRange.between(-1e6, 1e6).description == "-1e6…1e6")
    #expect(NumberRange.atLeast(1).description == "≥ 1" && NumberRange.positive.description == "> 0")
    #expect(NumberRange.any.description == "any")
    #expect(NumberRange.positive.problem(with: 0) == "0 is outside the allowed range > 0")
    #expect(NumberRange.fraction.problem(with: 1e-300) == nil)
    #expect(NumberRange.share.problem(with: 1e-300) != nil)
    #expect(NumberRange.nonNegative.bounds == 0...1e15)
  }

  @Test func infiniteBoundsAreCutAndCustomWording() {
    #expect(NumberRange(0...Double.infinity).bounds == 0...1e15)
    #expect(NumberRange(0...1, outside: "is not a share").problem(with: 2) == "2 is not a share")
    #expect(NumberRange(0...1, smallestNonzero: 1e-9).problem(with: 1e-8) == nil)
  }

  @Test func formatsForMessages() {
    let subnormal = Double("1e-320") ?? 0  // a literal would warn that it underflows
    #expect([1e9, 1e5, 99_999, 0.01, 1e-6, -1e6, 2.5, subnormal, 1e300].map(NumberRange.format)
      == ["1e9", "1e5", "99999", "0.01", "1e-6", "-1e6", "2.5", "1e-320", "1e300"])
  }
}

/// Double → integer conversions that never trap.
@Suite struct CheckedConversionTests {
  @Test func checkedGivesNilWhenTheValueDoesNotFit() {
    #expect(Int(checkedFrom: 1e300) == nil)
    #expect(Int(checkedFrom: .nan) == nil)
    #expect(Int(checkedFrom: -.infinity) == nil)
    #expect(Int32(checkedFrom: 3e9) == nil)
    #expect(Int64(checkedFrom: 9.3e18) == nil)
    #expect(Int(checkedFrom: -2.7) == -2)
    #expect(UInt64(checkedFrom: -1) == nil)
    #expect(Int(checkedFrom: 1e15) == 1_000_000_000_000_000)
  }

  @Test func clampingHoldsTheValueWithinTheType() {
    #expect(Int64(clampingFrom: 1e300) == .max)
    #expect(Int64(clampingFrom: -1e300) == .min)
    #expect(Int(clampingFrom: .nan) == 0)
    #expect(Int32(clampingFrom: 12.9) == 12)
  }

  /// Large whole numbers in messages: `9e15`, not `9000000000000000.0`
  /// (`resource.seed`'s range, found by an outside audit).
  @Test func largeNumbersAreWrittenShort() {
    #expect(NumberRange.format(9e15) == "9e15")
    #expect(NumberRange.between(0, 9e15).description == "0…9e15")
    #expect(NumberRange.format(1e15) == "1e15")
    #expect(NumberRange.format(123_456_789_012) == "123456789012")
    #expect(NumberRange.format(1.2345678901234566e17) == "1.2345678901234566e17")
    #expect(NumberRange.format(-2.5e300) == "-2.5e300")
    #expect(NumberRange.format(0.00002) == "2e-5" && NumberRange.format(0.00001) == "1e-5")
    #expect(NumberRange.format(0.00012) == "0.00012" && NumberRange.format(2.5e-7) == "2.5e-7")
  }
}
