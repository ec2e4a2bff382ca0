import Foundation
import Testing
@testable import ParkOptData
import ParkOptTestSupport

@Suite struct TableReaderTests {
  static let schema = TableSchema(name: "parcels", columns: [
    .init("id", ["编号"], required: true),
    .init("area_mu", ["面积(亩)"], required: true),
    .init("land_price", ["地价(万元/亩)"]),
    .init("new_land", ["是否新增"]),
    .init("industries", ["产业"]),
  ])

  @Test func chineseAndEnglishHeadersMatch() throws {
    let table = try CSVTable(text: "编号,面积（亩）,Land Price\nA1,12.5,30\n", file: "p.csv")
    var reader = TableReader(table, schema: Self.schema)
    #expect(reader.issues.isEmpty)
    #expect(reader.text(0, "id") == "A1")
    #expect(reader.number(0, "area_mu", range: .positiveAreaMu) == 12.5)
    #expect(reader.number(0, "land_price", range: NumberRange(0...1e5)) == 30)
  }

  @Test func everyBadCellIsReportedWithFileRowAndColumn() throws {
    let csv = "id,area_mu,new_land\nA1,abc,yes\n\nA2,-5,maybe\nA3,,1\n"
    var reader = TableReader(try CSVTable(text: csv, file: "parcels.csv"), schema: Self.schema)
    for row in 0..<reader.rowCount {
      _ = reader.number(row, "area_mu", range: .positiveAreaMu)
      _ = reader.flag(row, "new_land")
    }
    #expect(reader.issues.map(\.description) == [
      "parcels.csv, row 2, column 'area_mu': 'abc' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)",
      "parcels.csv, row 4, column 'area_mu': -5 is outside the allowed range 0.01…1e6",
      "parcels.csv, row 4, column 'new_land': 'maybe' is not yes/no (also 是/否, 1/0, true/false)",
      "parcels.csv, row 5, column 'area_mu': is empty; a number is needed",
    ])
  }

  @Test func missingAndRepeatedColumns() throws {
    let reader = TableReader(try CSVTable(text: "编号,id\nA,B\n", file: "x.csv"), schema: Self.schema)
    #expect(reader.issues.count == 2)
    #expect(reader.issues[0].message.contains("gives 'id' again"))
    #expect(reader.issues[1].message == "missing column 'area_mu' or '面积(亩)'")
  }

  @Test(arguments: [
    ("1,234.5", 1234.5), ("１２３", 123), ("-3e2", -300), ("12，000", 12000), ("+7", 7),
    (".5", 0.5), ("5.", 5), ("1E+3", 1000), ("2.5e-3", 0.0025), ("－１，２３４．５", -1234.5), (" 42 ", 42),
    ("-0", 0), ("1,234,567", 1_234_567), ("1e400", .infinity),
  ])
  func numbersAsSpreadsheetsWriteThem(_ raw: String, _ value: Double) {
    #expect(NumberParsing.parse(raw) == value)
  }

  @Test(arguments: [
    "1,23", "12,34.5", "1.2.3", "nan", "NaN", "inf", "-Infinity", "60%", "一百", "0x1F", "0X1p3", "1e", "e5",
    "+", ".", "-", "1 000", "1e5,000", "1.2,345", "79\u{0}163", "12\t3", "1_000", "٣", "1..2", "--1", "1e+-2",
  ])
  func notNumbers(_ raw: String) {
    #expect(NumberParsing.parse(raw) == nil)
  }

  @Test func percentWhenAllowed() {
    #expect(NumberParsing.parse("60%", percent: true) == 0.6)
    #expect(NumberParsing.parse("35％", percent: true) == 0.35)
  }

  @Test func listsSplitOnChineseAndEnglishSeparators() throws {
    let reader = TableReader(
      try CSVTable(text: "id,area_mu,industries\nA,1,\"新能源电池、石化;  metals\"\n", file: "x.csv"), schema: Self.schema)
    #expect(reader.list(0, "industries") == ["新能源电池", "石化", "metals"])
  }
}

