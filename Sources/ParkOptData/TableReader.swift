import Foundation

/// A ``CSVTable`` matched to a ``TableSchema``, with typed access to cells.
///
/// Every bad cell is recorded in ``issues`` (file, row, column, reason) and
/// reading goes on, so a user sees all problems at once: the table's own
/// (rows of the wrong width, control characters), the header's, every bad
/// id (a cell of an id column breaking its ``IdentifierRule``), every bad
/// cell and every repeated identifier (``earlierRow(_:_:_:)``), in row order.
public struct TableReader: Sendable {
  /// The table read.
  public let table: CSVTable
  /// The schema it was matched to.
  public let schema: TableSchema
  /// Problems found so far, in row order (see ``DataIssue/inRowOrder(_:)``).
  public var issues: [DataIssue] { DataIssue.inRowOrder(found) }
  /// Problems in the order they were found.
  private var found: [DataIssue]
  private var position: [String: Int] = [:]
  /// The cells reported already (row, column): by the table, or as a bad
  /// id; each is reported once.
  private var refused: Set<Cell>
  /// Per column key, the spreadsheet row that first gave each value.
  private var firstRows: [String: [String: Int]] = [:]
  /// The cells (data row, column index) of id columns reported as bad ids.
  private var badIDs: Set<[Int]> = []

  private struct Cell: Hashable, Sendable {
    var row: Int
    var column: String
  }

  /// Matches the header to the schema; a missing required column, a column
  /// given twice or, when the schema requires rows, a table without data
  /// rows is an issue; so is each of the table's own ``CSVTable/issues``
  /// and each cell of an id column that breaks the column's
  /// ``TableSchema/Column/identifier`` rule (reported once; the cell then
  /// reads as empty without a further message, so nothing else names it).
  public init(_ table: CSVTable, schema: TableSchema) {
    self.table = table
    self.schema = schema
    found = table.issues
    refused = Set(table.issues.compactMap { issue in
      guard let row = issue.row, let column = issue.column else { return nil }
      return Cell(row: row, column: column)
    })
    var byName: [String: String] = [:]
    for column in schema.columns {
      for name in [column.key] + column.aliases { byName[TableSchema.normalize(name)] = column.key }
    }
    for (index, cell) in table.header.enumerated() {
      guard let key = byName[TableSchema.normalize(cell)] else { continue }
      if let earlier = position[key] {
        found.append(DataIssue(
          file: table.file, row: 1, column: cell,
          message: "gives '\(key)' again (already column '\(table.header[earlier])')"))
      } else {
        position[key] = index
      }
    }
    for column in schema.columns where column.required && position[column.key] == nil {
      found.append(DataIssue(file: table.file, row: 1, message: "missing column \(column.acceptedNames)"))
    }
    if schema.requiresRows && table.rows.isEmpty {
      found.append(DataIssue(file: table.file, message: "has no data rows; at least one is needed"))
    }
    for column in schema.columns {
      guard let rule = column.identifier, let index = position[column.key] else { continue }
      for row in table.rows.indices where !table.skippedRows.contains(row) {
        let cell = table.rows[row][index]
        guard !cell.isEmpty, let problem = rule.problem(with: cell) else { continue }
        report(row, column.key, problem)
        refused.insert(Cell(row: table.rowNumbers[row], column: table.header[index]))
        badIDs.insert([row, index])
      }
    }
  }

  /// The number of data rows.
  public var rowCount: Int { table.rows.count }
  /// Whether the file has this column.
  public func has(_ key: String) -> Bool { position[key] != nil }
  /// Each column key the file has, with its header cell as written (e.g.
  /// `园区` for `park`): for messages written after the reader is gone.
  public var headers: [String: String] { position.mapValues { table.header[$0] } }
  /// The spreadsheet row number of data row `row`.
  public func rowNumber(_ row: Int) -> Int { table.rowNumbers[row] }

  /// Whether data row `row` is one the table skipped for its width (its
  /// cells read as empty and nothing is reported about them).
  public func isSkipped(_ row: Int) -> Bool { table.skippedRows.contains(row) }

  /// Records an issue about a cell; nothing for a skipped row (reported
  /// already with its width) or a cell the table reported already.
  public mutating func report(_ row: Int, _ key: String?, _ message: String) {
    guard !isSkipped(row) else { return }
    let column = key.flatMap { position[$0] }.map { table.header[$0] } ?? key
    let number = table.rowNumbers[row]
    if let column, refused.contains(Cell(row: number, column: column)) { return }
    found.append(DataIssue(file: table.file, row: number, column: column, message: message))
  }

  /// Records an issue about the whole file.
  public mutating func report(_ message: String) {
    found.append(DataIssue(file: table.file, message: message))
  }

