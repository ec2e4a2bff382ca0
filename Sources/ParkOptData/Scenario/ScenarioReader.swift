import Foundation
import Yams

/// Reads a scenario file (YAML or JSON, YAML being a superset of JSON) into
/// typed settings, collecting every problem with its dotted key path.
///
/// A file that is missing, not UTF-8 or not valid YAML/JSON is thrown at
/// once. Otherwise ``root(keys:)`` gives the top-level mapping; its getters
/// record unknown keys (with the nearest valid key), wrong types and values
/// out of range, and ``finish()`` throws them all together as ``DataErrors``
/// (file, and key path in each issue's `key`).
///
/// ```swift
/// let reader = try ScenarioReader(path: "scenario.yaml")
/// let top = reader.root(keys: ["mip_gap", "objective"])
/// if let v = top.number("mip_gap", .fraction) { s.mipGap = v }
/// try reader.finish()
/// ```
public final class ScenarioReader {
  /// The file, as the user named it.
  public let file: String
  /// Problems found so far, in the order they were found.
  public private(set) var issues: [DataIssue] = []
  private var lines: [Int?] = []
  private let top: Node?

  /// Reads the file at `path`.
  public convenience init(path: String) throws(DataErrors) {
    try self.init(text: Self.text(at: path), file: path)
  }

  /// Parses `text`; `file` names it in messages.
  public init(text: String, file: String) throws(DataErrors) {
    self.file = file
    top = try Self.compose(text, file: file)
  }

  /// The YAML (or JSON) node tree of `text`; a text nested too deeply for
  /// the parser (``NestingDepth``) or not valid YAML is an error naming `file`.
  public static func compose(_ text: String, file: String) throws(DataErrors) -> Node? {
    if let deep = NestingDepth.firstTooDeep(in: text) {
      throw DataErrors([DataIssue(
        file: file,
        message: "is nested too deeply to read (line \(deep.line): about \(deep.depth) levels of brackets and indentation; at most \(NestingDepth.limit))")])
    }
    do {
      return try Yams.compose(yaml: text)
    } catch {
      throw DataErrors([DataIssue(file: file, message: "is not valid YAML or JSON: \(Self.describe(error))")])
    }
  }

  /// The top-level mapping, whose valid keys are `keys`; an empty file is
  /// an empty mapping, anything else but a mapping is an issue (and gives an
  /// empty mapping).
  public func root(keys: [String]) -> ScenarioMapping {
    guard let top else { return ScenarioMapping(path: "", pairs: [], allowed: keys, reader: self, line: nil) }
    let value = ScenarioValue(node: top, path: "", reader: self)
    if value.isNull { return ScenarioMapping(path: "", pairs: [], allowed: keys, reader: self, line: nil) }
    return value.mapping(keys: keys) ?? ScenarioMapping(path: "", pairs: [], allowed: keys, reader: self, line: nil)
  }

  /// Records a problem with the value at `path` (`line` when known).
  public func report(_ path: String, _ message: String, line: Int? = nil) {
    let text = line.map { "\(message) (line \($0))" } ?? message
    issues.append(DataIssue(file: file, key: path.isEmpty ? nil : path, message: text))
    lines.append(line)
  }

  /// Throws every problem found, in file order (problems found by cross
  /// checks, without a line, last).
  public func finish() throws(DataErrors) {
    guard !issues.isEmpty else { return }
    let order = issues.indices.sorted { (lines[$0] ?? .max, $0) < (lines[$1] ?? .max, $1) }
    throw DataErrors(order.map { issues[$0] })
  }

  /// The text of the file at `path`: missing files, folders and text that is
  /// not UTF-8 (a UTF-8 byte-order mark is allowed) are errors.
  public static func text(at path: String) throws(DataErrors) -> String {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw DataErrors([DataIssue(file: path, message: "no such file")])
    }
    if isFolder.boolValue { throw DataErrors([DataIssue(file: path, message: "is a folder, not a file")]) }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DataErrors([DataIssue(file: path, message: "cannot be read (permissions?)")])
    }
    let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
    guard let text = String(data: body, encoding: .utf8) else {
      throw DataErrors([DataIssue(file: path, message: "is not UTF-8 text; save it as UTF-8")])
    }
    return text
  }

  /// "line 3, column 7: could not find expected ':' (while scanning a simple key)".
  static func describe(_ error: any Error) -> String {
    guard let yaml = error as? YamlError else { return "\(error)" }
    func place(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> String {
      "line \(mark.line), column \(mark.column): \(problem)" + (context.map { " (\($0.text))" } ?? "")
    }
    if case let .scanner(context, problem, mark, _) = yaml { return place(problem, context, mark) }
    if case let .parser(context, problem, mark, _) = yaml { return place(problem, context, mark) }
    if case let .composer(context, problem, mark, _) = yaml { return place(problem, context, mark) }
    if case let .reader(problem, offset, _, _) = yaml { return problem + (offset.map { " at byte \($0)" } ?? "") }
    return "\(yaml)".split(separator: "\n").first.map(String.init) ?? "\(yaml)"
  }
}
