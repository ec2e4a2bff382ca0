extension DataIssue {
  /// The issues of one file in row order: those about the whole file (no
  /// row) first, then row by row; the issues of one row keep their order.
  public static func inRowOrder(_ issues: [DataIssue]) -> [DataIssue] {
    issues.enumerated()
      .sorted { ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset) }
      .map(\.element)
  }
}
