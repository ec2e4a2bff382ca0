import Foundation
import ParkOptData
import Yams

/// Sets keys of a scenario file (the `scenario` sweep): a dotted key path
/// names nested mappings (`objective.tax`), missing ones are created.
public enum ScenarioEdit {
  /// The scenario text with each `(key path, value)` set, as YAML; `base`
  /// nil starts from an empty scenario. Values are written as plain YAML
  /// scalars, so `0.8` is a number and `2030` may be read as text or number.
  /// - Throws: ``DataErrors`` when the base is not valid YAML, or a key path
  ///   goes through a value that is not a mapping.
  public static func edited(_ base: String?, file: String, settings: [(key: String, value: String)]) throws(DataErrors) -> String {
    var root: Node = .mapping(Node.Mapping([]))
    if let base, let node = try ScenarioReader.compose(base, file: file) { root = node }
    for (key, value) in settings {
      let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
      guard !parts.contains(where: \.isEmpty) else {
        throw DataErrors([DataIssue(file: file, key: key, message: "is not a key path (empty part)")])
      }
      guard let updated = set(parts[...], to: value, in: root) else {
        throw DataErrors([DataIssue(
          file: file, key: key, message: "cannot be set: a part of the path holds a value that is not a mapping")])
      }
      root = updated
    }
    do {
      return try Yams.serialize(node: root, allowUnicode: true, sortKeys: false)
    } catch {
      throw DataErrors([DataIssue(file: file, message: "cannot be written back as YAML: \(error)")])
    }
  }

  /// `node` with the value at `path` set (nil when `node` is not a mapping).
  private static func set(_ path: ArraySlice<String>, to value: String, in node: Node) -> Node? {
    guard let first = path.first else { return Node(value) }
    var pairs: [(Node, Node)]
    switch node {
    case .mapping(let existing): pairs = existing.map { ($0.key, $0.value) }
    case .scalar(let scalar) where scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null":
      pairs = []
    default: return nil
    }
    let index = pairs.firstIndex { $0.0.scalar?.string == first }
    let child = index.map { pairs[$0].1 } ?? .mapping(Node.Mapping([]))
    guard let updated = set(path.dropFirst(), to: value, in: child) else { return nil }
    if let index { pairs[index].1 = updated } else { pairs.append((Node(first), updated)) }
    return .mapping(Node.Mapping(pairs))
  }
}
