/// Renders rows as RFC 4180 CSV (fields with commas, quotes or line breaks
/// are quoted). Writing is this small; reading CSV uses a library.
public enum CSVText {
  public static func render(_ rows: [[String]]) -> String {
    rows.map { row in row.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  private static func field(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
