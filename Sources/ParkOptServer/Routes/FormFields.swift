import Foundation

/// The fields of an `application/x-www-form-urlencoded` body (or a query).
enum FormFields {
  /// Name → value; `+` is a space, `%XX` a byte; a later field wins.
  static func parse(_ text: String) -> [String: String] {
    var fields: [String: String] = [:]
    for pair in text.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let decode = { (s: Substring) in
        String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
      }
      fields[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
    }
    return fields
  }
}
