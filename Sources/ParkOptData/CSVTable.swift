import CSV
import Foundation

/// A CSV file read whole: its header and its data rows, as text.
///
/// Reads UTF-8 (with or without a byte-order mark) and GB18030. Blank lines
/// are skipped; row numbers are kept as a spreadsheet shows them. Every row
/// must have as many cells as the header (empty cells after the last
/// header cell are ignored); control characters other than tab and line
/// breaks are errors in any cell. Such problems do not stop the reading:
/// they are kept in ``issues`` (a row of the wrong width is kept with empty
/// cells and listed in ``skippedRows``), so that ``TableReader`` reports
/// them together with every bad cell of the other rows. A caller reading
/// the rows without a ``TableReader`` takes ``checked()``.
public struct CSVTable: Sendable {
  /// The file, as the user named it.
  public var file: String
  /// The header cells, trimmed.
  public var header: [String]
  /// The data rows; each exactly as wide as the header (a skipped row's
  /// cells are all empty).
  public var rows: [[String]]
  /// The spreadsheet row number of each data row (header = 1).
  public var rowNumbers: [Int]
  /// The data rows (indices into ``rows``) of the wrong width: each is
  /// reported in ``issues`` and none of its cells is read.
  public var skippedRows: Set<Int>
  /// The rows of the wrong width and the cells with a control character, in
  /// row order, with file, row and column.
  public var issues: [DataIssue]

  /// Reads `path`.
  /// - Throws: ``DataErrors`` naming the file when it is missing, not text,
  ///   not valid CSV, or has no header. Problems in rows and cells are kept
  ///   in ``issues``.
  public init(contentsOf path: String) throws(DataErrors) {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw DataErrors([DataIssue(file: path, message: exists ? "cannot be read" : "no such file")])
    }
    try self.init(data: data, file: path)
  }

  /// Parses the bytes of a CSV file read already; `file` names it in messages.
  public init(data: Data, file: String) throws(DataErrors) {
    guard let text = TextDecoding.decode(data) else {
      throw DataErrors([DataIssue(file: file, message: "is neither UTF-8 nor GB18030 text")])
    }
    try self.init(text: text, file: file)
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
    // Excel writes trailing commas when a cell to the right was ever used:
    // empty cells after the last header are ignored, in the header and in rows.
    let width = (first.lastIndex { !$0.isEmpty } ?? -1) + 1
    header = Array(first.prefix(width))
    var data: [[String]] = []
    var skipped: Set<Int> = []
    var issues = Self.controlCharacters(in: header, row: numbers[0], header: [], file: file)
    for (row, number) in zip(rows.dropFirst(), numbers.dropFirst()) {
      let used = (row.lastIndex { !$0.isEmpty } ?? -1) + 1
      if row.count < width || used > width {
        // Which cell belongs to which column is unknown: the row is reported
        // and kept empty, so the other rows keep their places and are read.
        let count = row.count < width ? row.count : used
        issues.append(DataIssue(
          file: file, row: number, message: "has \(count) cell\(count == 1 ? "" : "s"); the header has \(width)"))
        skipped.insert(data.count)
        data.append([String](repeating: "", count: width))
        continue
      }
      let cells = Array(row.prefix(width))
      issues += Self.controlCharacters(in: cells, row: number, header: header, file: file)
      data.append(cells)
    }
    self.rows = data
    self.rowNumbers = Array(numbers.dropFirst())
    self.skippedRows = skipped
    self.issues = issues
  }

  /// The table itself when it has no ``issues``, for a caller that reads
  /// ``rows`` without a ``TableReader``.
  /// - Throws: ``DataErrors`` with every issue.
  public func checked() throws(DataErrors) -> CSVTable {
    if !issues.isEmpty { throw DataErrors(issues) }
    return self
  }

  /// Control characters other than tab, line feed and carriage return (which
  /// a quoted cell may hold) are errors in every cell; `header` names the
  /// columns (empty for the header row itself).
  private static func controlCharacters(in cells: [String], row: Int, header: [String], file: String) -> [DataIssue] {
    var issues: [DataIssue] = []
    for (index, cell) in cells.enumerated() {
      guard let scalar = cell.unicodeScalars.first(where: { NumberParsing.isControl($0) && !["\t", "\n", "\r"].contains($0) })
      else { continue }
      let column = index < header.count ? header[index] : nil
      issues.append(DataIssue(
        file: file, row: row, column: column,
        message: "'\(NumberParsing.shown(cell))' contains the control character \(NumberParsing.shown(String(Character(scalar)))); remove it"))
    }
    return issues
  }
}
