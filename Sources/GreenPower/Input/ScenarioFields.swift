import ParkOptData

/// Reads typed values out of a parsed YAML/JSON mapping, recording every
/// wrong type, out-of-range value and unknown key with its dotted path.
struct ScenarioFields {
  let file: String
  private(set) var issues: [DataIssue] = []

  init(file: String) { self.file = file }

  mutating func report(_ path: String, _ message: String) {
    issues.append(DataIssue(file: file, column: path, message: message))
  }

  /// The mapping at `path` (keys as strings), or nil when absent or wrong.
  mutating func mapping(_ value: Any?, _ path: String) -> [String: Any]? {
    guard let value, !(value is NSNullLike) else { return nil }
    if let map = value as? [String: Any] { return map }
    if let map = value as? [AnyHashable: Any] {
      var out: [String: Any] = [:]
      for (k, v) in map { out["\(k)"] = v }
      return out
    }
    report(path, "must be a mapping of keys to values")
    return nil
  }

  /// Reports keys of `map` not in `known`.
  mutating func checkKeys(_ map: [String: Any], _ known: [String], _ path: String) {
    for key in map.keys.sorted() where !known.contains(key) {
      let prefix = path.isEmpty ? "" : path + "."
      report(prefix + key, "unknown key; expected one of \(known.joined(separator: ", "))")
    }
  }

  /// A number; `range` checked.
  mutating func number(_ value: Any?, _ path: String, range: ClosedRange<Double>? = nil) -> Double? {
    guard let value, !(value is NSNullLike) else { return nil }
    var number: Double?
    switch value {
    case let d as Double: number = d
    case let i as Int: number = Double(i)
    case let s as String: number = Double(s.trimmingCharacters(in: .whitespaces))
    default: number = nil
    }
    guard let n = number, n.isFinite else {
      report(path, "'\(value)' is not a number")
      return nil
    }
    if let range, !range.contains(n) {
      report(path, "\(n) is outside \(range.lowerBound)…\(range.upperBound)")
      return nil
    }
    return n
  }

  /// A number or an explicit `null`/`none` (→ .some(nil)); absent → nil.
  mutating func optionalNumber(_ map: [String: Any], _ key: String, _ path: String,
                               range: ClosedRange<Double>? = nil) -> Double?? {
    guard let value = map[key] else { return nil }
    if value is NSNullLike { return .some(nil) }
    if let s = value as? String, ["none", "null", "off", "无"].contains(s.lowercased()) { return .some(nil) }
    return number(value, path, range: range).map { .some($0) }
  }

  mutating func bool(_ value: Any?, _ path: String) -> Bool? {
    guard let value, !(value is NSNullLike) else { return nil }
    if let b = value as? Bool { return b }
    if let s = value as? String {
      switch s.lowercased() {
      case "yes", "true", "1", "是": return true
      case "no", "false", "0", "否": return false
      default: break
      }
    }
    report(path, "'\(value)' is not true/false")
    return nil
  }

  mutating func string(_ value: Any?, _ path: String) -> String? {
    guard let value, !(value is NSNullLike) else { return nil }
    if let s = value as? String { return s }
    if let i = value as? Int { return String(i) }
    if let d = value as? Double { return String(d) }
    report(path, "'\(value)' is not text")
    return nil
  }

  mutating func strings(_ value: Any?, _ path: String) -> [String]? {
    guard let value, !(value is NSNullLike) else { return nil }
    guard let list = value as? [Any] else {
      report(path, "must be a list")
      return nil
    }
    return list.enumerated().compactMap { string($0.element, "\(path)[\($0.offset)]") }
  }
}

/// Stands for YAML/JSON null values (Yams gives `NSNull`).
protocol NSNullLike {}

#if canImport(Foundation)
import Foundation
extension NSNull: NSNullLike {}
#endif
