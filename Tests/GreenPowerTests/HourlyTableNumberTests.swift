import Foundation
import ParkOptData
import Testing
@testable import GreenPower

/// The hourly tables' number cells are checked where they are read: `hour`
/// is a whole number 0…8784, load and capacity factors have ranges, and
/// what does not pass is an error naming file, row and column.
@Suite struct HourlyTableNumberTests {
  static func issues(_ files: [String: String]) throws -> [String] { try CaseLoaderTests.issues(files) }

  static func day(_ value: (Int) -> String, header: String = "hour,load_mw") -> String {
    CaseLoaderTests.day(value, header: header)
  }

  /// A day of resource rows with `hour` cell `hour(h)`.
  static func resource(hour: (Int) -> String = { "\($0)" }, pv: (Int) -> String = { _ in "0.5" }) -> String {
    "hour,pv,wind\n" + (0..<24).map { "\(hour($0)),\(pv($0)),0.3" }.joined(separator: "\n") + "\n"
  }

  @Test func anEnormousHourIsAnErrorNotACrash() throws {
    let load = Self.day({ _ in "10" }).replacingOccurrences(of: "\n3,10\n", with: "\n1e300,10\n")
    #expect(try Self.issues(["load.csv": load]).contains { $0.hasSuffix("load.csv, row 5, column 'hour': 1e300 is outside the allowed range 0…8784") })
    let res = Self.resource(hour: { $0 == 0 ? "1e300" : "\($0)" })
    #expect(try Self.issues(["load.csv": Self.day { _ in "10" }, "resource.csv": res])
      .contains { $0.hasSuffix("resource.csv, row 2, column 'hour': 1e300 is outside the allowed range 0…8784") })
  }

  @Test func hoursAreWholeNumbers() throws {
    let load = Self.day({ _ in "10" }).replacingOccurrences(of: "\n3,10\n", with: "\n3.5,10\n")
    #expect(try Self.issues(["load.csv": load]).contains { $0.hasSuffix("load.csv, row 5, column 'hour': 3.5 is not a whole number") })
  }

  @Test(arguments: [
    ("1e300", "1e300 is outside the allowed range 0…1e5"),
    ("0x1F", "'0x1F' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)"),
    ("nan", "'nan' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)"),
    ("inf", "'inf' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)"),
    ("1e-320", "1e-320 is not zero but smaller than 1e-6, the smallest amount this column takes; write 0 or a larger value"),
    ("\"79\u{0}163\"", "'79<U+0000>163' contains the control character <U+0000>; remove it"),
  ])
  func badLoadCells(_ cell: String, _ message: String) throws {
    let issues = try Self.issues(["load.csv": Self.day { $0 == 4 ? cell : "10" }, "resource.csv": Self.resource()])
    #expect(issues.count == 1 && issues[0].hasSuffix("load.csv, row 6, column 'load_mw': " + message), "\(issues)")
  }

  @Test func loadInKilowattsHasItsOwnRange() throws {
    let load = Self.day({ $0 == 0 ? "100000001" : "1e8" }, header: "hour,load(kW)")
    let issues = try Self.issues(["load.csv": load, "resource.csv": Self.resource()])
    #expect(issues.count == 1 && issues[0].hasSuffix("load.csv, row 2, column 'load(kW)': 100000001 is outside the allowed range 0…1e8"), "\(issues)")
  }

  @Test func capacityFactors() throws {
    let tiny = Self.resource(pv: { $0 == 2 ? "1e-320" : ($0 == 3 ? "1e-9" : "0.5") })
    let issues = try Self.issues(["load.csv": Self.day { _ in "10" }, "resource.csv": tiny])
    #expect(issues.count == 1 && issues[0].hasSuffix("resource.csv, row 4, column 'pv': 1e-320 is not zero but smaller than 1e-9, the smallest amount this column takes; write 0 or a larger value"), "\(issues)")
  }

  @Test func headerOnlyAndShortRows() throws {
    #expect(try Self.issues(["load.csv": "hour,load_mw\n"]).contains { $0.hasSuffix("load.csv: has no data rows; at least one is needed") })
    let short = Self.day { _ in "10" }.replacingOccurrences(of: "\n5,10\n", with: "\n5\n")
    #expect(try Self.issues(["load.csv": short]).contains { $0.hasSuffix("load.csv, row 7: has 1 cell; the header has 2") })
  }

  /// A short first row (hours counted from 1) is one hour of the day: the
  /// bad cells of later rows are reported with it, and no hour is missing.
  @Test func aShortRowHidesNoBadCellAndKeepsItsHour() throws {
    let load = "hour,load_mw\n1\n" + (2...24).map { "\($0),\($0 == 5 ? "abc" : $0 == 9 ? "-5" : "10")" }
      .joined(separator: "\n") + "\n"
    let issues = try Self.issues(["load.csv": load, "resource.csv": Self.resource()])
    #expect(issues.map { String($0.drop { $0 != "," }) } == [
      ", row 2: has 1 cell; the header has 2",
      ", row 6, column 'load_mw': 'abc' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)",
      ", row 10, column 'load_mw': -5 is outside the allowed range 0…1e5",
    ], "\(issues)")
  }

  @Test func aLeapYearCountedFromOneReachesTheTopOfTheHourRange() throws {
    let load = "hour,load_mw\n" + (1...8784).map { "\($0),10" }.joined(separator: "\n") + "\n"
    #expect(try CaseLoaderTests.load(["load.csv": load]).loadMW.count == 8784)
  }

  @Test func aTimestampFarInTheFutureIsAnErrorNotAnOverflow() throws {
    let load = "timestamp,load_mw\n9223372036854775807-01-01 00:00,10\n" + (1..<24).map { "2025-01-01 \($0 < 10 ? "0" : "")\($0):00,10" }.joined(separator: "\n") + "\n"
    #expect(try Self.issues(["load.csv": load]).contains { $0.hasSuffix("load.csv, row 2, column 'timestamp': '9223372036854775807-01-01 00:00': the year 9223372036854775807 is outside 2000…2200") })
  }

  @Test func atMostALeapYearOfHours() throws {
    let hours = 8784 + 24
    let load = "load_mw\n" + String(repeating: "10\n", count: hours)
    #expect(try Self.issues(["load.csv": load]).contains { $0.hasSuffix("load.csv: has 8808 hourly rows; at most 8784 (a leap year) are read") })
  }

  @Test func edgesOfTheRangesAreRead() throws {
    let load = Self.day { $0 == 0 ? "1e5" : ($0 == 1 ? "0" : "0.000001") }
    let res = Self.resource(pv: { $0 == 0 ? "1" : ($0 == 1 ? "1e-9" : "0") })
    let c = try CaseLoaderTests.load(["load.csv": load, "resource.csv": res])
    #expect(Array(c.loadMW.prefix(3)) == [1e5, 0, 1e-6])
    #expect(Array(c.pvCF.prefix(3)) == [1, 1e-9, 0])
    let base1 = "hour,load_mw\n" + (1...24).map { "\($0),10" }.joined(separator: "\n") + "\n"
    #expect(try CaseLoaderTests.load(["load.csv": base1]).loadMW.count == 24)
  }
}
