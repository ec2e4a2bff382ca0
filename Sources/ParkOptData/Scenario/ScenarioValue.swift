import Foundation
import Yams

/// One value of a scenario file and its dotted key path (`objective.tax`,
/// `classes.cutoffs[1]`); its getters record a plain-language issue and
/// return nil when the value has the wrong type or is out of range.
public struct ScenarioValue {
  let node: Node
  /// Where the value is, e.g. `groups.large.cap_multiple`.
  public let path: String
  let reader: ScenarioReader

  /// The line of the file the value starts on (1 = first).
  public var line: Int? { node.mark?.line }

  /// Whether the value is YAML's null (`null`, `~` or nothing after the colon).
  public var isNull: Bool {
    guard case .scalar(let scalar) = node else { return false }
    return scalar.style == .plain && (tagIs(.null) || scalar.string.isEmpty)
  }

  /// Records a problem with this value.
  public func report(_ message: String) { reader.report(path, message, line: line) }

  /// A number inside `range`; NaN and infinity are refused.
  public func number(_ range: NumberRange) -> Double? {
    guard let x = plainNumber() else {
      report("must be a number\(range.phrase); found \(found)")
      return nil
    }
    guard x.isFinite else {
      report("must be a finite number\(range.phrase); found \(found)")
      return nil
    }
    guard range.contains(x) else {
      report("must be a number\(range.phrase); found \(NumberRange.format(x))")
      return nil
    }
    return x
  }

  /// A whole number inside `range`.
  public func integer(_ range: NumberRange) -> Int? {
    guard let x = plainNumber(), x.isFinite, x == x.rounded(), abs(x) < 9e15 else {
      report("must be a whole number\(range.phrase); found \(found)")
      return nil
    }
    guard range.contains(x) else {
      report("must be a whole number\(range.phrase); found \(NumberRange.format(x))")
      return nil
    }
    return Int(x)
  }

  /// true/false (also yes/no, on/off, 1/0, 是/否).
  public func bool() -> Bool? {
    if let text = scalarText {
      switch text.lowercased() {
      case "true", "yes", "on", "1", "是": return true
      case "false", "no", "off", "0", "否": return false
      default: break
      }
    }
    report("must be true or false; found \(found)")
    return nil
  }

  /// Text (a number is taken as written, e.g. `2025`).
  public func string() -> String? {
    guard let text = scalarText else {
      report("must be text; found \(found)")
      return nil
    }
    return text
  }

  /// One of `values` (matched exactly, else ignoring case and `-`/`_`);
  /// anything else is an issue naming the values and the nearest one.
  public func choice(_ values: [String]) -> String? {
    guard let text = scalarText else {
      report("must be one of \(Self.list(values)); found \(found)")
      return nil
    }
    if values.contains(text) { return text }
    if let match = values.first(where: { KeySuggestion.normalised($0) == KeySuggestion.normalised(text) }) {
      return match
    }
    let hint = KeySuggestion.nearest(to: text, among: values).map { "; did you mean `\($0)`?" } ?? ""
    report("must be one of \(Self.list(values)); found `\(Self.cut(text))`\(hint)")
    return nil
  }

  /// One of the cases of `T`, by raw value (see ``choice(_:)-([String])``).
  public func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> T? where T.RawValue == String {
    choice(T.allCases.map(\.rawValue)).flatMap(T.init(rawValue:))
  }

  /// The items of a list, each with its path (`key[0]`, `key[1]`, …).
  public func list() -> [ScenarioValue]? {
    guard case .sequence(let items) = node else {
      report("must be a list; found \(found)")
      return nil
    }
    return items.enumerated().map { ScenarioValue(node: $0.element, path: "\(path)[\($0.offset)]", reader: reader) }
  }

  /// A list of numbers, each inside `range`; `count` items when given.
  public func numbers(_ range: NumberRange, count: Int? = nil) -> [Double]? {
    guard let items = list() else { return nil }
    if let count, items.count != count {
      report("must be a list of \(count) numbers; found \(items.count)")
      return nil
    }
    let values = items.compactMap { $0.number(range) }
    return values.count == items.count ? values : nil
  }

  /// A list of texts.
  public func strings() -> [String]? {
    guard let items = list() else { return nil }
    let values = items.compactMap { $0.string() }
    return values.count == items.count ? values : nil
  }

