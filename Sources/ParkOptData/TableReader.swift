import Foundation

/// A ``CSVTable`` matched to a ``TableSchema``, with typed access to cells.
///
/// Every bad cell is recorded in ``issues`` (file, row, column, reason) and
/// reading goes on, so a user sees all problems at once.
public struct TableReader: Sendable {
  /// The table read.
  public let table: CSVTable
  /// The schema it was matched to.
  public let schema: TableSchema
  /// Problems found so far.
  public private(set) var issues: [DataIssue] = []
  private var position: [String: Int] = [:]

  /// Matches the header to the schema; a missing required column, a column
  /// given twice or, when the schema requires rows, a table without data
  /// rows is an issue.
  public init(_ table: CSVTable, schema: TableSchema) {
    self.table = table
    self.schema = schema
    var byName: [String: String] = [:]
    for column in schema.columns {
      for name in [column.key] + column.aliases { byName[TableSchema.normalize(name)] = column.key }
    }
    for (index, cell) in table.header.enumerated() {
      guard let key = byName[TableSchema.normalize(cell)] else { continue }
      if let earlier = position[key] {
        issues.append(DataIssue(
          file: table.file, row: 1, column: cell,
          message: "gives '\(key)' again (already column '\(table.header[earlier])')"))
      } else {
        position[key] = index
      }
    }
    for column in schema.columns where column.required && position[column.key] == nil {
      let names = ([column.key] + column.aliases).map { "'\($0)'" }.joined(separator: " or ")
      issues.append(DataIssue(file: table.file, row: 1, message: "missing column \(names)"))
    }
    if schema.requiresRows && table.rows.isEmpty {
      issues.append(DataIssue(file: table.file, message: "has no data rows; at least one is needed"))
    }
  }

  /// The number of data rows.
  public var rowCount: Int { table.rows.count }
  /// Whether the file has this column.
  public func has(_ key: String) -> Bool { position[key] != nil }
  /// The spreadsheet row number of data row `row`.
  public func rowNumber(_ row: Int) -> Int { table.rowNumbers[row] }

  /// Records an issue about a cell.
  public mutating func report(_ row: Int, _ key: String?, _ message: String) {
    let column = key.flatMap { position[$0] }.map { table.header[$0] } ?? key
    issues.append(DataIssue(file: table.file, row: table.rowNumbers[row], column: column, message: message))
  }

  /// Records an issue about the whole file.
  public mutating func report(_ message: String) {
    issues.append(DataIssue(file: table.file, message: message))
  }

  // MARK: - Cells

  /// The trimmed cell, or nil when the column is absent or the cell empty.
  public func text(_ row: Int, _ key: String) -> String? {
    guard let index = position[key] else { return nil }
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

extension TableReader {
  /// Records an issue about a spreadsheet row number (header = 1).
  public mutating func reportRow(_ rowNumber: Int, _ key: String?, _ message: String) {
    guard let index = table.rowNumbers.firstIndex(of: rowNumber) else {
      report(message)
      return
    }
    report(index, key, message)
  }
}
