/// A column fixed where a point has it at a bound: its own, or one a row
/// implies (``LinearModel/fixNearBounds(_:tolerance:throughRows:)``).
public struct BoundFixing: Sendable {
  /// The column fixed.
  public let variable: Variable
  /// The row whose bound it was fixed at; nil for the column's own bound.
  public let constraint: Constraint?
  /// Where it sits when freed again: the column's status at its own bound,
  /// or the row's status at the row's bound (`fixed` for an equality).
  public let status: Basis.Status
}

extension LinearModel {
  /// Fixes the columns that `point` has within `tolerance` of a bound at
  /// that bound: first the columns' own bounds, then (with `throughRows`)
  /// bounds implied by rows in which every other column is fixed
  /// (``singletonRows()``), pass after pass while one fixes something.
  ///
  /// A fixing is kept only when it leaves every row it touches satisfiable:
  /// a row with no free column left holds to 1e-9 (relative), and a row
  /// with one left leaves that column a non-empty range. (A point from an
  /// interior-point solve is only near its bounds; without this check,
  /// rounding it onto them leaves rows such as a storage balance broken by
  /// 1e-7, and the restricted model infeasible.) The result can still be
  /// infeasible through rows with many columns (a yearly total): the caller
  /// then fixes fewer.
  ///
  /// - Parameter point: column values, by column; columns absent are left.
  /// - Returns: the fixings, in the order made.
  public mutating func fixNearBounds(
    _ point: [(variable: Variable, value: Double)], tolerance: Double, throughRows: Bool
  ) -> [BoundFixing] {
    let rowsOf = rowsByColumn()
    var fixings: [BoundFixing] = []
    for (variable, x) in point where variable.index < variableCount {
      let j = variable.index, lower = columnLower[j], upper = columnUpper[j]
      guard lower < upper else { continue }
      if lower.isFinite && x <= lower + tolerance {
        if fix(j, at: lower, rowsOf) { fixings.append(BoundFixing(variable: variable, constraint: nil, status: .atLower)) }
      } else if upper.isFinite && x >= upper - tolerance {
        if fix(j, at: upper, rowsOf) { fixings.append(BoundFixing(variable: variable, constraint: nil, status: .atUpper)) }
      }
    }
    guard throughRows else { return fixings }
    var value = [Double](repeating: .nan, count: variableCount)
    for (variable, x) in point where variable.index < variableCount { value[variable.index] = x }
    while true {
      // A column's singleton rows together (a column can be alone in
      // several), in the order of their first row.
      var order: [Int] = []
      var rowsOfColumn: [Int: [SingletonRow]] = [:]
      for row in singletonRows() where !value[row.variable.index].isNaN {
        if rowsOfColumn[row.variable.index] == nil { order.append(row.variable.index) }
        rowsOfColumn[row.variable.index, default: []].append(row)
      }
      let before = fixings.count
      for j in order {
        guard columnLower[j] < columnUpper[j], let rows = rowsOfColumn[j] else { continue }
        let x = value[j]
        // The implied bound nearest the point, within the tolerance.
        var best: (value: Double, row: SingletonRow, status: Basis.Status)?
        for row in rows {
          let equality = rowLower[row.constraint.index] == rowUpper[row.constraint.index]
          for (bound, fromRowLower) in [(row.lower, row.lowerFromRowLower), (row.upper, !row.lowerFromRowLower)]
          where bound.isFinite && abs(x - bound) <= tolerance && (best.map { abs(x - bound) < abs(x - $0.value) } ?? true) {
            best = (bound, row, equality ? .fixed : fromRowLower ? .atLower : .atUpper)
          }
        }
        // Strictly inside the column's own bounds: at one, the first step
        // would have fixed it.
        guard let best, best.value > columnLower[j], best.value < columnUpper[j] else { continue }
        if fix(j, at: best.value, rowsOf) {
          fixings.append(BoundFixing(variable: Variable(index: j), constraint: best.row.constraint, status: best.status))
        }
      }
      if fixings.count == before { break }
    }
    return fixings
  }

  /// The rows each column has a term in, in row order.
  func rowsByColumn() -> [[Int]] {
    var rows = [[Int]](repeating: [], count: variableCount)
    for i in 0..<constraintCount {
      for k in rowStart[i]..<rowStart[i + 1] where rows[Int(termColumn[k])].last != i {
        rows[Int(termColumn[k])].append(i)
      }
    }
    return rows
  }

  /// Fixes column `j` at `value` when every row it is in stays satisfiable
  /// (see ``fixNearBounds(_:tolerance:throughRows:)``); else leaves it.
  private mutating func fix(_ j: Int, at value: Double, _ rowsOf: [[Int]]) -> Bool {
    let lower = columnLower[j], upper = columnUpper[j]
    columnLower[j] = value
    columnUpper[j] = value
    for i in rowsOf[j] where !rowStaysSatisfiable(i) {
      columnLower[j] = lower
      columnUpper[j] = upper
      return false
    }
    return true
  }

  /// Whether row `i` can still hold: with no free column, its activity is
  /// within its bounds (to 1e-9 relative); with one, that column's range
  /// and the row's implied range meet (to the same tolerance).
  private func rowStaysSatisfiable(_ i: Int) -> Bool {
    // Two or more free columns: the row can still move.
    guard let (free, coefficient, fixedPart) = fixedPart(ofRow: i) else { return true }
    func slack(_ bound: Double) -> Double { 1e-9 * max(1, abs(bound)) }
    if free < 0 || coefficient == 0 {
      return fixedPart >= rowLower[i] - slack(rowLower[i]) && fixedPart <= rowUpper[i] + slack(rowUpper[i])
    }
    // The range of coefficient × x the row allows, against the column's.
    let low = rowLower[i] - fixedPart, high = rowUpper[i] - fixedPart
    let a = coefficient * columnLower[free], b = coefficient * columnUpper[free]
    let columnLow = min(a, b).isNaN ? -.infinity : min(a, b), columnHigh = max(a, b).isNaN ? .infinity : max(a, b)
    return columnLow <= high + slack(high) && low <= columnHigh + slack(low)
  }
}
