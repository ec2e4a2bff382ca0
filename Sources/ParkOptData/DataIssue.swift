/// One problem in an input file: where it is and what is wrong.
///
/// Rows are numbered as a spreadsheet shows them: the header is row 1, the
/// first data row is row 2. A problem in a table names its row and column
/// (`parcels.csv, row 4, column 'area_mu'`); one in a scenario file names its
/// key path (`scenario.yaml, key 'objective.tax'`).
public struct DataIssue: Sendable, Equatable, CustomStringConvertible {
  /// The file, as the user named it.
  public var file: String
  /// The spreadsheet row (header = 1), when the problem is in one row.
  public var row: Int?
  /// The column as written in the file's header, when the problem is in one
  /// column.
  public var column: String?
  /// The key path in a YAML or JSON file (`objective.tax`, `cutoffs[1]`),
  /// when the problem is at one key.
  public var key: String?
  /// What is wrong, in plain words.
  public var message: String

  public init(file: String, row: Int? = nil, column: String? = nil, key: String? = nil, message: String) {
    self.file = file
    self.row = row
    self.column = column
    self.key = key
    self.message = message
  }

  public var description: String {
    var place = file
    if let row { place += ", row \(row)" }
    if let column { place += ", column '\(column)'" }
    if let key { place += ", key '\(key)'" }
    return "\(place): \(message)"
  }
}

/// Every problem found in a set of input files; thrown instead of solving.
public struct DataErrors: Error, Sendable, CustomStringConvertible {
  /// The problems, in file and row order.
  public var issues: [DataIssue]

  public init(_ issues: [DataIssue]) { self.issues = issues }

  public var description: String {
    let shown = issues.prefix(50).map { "  - \($0)" }.joined(separator: "\n")
    let more = issues.count > 50 ? "\n  … and \(issues.count - 50) more" : ""
    return "\(issues.count) problem\(issues.count == 1 ? "" : "s") in the input:\n\(shown)\(more)"
  }
}