  /// A mapping whose valid keys are `keys` (nil: any key). Unknown keys are
  /// issues naming the nearest valid key, or all of them.
  public func mapping(keys: [String]?) -> ScenarioMapping? {
    guard case .mapping(let map) = node else {
      report("must be a mapping of keys to values; found \(found)")
      return nil
    }
    var pairs: [(key: String, value: ScenarioValue)] = []
    var lines: [String: Int?] = [:]
    for (keyNode, valueNode) in map {
      let keyPath = { (key: String) in path.isEmpty ? key : "\(path).\(key)" }
      guard let key = ScenarioValue(node: keyNode, path: path, reader: reader).scalarText else {
        reader.report(path, "has a key that is not text", line: keyNode.mark?.line)
        continue
      }
      if let first = lines[key] {
        let previous = first.map { " (first on line \($0))" } ?? ""
        reader.report(keyPath(key), "is given twice\(previous)", line: keyNode.mark?.line)
        continue
      }
      lines[key] = keyNode.mark?.line
      if let keys, !keys.contains(key) {
        let hint = KeySuggestion.nearest(to: key, among: keys).map { "did you mean `\($0)`?" }
          ?? (keys.isEmpty ? "no keys are allowed here" : "valid keys: \(Self.list(keys))")
        reader.report(keyPath(key), "unknown key; \(hint)", line: keyNode.mark?.line)
        continue
      }
      pairs.append((key, ScenarioValue(node: valueNode, path: keyPath(key), reader: reader)))
    }
    return ScenarioMapping(path: path, pairs: pairs, allowed: keys, reader: reader, line: path.isEmpty ? nil : line)
  }

  // MARK: - Reading scalars

  /// The scalar's text; nil for null, lists and mappings.
  var scalarText: String? {
    guard case .scalar(let scalar) = node, !isNull else { return nil }
    return scalar.string
  }

  /// The scalar as a number (`1_000`, `.inf`, quoted digits); nil when it is not one.
  func plainNumber() -> Double? {
    guard let text = scalarText?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
    switch text.lowercased() {
    case ".inf", "+.inf", "inf", "+inf", "infinity": return .infinity
    case "-.inf", "-inf", "-infinity": return -.infinity
    case ".nan", "nan": return .nan
    default: break
    }
    let digits = text.replacingOccurrences(of: "_", with: "")
    guard digits.first.map({ $0.isNumber || "+-.".contains($0) }) == true else { return nil }
    return Double(digits)
  }

  /// What the value is, in words: "the number 3", "the text `abc`",
  /// "a mapping", "a list of 2 items", "nothing (null)".
  var found: String {
    switch node {
    case .mapping(let map): return map.count == 0 ? "an empty mapping" : "a mapping"
    case .sequence(let items): return "a list of \(items.count) item\(items.count == 1 ? "" : "s")"
    case .scalar(let scalar):
      if isNull { return "nothing (null)" }
      if scalar.style == .plain, tagIs(.int) || tagIs(.float) { return "the number \(Self.cut(scalar.string))" }
      if scalar.style == .plain, tagIs(.bool) { return "the true/false value `\(scalar.string)`" }
      return "the text `\(Self.cut(scalar.string))`"
    }
  }

  /// The most characters of a value a message repeats.
  static let shownLength = 80

  /// `text` for a message: whole when it has at most ``shownLength``
  /// characters, else its first ``shownLength`` − 1 and `…` (a
  /// 100,000-digit number is not echoed whole).
  static func cut(_ text: String) -> String {
    text.count > shownLength ? String(text.prefix(shownLength - 1)) + "…" : text
  }

  /// Whether the value's resolved tag is `name`.
  func tagIs(_ name: Tag.Name) -> Bool { node.tag.description == name.rawValue }

  /// "`a`, `b` or `c`".
  static func list(_ values: [String]) -> String {
    let quoted = values.map { "`\($0)`" }
    guard quoted.count > 1, let last = quoted.last else { return quoted.first ?? "(none)" }
    return quoted.dropLast().joined(separator: ", ") + " or " + last
  }
}

extension NumberRange {
  /// " in 0…1", " > 0", " ≥ 1", … or "" for any number.
  var phrase: String {
    if self == .any { return "" }
    return lower != nil && upper != nil && lowerIncluded ? " in \(description)" : " \(description)"
  }
}
