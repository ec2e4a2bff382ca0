/// A mapping of a scenario file with its valid keys; the getters take a key
/// and return nil when it is absent or its value is wrong (an issue is then
/// recorded with the key's dotted path).
public struct ScenarioMapping {
  /// Where the mapping is (`""` for the top level).
  public let path: String
  let pairs: [(key: String, value: ScenarioValue)]
  /// The valid keys (nil: any key).
  public let allowed: [String]?
  let reader: ScenarioReader
  /// The line the mapping starts on (nil for the top level).
  let line: Int?

  /// The keys given (valid ones only), in file order.
  public var keys: [String] { pairs.map(\.key) }

  /// The value of `key`, or nil when absent.
  public func value(_ key: String) -> ScenarioValue? {
    assert(allowed?.contains(key) ?? true, "'\(key)' is not among the valid keys of '\(path)'")
    return pairs.first { $0.key == key }?.value
  }

  /// Whether `key` is given (null counts as given).
  public func contains(_ key: String) -> Bool { value(key) != nil }

  /// Every valid key and its value, in file order.
  public var entries: [(key: String, value: ScenarioValue)] { pairs }

  /// Records a problem with the value at `key` (or the mapping itself, for nil).
  public func report(_ key: String?, _ message: String) {
    if let key, let value = value(key) { return value.report(message) }
    let keyPath = key.map { path.isEmpty ? $0 : "\(path).\($0)" } ?? path
    reader.report(keyPath, message, line: line)
  }

  // MARK: - Typed getters

  /// A number inside `range`; null is an issue.
  public func number(_ key: String, _ range: NumberRange) -> Double? { value(key)?.number(range) }

  /// A number inside `range`, or null (`null`, `~`, nothing, `none`, `off`,
  /// `无`): `.some(nil)`; nil when absent or wrong.
  public func optionalNumber(_ key: String, _ range: NumberRange) -> Double?? {
    guard let value = value(key) else { return nil }
    if value.meansNone { return .some(nil) }
    return value.number(range).map { .some($0) }
  }

  /// A whole number inside `range`.
  public func integer(_ key: String, _ range: NumberRange) -> Int? { value(key)?.integer(range) }

  /// A whole number inside `range`, or null: `.some(nil)`; nil when absent or wrong.
  public func optionalInteger(_ key: String, _ range: NumberRange) -> Int?? {
    guard let value = value(key) else { return nil }
    if value.meansNone { return .some(nil) }
    return value.integer(range).map { .some($0) }
  }

  /// true or false.
  public func bool(_ key: String) -> Bool? { value(key)?.bool() }

  /// Text.
  public func string(_ key: String) -> String? { value(key)?.string() }

  /// Text, or null: `.some(nil)`; nil when absent or wrong.
  public func optionalString(_ key: String) -> String?? {
    guard let value = value(key) else { return nil }
    if value.isNull { return .some(nil) }
    return value.string().map { .some($0) }
  }

  /// One of `values`.
  public func choice(_ key: String, _ values: [String]) -> String? { value(key)?.choice(values) }

  /// One of the cases of `T`, by raw value.
  public func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T?
  where T.RawValue == String {
    value(key)?.choice(type)
  }

  /// The items of a list.
  public func list(_ key: String) -> [ScenarioValue]? { value(key)?.list() }

  /// A list of numbers inside `range` (`count` of them when given).
  public func numbers(_ key: String, _ range: NumberRange, count: Int? = nil) -> [Double]? {
    value(key)?.numbers(range, count: count)
  }

  /// A list of texts.
  public func strings(_ key: String) -> [String]? { value(key)?.strings() }

  /// A nested mapping whose valid keys are `keys` (nil: any key).
  public func mapping(_ key: String, keys: [String]?) -> ScenarioMapping? { value(key)?.mapping(keys: keys) }
}

extension ScenarioValue {
  /// Null, or a word meaning "none" (`none`, `off`, `无`).
  var meansNone: Bool {
    if isNull { return true }
    guard let text = scalarText else { return false }
    return ["none", "null", "off", "无"].contains(text.lowercased())
  }
}
