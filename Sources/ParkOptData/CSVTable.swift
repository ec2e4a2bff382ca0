import CSV
import Foundation

/// A CSV file read whole: its header and its data rows, as text.
///
/// Reads UTF-8 (with or without a byte-order mark) and GB18030. Blank lines
/// are skipped; row numbers are kept as a spreadsheet shows them.
public struct CSVTable: Sendable {
  /// The file, as the user named it.
  public var file: String
  /// The header cells, trimmed.
  public var header: [String]
  /// The data rows; each padded to the header's width.
  public var rows: [[String]]
  /// The spreadsheet row number of each data row (header = 1).
  public var rowNumbers: [Int]

  /// Reads `path`.
  /// - Throws: ``DataErrors`` naming the file when it is missing, not text,
  ///   not valid CSV, or has no header.
  public init(contentsOf path: String) throws(DataErrors) {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw DataErrors([DataIssue(file: path, message: exists ? "cannot be read" : "no such file")])
    }
    guard let text = TextDecoding.decode(data) else {
      throw DataErrors([DataIssue(file: path, message: "is neither UTF-8 nor GB18030 text")])
    }
    try self.init(text: text, file: path)
  }

  /// Parses CSV text; `file` names it in messages.
  public init(text: String, file: String) throws(DataErrors) {
    self.file = file
    var rows: [[String]] = []
    var numbers: [Int] = []
    do {
      let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: true)
      var number = 0
      while let row = reader.next() {
        number += 1
        if row.allSatisfy({ $0.isEmpty }) { continue }
        rows.append(row)
        numbers.append(number)
      }
    } catch {
      throw DataErrors([DataIssue(file: file, message: "is not valid CSV: \(error)")])
    }
    guard let first = rows.first else {
      throw DataErrors([DataIssue(file: file, message: "is empty; expected a header row")])
    }
    header = first
    let width = first.count
    var data: [[String]] = []
    var dataNumbers: [Int] = []
    var issues: [DataIssue] = []
    for (row, number) in zip(rows.dropFirst(), numbers.dropFirst()) {
      if row.count > width && row[width...].contains(where: { !$0.isEmpty }) {
        issues.append(DataIssue(file: file, row: number, message: "has \(row.count) cells but the header has \(width)"))
        continue
      }
      data.append(row.count < width ? row + Array(repeating: "", count: width - row.count) : Array(row.prefix(width)))
      dataNumbers.append(number)
    }
    if !issues.isEmpty { throw DataErrors(issues) }
    self.rows = data
    self.rowNumbers = dataNumbers
  }
}
