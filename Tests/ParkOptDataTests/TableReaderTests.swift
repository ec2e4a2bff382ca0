import Foundation
import Testing
@testable import ParkOptData

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
    #expect(reader.number(0, "area_mu") == 12.5)
    #expect(reader.number(0, "land_price") == 30)
  }

  @Test func everyBadCellIsReportedWithFileRowAndColumn() throws {
    let csv = "id,area_mu,new_land\nA1,abc,yes\n\nA2,-5,maybe\nA3,,1\n"
    var reader = TableReader(try CSVTable(text: csv, file: "parcels.csv"), schema: Self.schema)
    for row in 0..<reader.rowCount {
      _ = reader.number(row, "area_mu", range: 0.01...Double.infinity)
      _ = reader.flag(row, "new_land")
    }
    #expect(reader.issues.map(\.description) == [
      "parcels.csv, row 2, column 'area_mu': 'abc' is not a number",
      "parcels.csv, row 4, column 'area_mu': -5 is outside the allowed range (at least 0.01)",
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
  ])
  func numbersAsSpreadsheetsWriteThem(_ raw: String, _ value: Double) {
    #expect(NumberParsing.parse(raw) == value)
  }

  @Test(arguments: ["1,23", "12,34.5", "1.2.3", "nan", "inf", "60%", "一百"])
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

@Suite struct CSVTableTests {
  static func write(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("t-\(UUID().uuidString).csv").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func utf8WithByteOrderMark() throws {
    let path = try Self.write([0xEF, 0xBB, 0xBF] + Array("编号,面积(亩)\nA,3\n".utf8))
    let table = try CSVTable(contentsOf: path)
    #expect(table.header == ["编号", "面积(亩)"])
    #expect(table.rows == [["A", "3"]])
  }

  @Test func gb18030AsExcelWritesIt() throws {
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
    #expect(throws: DataErrors.self) { try CSVTable(text: "a,b\n1,2,3\n", file: "x.csv") }
    #expect {
      try CSVTable(contentsOf: "/nonexistent/parks.csv")
    } throws: { error in
      (error as? DataErrors)?.issues.first?.description == "/nonexistent/parks.csv: no such file"
    }
  }
}
