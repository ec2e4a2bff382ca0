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

  /// Matches the header to the schema; a missing required column or a
  /// column given twice is an issue.
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

  /// A number; empty gives `defaultValue` (an issue when nil and
  /// `required`). Accepts thousands separators, full-width digits and, when
  /// `percent` is set, `60%` for 0.6. Values outside `range` are issues.
  public mutating func number(
    _ row: Int, _ key: String, required: Bool = true, default defaultValue: Double? = nil,
    range: ClosedRange<Double>? = nil, percent: Bool = false
  ) -> Double? {
    guard let raw = text(row, key) else {
      if defaultValue == nil && required && has(key) { report(row, key, "is empty; a number is needed") }
      return defaultValue
    }
    guard let value = NumberParsing.parse(raw, percent: percent) else {
      report(row, key, "'\(raw)' is not a number")
      return nil
    }
    if let range, !range.contains(value) {
      report(row, key, "\(raw) is outside \(NumberParsing.describe(range))")
      return nil
    }
    return value
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
