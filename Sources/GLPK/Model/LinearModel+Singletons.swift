/// A row with one column left free: the bounds on that column it implies.
public struct SingletonRow: Sendable {
  /// The row.
  public let constraint: Constraint
  /// Its only column whose bounds differ (every other column is fixed).
  public let variable: Variable
  /// The column's bounds the row implies (±infinity when none), from the
  /// row's bounds less the fixed columns' part, divided by the coefficient.
  public let lower: Double
  public let upper: Double
  /// Which row bound gives ``lower`` and which ``upper`` (they swap when
  /// the coefficient is negative): `true` when `lower` comes from the row's
  /// lower bound.
  public let lowerFromRowLower: Bool
}

extension LinearModel {
  /// The rows in which every column but one is fixed (lower bound = upper
  /// bound), in row order: what GLPK's presolver would turn into column
  /// bounds. A column's own bounds are not applied to the result.
  public func singletonRows() -> [SingletonRow] {
    var result: [SingletonRow] = []
    for i in 0..<constraintCount {
      guard let (free, coefficient, fixedPart) = fixedPart(ofRow: i), free >= 0, coefficient != 0 else { continue }
      let low = (rowLower[i] - fixedPart) / coefficient, high = (rowUpper[i] - fixedPart) / coefficient
      let positive = coefficient > 0
      result.append(SingletonRow(
        constraint: Constraint(index: i), variable: Variable(index: free),
        lower: positive ? low : high, upper: positive ? high : low, lowerFromRowLower: positive))
    }
    return result
  }

  /// Row `i` split into its fixed columns' part (Σ coefficient × value) and
  /// its one free column (index and summed coefficient; −1 and 0 when none);
  /// nil when two or more columns are free.
  func fixedPart(ofRow i: Int) -> (free: Int, coefficient: Double, fixedPart: Double)? {
    var free = -1, coefficient = 0.0, fixedPart = 0.0
    for k in rowStart[i]..<rowStart[i + 1] {
      let c = Int(termColumn[k])
      if columnLower[c] == columnUpper[c] {
        fixedPart += termValue[k] * columnLower[c]
      } else if free < 0 || free == c {
        free = c
        coefficient += termValue[k]
      } else {
        return nil
      }
    }
    return (free, coefficient, fixedPart)
  }
}