/// Every problem of a table at once: a row of the wrong width hides no cell
/// of another row, and a repeated id is reported with the bad cells.
extension TableReaderTests {
  /// Reads id (repeats reported), area and new-land cells of every row, as a loader does.
  static func readAll(_ csv: String) throws -> TableReader {
    var reader = TableReader(try CSVTable(text: csv, file: "parcels.csv"), schema: Self.schema)
    for row in 0..<reader.rowCount {
      let id = reader.requiredText(row, "id")
      _ = reader.number(row, "area_mu", range: .positiveAreaMu)
      _ = reader.flag(row, "new_land")
      if let id, let earlier = reader.earlierRow(row, "id", id) { reader.report(row, "id", "'\(id)' repeats row \(earlier)") }
    }
    return reader
  }

  @Test func aShortRowBadCellsAndARepeatedIDAreAllReportedInRowOrder() throws {
    let csv = "id,area_mu,new_land\nA1,abc,yes\nA2,5\nA1,-5,maybe\nA3,2\u{7}5,yes\nA4,,1\nA5,1,no,extra\nA3,2,no\n"
    let reader = try Self.readAll(csv)
    #expect(reader.issues.map(\.description) == [
      "parcels.csv, row 2, column 'area_mu': 'abc' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)",
      "parcels.csv, row 3: has 2 cells; the header has 3",
      "parcels.csv, row 4, column 'area_mu': -5 is outside the allowed range 0.01…1e6",
      "parcels.csv, row 4, column 'new_land': 'maybe' is not yes/no (also 是/否, 1/0, true/false)",
      "parcels.csv, row 4, column 'id': 'A1' repeats row 2",
      "parcels.csv, row 5, column 'area_mu': '2<U+0007>5' contains the control character <U+0007>; remove it",
      "parcels.csv, row 6, column 'area_mu': is empty; a number is needed",
      "parcels.csv, row 7: has 4 cells; the header has 3",
      "parcels.csv, row 8, column 'id': 'A3' repeats row 5",
    ])
    #expect(reader.rowCount == 7)
    #expect((0..<7).filter(reader.isSkipped) == [1, 5])
    #expect((0..<7).map(reader.rowNumber) == [2, 3, 4, 5, 6, 7, 8])
  }

  @Test func issuesComeInRowOrderWhateverOrderTheCellsAreRead() throws {
    var reader = TableReader(
      try CSVTable(text: "id,area_mu,new_land\nA,x,maybe\nB\nC,y,perhaps\n", file: "p.csv"), schema: Self.schema)
    reader.report("has too few rows")
    for row in 0..<reader.rowCount { _ = reader.flag(row, "new_land") }
    for row in 0..<reader.rowCount { _ = reader.number(row, "area_mu", range: .positiveAreaMu) }
    #expect(reader.issues.map(\.description) == [
      "p.csv: has too few rows",
      "p.csv, row 2, column 'new_land': 'maybe' is not yes/no (also 是/否, 1/0, true/false)",
      "p.csv, row 2, column 'area_mu': 'x' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)",
      "p.csv, row 3: has 1 cell; the header has 3",
      "p.csv, row 4, column 'new_land': 'perhaps' is not yes/no (also 是/否, 1/0, true/false)",
      "p.csv, row 4, column 'area_mu': 'y' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)",
    ])
  }
}

