import Foundation

/// Pretty-printed JSON with sorted keys (in `JSONSerialization`'s order), byte for byte the layout of
/// `JSONSerialization` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
/// (two-space indent, `"key" : value`, empty containers as `[` `]` on
/// lines of their own with an empty line between).
///
/// Written by hand because `JSONSerialization` took 9.6 s of `rank`'s 30 s
/// on the province case (21 MB of `ranking.json`); this takes well under a
/// second. Values: `String`, `Bool`, `Int`, `Double` (finite), arrays and
/// `[String: Any]` dictionaries of these; anything else is an error, as it
/// is for `JSONSerialization`.
public enum PrettyJSON {
  /// A value `PrettyJSON` cannot write.
  public struct UnsupportedValue: Error, CustomStringConvertible {
    public let typeName: String
    public var description: String { "cannot write a value of type \(typeName) as JSON" }
  }

  /// The value as pretty-printed JSON text (no final line break).
  public static func text(_ value: Any) throws -> String {
    var out = ""
    var orders: [String: [String]] = [:]
    try write(value, indent: 0, to: &out, orders: &orders)
    return out
  }

  /// The keys in `JSONSerialization`'s `.sortedKeys` order (case-insensitive,
  /// numeric, width-insensitive, then forced), memoised per key set: a
  /// ranking has 50,000 dictionaries with a handful of distinct key sets.
  private static func sortedKeys(_ keys: Dictionary<String, Any>.Keys, orders: inout [String: [String]]) -> [String] {
    let plain = keys.sorted()
    let memo = plain.joined(separator: "\u{0}")
    if let known = orders[memo] { return known }
    let order = plain.sorted {
      $0.compare($1, options: [.numeric, .caseInsensitive, .widthInsensitive, .forcedOrdering]) == .orderedAscending
    }
    orders[memo] = order
    return order
  }

  private static func write(_ value: Any, indent: Int, to out: inout String, orders: inout [String: [String]]) throws {
    switch value {
    case let string as String:
      appendQuoted(string, to: &out)
    case let bool as Bool:
      out += bool ? "true" : "false"
    case let int as Int:
      out += String(int)
    case let double as Double:
      guard double.isFinite else { throw UnsupportedValue(typeName: "non-finite Double") }
      if double == double.rounded(), abs(double) < 1e15 { out += String(Int64(double)) } else { out += String(double) }
    case let array as [Any]:
      let pad = String(repeating: " ", count: indent + 2)
      out += "[\n"
      if array.isEmpty { out += "\n" }
      for (i, element) in array.enumerated() {
        out += pad
        try write(element, indent: indent + 2, to: &out, orders: &orders)
        out += i + 1 < array.count ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case let object as [String: Any]:
      let pad = String(repeating: " ", count: indent + 2)
      out += "{\n"
      if object.isEmpty { out += "\n" }
      let keys = sortedKeys(object.keys, orders: &orders)
      for (i, key) in keys.enumerated() {
        out += pad
        appendQuoted(key, to: &out)
        out += " : "
        try write(object[key] as Any, indent: indent + 2, to: &out, orders: &orders)
        out += i + 1 < keys.count ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    default:
      throw UnsupportedValue(typeName: String(describing: type(of: value)))
    }
  }

  private static func appendQuoted(_ string: String, to out: inout String) {
    out += "\""
    var plain = true
    for byte in string.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C { plain = false; break }
    if plain {
      out += string
    } else {
      for scalar in string.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case let c where c.value < 0x20: out += String(format: "\\u%04x", c.value)
        default: out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