  /// The spreadsheet row that gave `value` in column `key` before data row
  /// `row`, or nil when none did (`row` is then remembered as its first).
  /// The caller words the repeat; every row with a value takes part, however
  /// bad its other cells, so a repeat is reported with them.
  public mutating func earlierRow(_ row: Int, _ key: String, _ value: String) -> Int? {
    if let earlier = firstRows[key]?[value] { return earlier }
    firstRows[key, default: [:]][value] = table.rowNumbers[row]
    return nil
  }

  // MARK: - Cells

  /// The trimmed cell, or nil when the column is absent, the cell empty or
  /// a bad id (reported already).
  public func text(_ row: Int, _ key: String) -> String? {
    guard let index = position[key], !badIDs.contains([row, index]) else { return nil }
    let value = table.rows[row][index]
    return value.isEmpty ? nil : value
  }

  /// A text cell that must be filled.
  public mutating func requiredText(_ row: Int, _ key: String) -> String? {
    if let value = text(row, key) { return value }
    if has(key) { report(row, key, "is empty") }
    return nil
  }

  /// A number checked against `range` (required: no number is read
  /// without one). Empty gives `defaultValue` (an issue when nil and
  /// `required`). Accepts plain decimal notation only, with thousands
  /// separators, full-width digits and, when `percent` is set, `60%` for 0.6
  /// (see `NumberParsing`). A cell that is not a number or lies outside
  /// `range` is an issue naming file, row and column, and gives nil.
  public mutating func number(
    _ row: Int, _ key: String, range: NumberRange, required: Bool = true, default defaultValue: Double? = nil,
    percent: Bool = false
  ) -> Double? {
    guard let raw = text(row, key) else {
      if defaultValue == nil && required && has(key) { report(row, key, "is empty; a number is needed") }
      return defaultValue
    }
    switch NumberParsing.read(raw, percent: percent) {
    case .failure(let problem):
      report(row, key, Self.message(problem, raw: raw))
      return nil
    case .success(let value) where !value.isFinite:
      // Too large for a Double (`1e400`): named as written.
      report(row, key, "\(NumberParsing.shown(raw)) " + (range.outside ?? "is outside the allowed range \(range)"))
      return nil
    case .success(let value):
      if let problem = range.problem(with: value) {
        report(row, key, problem)
        return nil
      }
      return value
    }
  }

  /// A whole number checked against `range`; `2001.5` is an issue.
  public mutating func integer(_ row: Int, _ key: String, range: NumberRange, required: Bool = true) -> Int? {
    guard let value = number(row, key, range: range, required: required) else { return nil }
    guard let whole = Int(checkedFrom: value), Double(whole) == value else {
      report(row, key, "\(NumberRange.format(value)) is not a whole number")
      return nil
    }
    return whole
  }

  private static func message(_ problem: NumberParsing.Problem, raw: String) -> String {
    let cell = "'\(NumberParsing.shown(raw))'"
    switch problem {
    case .controlCharacter(let scalar):
      return "\(cell) contains the control character \(NumberParsing.shown(String(Character(scalar)))); a number cell holds only a number"
    case .percentNotAllowed:
      return "\(cell) is not a number (% is accepted only for shares)"
    case .misplacedSeparator:
      return "\(cell) is not a number (thousands separators must stand between groups of three digits)"
    case .notDecimal:
      return "\(cell) is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)"
    }
  }

  /// Yes/no: `yes`, `no`, `true`, `false`, `1`, `0`, `y`, `n`, `是`, `否`.
  public mutating func flag(_ row: Int, _ key: String, default defaultValue: Bool = false) -> Bool {
    guard let raw = text(row, key) else { return defaultValue }
    switch raw.lowercased() {
    case "yes", "y", "true", "t", "1", "是", "√", "✓": return true
    case "no", "n", "false", "f", "0", "否", "×": return false
    default:
      report(row, key, "'\(raw)' is not yes/no (also 是/否, 1/0, true/false)")
      return defaultValue
    }
  }

  /// A list in one cell, split on `,` `;` `、` `|` `/` `+` and their
  /// full-width forms; empty parts dropped.
  public func list(_ row: Int, _ key: String) -> [String] {
    guard let raw = text(row, key) else { return [] }
    let separators: Set<Character> = [",", ";", "、", "|", "/", "+", "，", "；", "／", "＋", "｜"]
    return raw.split(whereSeparator: { separators.contains($0) })
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// One of a fixed set of values, matched by `parse` (nil = not allowed).
  public mutating func choice<T>(
    _ row: Int, _ key: String, allowed: String, default defaultValue: T? = nil, _ parse: (String) -> T?
  ) -> T? {
    guard let raw = text(row, key) else {
      if defaultValue == nil && has(key) { report(row, key, "is empty; expected \(allowed)") }
      return defaultValue
    }
    guard let value = parse(raw) else {
      report(row, key, "'\(raw)' is not one of \(allowed)")
      return nil
    }
    return value
  }
}
