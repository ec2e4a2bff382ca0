import Foundation
import ParkOptData

/// Multiplies every number of some columns of a CSV table by a factor (the
/// `scale` sweep): empty cells stay empty, other cells must be numbers.
public enum ColumnScaling {
  /// The table at `path` with each column of `factors` (header → factor)
  /// scaled, as UTF-8 CSV; `shown` names the table in messages.
  /// - Throws: ``DataErrors`` for a missing column (with the nearest header),
  ///   for every cell of a scaled column that is not a number and for the
  ///   table's own ``CSVTable/issues`` (file, row, column), in row order.
  public static func scaled(_ path: String, factors: [(column: String, factor: Double)], shown: String) throws(DataErrors) -> Data {
    var table = try CSVTable(contentsOf: path)
    table.file = shown
    return try scaled(table, factors: factors)
  }

  /// `table` with the columns of `factors` scaled, as UTF-8 CSV.
  public static func scaled(_ table: CSVTable, factors: [(column: String, factor: Double)]) throws(DataErrors) -> Data {
    var rows = table.rows
    var issues = table.issues  // a skipped row's cells are empty, so left alone below
    for (column, factor) in factors {
      guard let c = table.header.firstIndex(of: column) else {
        let near = nearest(column, in: table.header).map { "; did you mean `\($0)`?" } ?? ""
        issues.append(DataIssue(
          file: table.file, column: column,
          message: "has no column `\(column)` to scale (columns: \(table.header.joined(separator: ", ")))\(near)"))
        continue
      }
      for r in rows.indices {
        let cell = rows[r][c].trimmingCharacters(in: .whitespaces)
        if cell.isEmpty { continue }
        guard let x = Double(cell.replacingOccurrences(of: "_", with: "")), x.isFinite else {
          issues.append(DataIssue(
            file: table.file, row: table.rowNumbers[r], column: column,
            message: "'\(cell)' is not a number, so it cannot be scaled by \(NumberRange.format(factor))"))
          continue
        }
        rows[r][c] = format(x * factor)
      }
    }
    if !issues.isEmpty { throw DataErrors(DataIssue.inRowOrder(issues)) }
    return Data(CSVText.render([table.header] + rows).utf8)
  }

  /// A scaled number, rounded to 12 significant digits so that 0.8 × 84900
  /// is written `67920`, not `67920.00000000001`.
  public static func format(_ x: Double) -> String {
    let rounded = Double(String(format: "%.12g", x)) ?? x
    return NumberRange.format(rounded == 0 ? 0 : rounded)
  }

  /// The header most like `column` (case and `-`/`_` ignored, or a prefix).
  private static func nearest(_ column: String, in header: [String]) -> String? {
    let key = column.lowercased().replacingOccurrences(of: "-", with: "_")
    return header.first { $0.lowercased() == key }
      ?? header.first { $0.lowercased().hasPrefix(key) || key.hasPrefix($0.lowercased()) }
  }
}
