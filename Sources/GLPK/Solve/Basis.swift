/// A simplex basis: the status of every row and column, to warm-start a
/// later solve of the same or a slightly changed model.
public struct Basis: Sendable, Equatable {
  /// The status of one row or column.
  public enum Status: Int32, Sendable {
    case basic = 1, atLower = 2, atUpper = 3, free = 4, fixed = 5
  }
  /// Row statuses, one per constraint.
  public var rows: [Status]
  /// Column statuses, one per variable.
  public var columns: [Status]

  public init(rows: [Status], columns: [Status]) {
    self.rows = rows
    self.columns = columns
  }
}
