/// Some columns of a model, in order (the columns of
/// ``LinearModel/keepingColumns(_:)``'s result), and the way between values
/// over them and values over the whole model.
public struct ColumnSelection: Sendable, Equatable {
  /// `columns[k]`: the whole model's column that column `k` stands for.
  public let columns: [Int]
  /// The whole model's column count.
  public let fullCount: Int

  public init(columns: [Int], of fullCount: Int) {
    self.columns = columns
    self.fullCount = fullCount
  }

  /// Per-column `values` of the whole model, for the selected columns.
  public func restrict<T>(_ values: [T]) -> [T] { columns.map { values[$0] } }

  /// Per-column `values` of the selected columns as the whole model's,
  /// `filling` the columns left out.
  public func expand<T>(_ values: [T], filling: T) -> [T] {
    var full = [T](repeating: filling, count: fullCount)
    for (k, j) in columns.enumerated() { full[j] = values[k] }
    return full
  }

  /// A basis over the selected columns as one of the whole model: the
  /// columns left out (at 0) are nonbasic at their lower bound.
  public func expand(_ basis: Basis) -> Basis {
    Basis(rows: basis.rows, columns: expand(basis.columns, filling: .atLower))
  }

  /// A basis of the whole model for the selected columns.
  public func restrict(_ basis: Basis) -> Basis { Basis(rows: basis.rows, columns: restrict(basis.columns)) }
}
