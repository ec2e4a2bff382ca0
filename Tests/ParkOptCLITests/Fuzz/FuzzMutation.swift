import Foundation

/// One changed input file of a fuzz run, and what a bad-input message about
/// it must name.
struct FuzzMutation: Sendable {
  /// Where the change is, which decides what a rejection must name.
  enum Locus: Sendable, Equatable {
    /// One cell: a rejection names the file, `row N` (spreadsheet rows, the
    /// header is row 1) and the column.
    case cell(row: Int, column: String)
    /// One row: a rejection names the file and `row N`.
    case row(Int)
    /// One column: a rejection names the file and the column.
    case column(String)
    /// The file as a whole: a rejection names the file.
    case file
    /// A misspelt top-level scenario key: must be rejected (exit 2), naming it.
    case unknownKey(String)
    /// A scenario value or nested key on `line` (from 1): a rejection names
    /// one of `keys` (the key, or for a misspelt nested key the misspelt or
    /// the expected name) or the line.
    case scenarioValue(keys: [String], line: Int)
    /// The same data in another documented form (BOM, GB18030, CRLF): must
    /// give the unchanged case's exit code.
    case sameData
    /// A model file (MathProg): a rejection names the file.
    case model
  }

  /// What was changed, short enough for a table (`projects.csv row 5 'tax_wan' = 1e308`).
  var summary: String
  /// The case file changed, relative to the case folder.
  var file: String
  /// Its new bytes.
  var bytes: Data
  var locus: Locus
  /// The kind of change, for the outcome table (`number`, `truncate`, …).
  var kind: String
}

/// Odd values put into number cells and scenario values.
enum OddValues {
  static let numbers: [String] = [
    "1e308", "-1e308", "1e-320", "9.3e18", "-9.3e18", "NaN", "nan", "inf", "-inf", "Infinity", "-0", "0",
    "-1", "0x1F", "1e", "", " ", "1\u{0}2", "\u{0}", "1\u{7}", "\u{1B}[31m5", "1\r2", "12abc", "--5", "+5",
    "1.2.3", "99999999999999999999999999", "1,234.5", "１２３", "60%", "150%", "1e-9", "4.9e-324",
    "1.7976931348623157e309", ".", "-", "e5", "1_000", "٣", "¥100", "1 2",
  ]
  /// The values most likely to overflow a conversion or a model.
  static let extremes = ["1e308", "-1e308", "9.3e18", "-9.3e18", "1e-320", "NaN", "inf", "-inf", "-0", "1e19", "2147483648"]
  static let scenarioValues: [String] = numbers.filter { !$0.contains("\u{0}") } + [
    "abc", "[1, 2]", "{a: 1}", "true", "null", "~", "''", "\"5\"", "-1e308", "!!binary AAAA", "*anchor", "&a 5",
  ]
  static let texts: [String] = [
    "", " ", "\u{0}", "x\u{0}y", String(repeating: "长", count: 5000), "\"", "'", "=1+1", "\t", "é", "😀", "*",
    "\u{FEFF}id", "\u{202E}RTL",
  ]
}