@Suite struct CSVTableTests {
  static func write(_ bytes: [UInt8]) throws -> String {
    let path = Scratch.path("t", suffix: ".csv").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func utf8WithByteOrderMark() throws {
    let path = try Self.write([0xEF, 0xBB, 0xBF] + Array("编号,面积(亩)\nA,3\n".utf8))
    let table = try CSVTable(contentsOf: path)
    #expect(table.header == ["编号", "面积(亩)"])
    #expect(table.rows == [["A", "3"]])
  }

  @Test(.enabled(if: TextDecoding.readsGB18030, "GB18030 is decoded on Linux (glibc) and macOS only"))
  func gb18030AsExcelWritesIt() throws {
    // "编号,面积\nA,3\n" in GB18030: 编 = B1 E0, 号 = BA C5, 面 = C3 E6, 积 = BB FD.
    let path = try Self.write([0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xC3, 0xE6, 0xBB, 0xFD, 0x0A, 0x41, 0x2C, 0x33, 0x0A])
    let table = try CSVTable(contentsOf: path)
    #expect(table.header == ["编号", "面积"])
    #expect(table.rows == [["A", "3"]])
  }

  @Test func rowNumbersSkipBlankLinesLikeASpreadsheet() throws {
    let table = try CSVTable(text: "a,b\n1,2\n\n3,4\n", file: "x.csv")
    #expect(table.rowNumbers == [2, 4])
  }

  @Test func tooManyCellsAndMissingFile() {
    #expect(Self.issues("a,b\n1,2,3\n") == ["x.csv, row 2: has 3 cells; the header has 2"])
    #expect {
      try CSVTable(contentsOf: "/nonexistent/parks.csv")
    } throws: { error in
      (error as? DataErrors)?.issues.first?.description == "/nonexistent/parks.csv: no such file"
    }
  }
}

extension CSVTableTests {
  /// The problems `CSVTable` finds in `text` (named x.csv), as printed.
  static func issues(_ text: String) -> [String] {
    do {
      return try CSVTable(text: text, file: "x.csv").issues.map(\.description)
    } catch {
      return error.issues.map(\.description)
    }
  }

  @Test func shortRowsAreErrorsNamingTheRow() {
    #expect(Self.issues("id,area,price\nA,1,2\nB,3\nC\n") == [
      "x.csv, row 3: has 2 cells; the header has 3",
      "x.csv, row 4: has 1 cell; the header has 3",
    ])
  }

  /// A row of the wrong width keeps its place with empty cells, so the rows
  /// after it keep their numbers; `checked()` throws what was found.
  @Test func rowsOfTheWrongWidthAreKeptEmptyAndSkipped() throws {
    let table = try CSVTable(text: "id,area\nA,1\nB\nC,3,x\nD,4\n", file: "x.csv")
    #expect(table.rows == [["A", "1"], ["", ""], ["", ""], ["D", "4"]])
    #expect(table.rowNumbers == [2, 3, 4, 5])
    #expect(table.skippedRows == [1, 2])
    #expect {
      try table.checked()
    } throws: { error in
      (error as? DataErrors)?.issues.map(\.description) == [
        "x.csv, row 3: has 1 cell; the header has 2", "x.csv, row 4: has 3 cells; the header has 2",
      ]
    }
    let clean = try CSVTable(text: "id,area\nA,1\n", file: "x.csv").checked()
    #expect(clean.rows == [["A", "1"]] && clean.issues.isEmpty && clean.skippedRows.isEmpty)
  }

  @Test func trailingEmptyCellsAsExcelWritesThemAreIgnored() throws {
    let table = try CSVTable(text: "id,area,,\nA,1,,\nB,2\nC,3,,,,\n", file: "x.csv")
    #expect(table.header == ["id", "area"])
    #expect(table.rows == [["A", "1"], ["B", "2"], ["C", "3"]])
    #expect(Self.issues("id,area,,\nA,1,,x\n") == ["x.csv, row 2: has 4 cells; the header has 2"])
  }

  @Test func controlCharactersAreErrorsInEveryCell() throws {
    #expect(Self.issues("id,area\nA,79\u{0}163\nB\u{7},2\n") == [
      "x.csv, row 2, column 'area': '79<U+0000>163' contains the control character <U+0000>; remove it",
      "x.csv, row 3, column 'id': 'B<U+0007>' contains the control character <U+0007>; remove it",
    ])
    #expect(Self.issues("i\u{1}d,area\nA,1\n") == ["x.csv, row 1: 'i<U+0001>d' contains the control character <U+0001>; remove it"])
    // Tabs and line breaks inside a quoted text cell are text.
    let table = try CSVTable(text: "id,name\nA,\"two\nlines\tand a tab\"\n", file: "x.csv")
    #expect(table.rows == [["A", "two\nlines\tand a tab"]])
  }
}
