/// The columns an input table may have.
public struct TableSchema: Sendable {
  /// One column: a key used in code and the header names users may write.
  public struct Column: Sendable {
    /// The canonical English name (`area_mu`), also accepted as a header.
    public var key: String
    /// Other accepted headers, e.g. the Chinese name (`面积(亩)`).
    public var aliases: [String]
    /// Whether every file must have this column.
    public var required: Bool
    /// What the column holds, with its unit (for documentation and errors).
    public var help: String
    /// For a column of ids (or of cells naming one), what an id may be:
    /// ``TableReader`` checks every cell of such a column against it.
    public var identifier: IdentifierRule?

    public init(
      _ key: String, _ aliases: [String] = [], required: Bool = false, identifier: IdentifierRule? = nil,
      help: String = ""
    ) {
      self.key = key
      self.aliases = aliases
      self.required = required
      self.identifier = identifier
      self.help = help
    }

    /// Every header the column accepts, quoted, for a message about the
    /// column missing: `'carbon_t' or '年碳排放(吨)' or '碳排放'`.
    public var acceptedNames: String { ([key] + aliases).map { "'\($0)'" }.joined(separator: " or ") }
  }

  /// The table's name, e.g. "parcels".
  public var name: String
  /// Its columns.
  public var columns: [Column]
  /// Whether a file with a header but no data rows is an error.
  public var requiresRows: Bool

  public init(name: String, columns: [Column], requiresRows: Bool = false) {
    self.name = name
    self.columns = columns
    self.requiresRows = requiresRows
  }

  /// A header cell in a comparable form: case, spaces, underscores, hyphens
  /// and full-width brackets do not matter (`Area (mu)` = `area_mu`,
  /// `面积（亩）` = `面积(亩)`).
  public static func normalize(_ header: String) -> String {
    var out = ""
    for scalar in header.lowercased().unicodeScalars {
      switch scalar {
      case " ", "\t", "_", "-", "\u{3000}", "(", ")", "（", "）", "[", "]", "【", "】": continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
