import Foundation
import ParkOptData

/// A run's own copy of its inputs (`RUN/case/`): the case's entries linked
/// (symbolic links to the user's files, which are never modified) and the
/// files the run changes written out: the scenario with the swept keys set,
/// and the tables with scaled columns.
public struct PreparedCase: Sendable, Equatable {
  /// Files written into the folder, by name.
  public var generated: [String: Data]
  /// Entries linked into the folder: name → the user's file (absolute path).
  public var linked: [String: String]
  /// What the command is given: `""` for the folder itself (a case folder),
  /// or the name of the firm table in it (`evaluate`).
  public var caseEntry: String
  /// Whether the folder holds a `scenario.yaml` the command must be told of
  /// (`--scenario`; a case folder's own `scenario.yaml` is read anyway).
  public var passesScenario: Bool

  /// The name of the scenario file in the prepared folder.
  public static let scenarioName = "scenario.yaml"
  /// Entries of a case folder that are never linked: earlier results.
  static let skipped: Set<String> = ["results", "evaluate-results", "rank-results"]

  /// Prepares `run`; relative paths in the manifest are taken from `base`
  /// (the manifest's folder). Nothing is written.
  /// - Throws: ``DataErrors`` for a missing case or scenario, a scaled table
  ///   or column that is missing, a cell that is not a number.
  public init(_ run: PlannedRun, base: String) throws(DataErrors) {
    let group = run.group
    let casePath = Self.resolve(group.casePath, from: base)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: casePath, isDirectory: &isFolder) else {
      throw DataErrors([DataIssue(file: group.casePath, message: "no such case folder or file (named in the manifest, run \(run.id))")])
    }
    var linked: [String: String] = [:]
    var scenarioBase: String?
    if isFolder.boolValue {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: casePath)) ?? []
      for name in names.sorted() where !name.hasPrefix(".") && !Self.skipped.contains(name) {
        linked[name] = (casePath as NSString).appendingPathComponent(name)
      }
      caseEntry = ""
      if linked[Self.scenarioName] != nil { scenarioBase = linked[Self.scenarioName] }
    } else {
      let name = (casePath as NSString).lastPathComponent
      linked[name] = casePath
      caseEntry = name
    }
    if let given = group.scenarioPath {
      let path = Self.resolve(given, from: base)
      guard FileManager.default.fileExists(atPath: path) else {
        throw DataErrors([DataIssue(file: given, message: "no such scenario file (named in the manifest, run \(run.id))")])
      }
      scenarioBase = path
    }
    var generated: [String: Data] = [:]
    let settings = run.values.compactMap { item -> (key: String, value: String)? in
      if case .scenario(let key) = item.target { return (key, item.value) }
      return nil
    }
    if settings.isEmpty {
      if let scenarioBase { linked[Self.scenarioName] = scenarioBase }
    } else {
      let text = try scenarioBase.map { (path) throws(DataErrors) in try ScenarioReader.text(at: path) }
      let edited = try ScenarioEdit.edited(text, file: group.scenarioPath ?? scenarioBase ?? Self.scenarioName, settings: settings)
      linked[Self.scenarioName] = nil
      generated[Self.scenarioName] = Data(edited.utf8)
    }
    var factors: [String: [(column: String, factor: Double)]] = [:]
    var files: [String] = []
    for item in run.values {
      guard case .scale(let file, let column) = item.target, let factor = Double(item.value) else { continue }
      if factors[file] == nil { files.append(file) }
      factors[file, default: []].append((column, factor))
    }
    for file in files {
      guard let source = linked[file], file != Self.scenarioName else {
        throw DataErrors([DataIssue(file: group.casePath, message: "has no table `\(file)` to scale (run \(run.id))")])
      }
      generated[file] = try ColumnScaling.scaled(source, factors: factors[file] ?? [], shown: source)
      linked[file] = nil
    }
    self.generated = generated
    self.linked = linked
    passesScenario = !isFolder.boolValue && (linked[Self.scenarioName] != nil || generated[Self.scenarioName] != nil)
  }

  /// `path` as an absolute path: as is when absolute, else inside `base`
  /// (itself taken from the working folder when relative), so the links in
  /// the prepared folder point at the user's files wherever it is.
  static func resolve(_ path: String, from base: String) -> String {
    var full = path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
    if !full.hasPrefix("/") { full = (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(full) }
    return (full as NSString).standardizingPath
  }

  /// The command-line arguments of the run: `COMMAND CASE -o RESULT
  /// [--scenario FILE] ARGS…`, with `folder` the prepared folder's path.
  public func arguments(_ run: PlannedRun, folder: String, result: String) -> [String] {
    let caseArgument = caseEntry.isEmpty ? folder : (folder as NSString).appendingPathComponent(caseEntry)
    var arguments = [run.group.command, caseArgument, "-o", result]
    if passesScenario { arguments += ["--scenario", (folder as NSString).appendingPathComponent(Self.scenarioName)] }
    return arguments + run.group.arguments
  }

  /// Every entry with the SHA-256 of its content (a linked folder: `folder`),
  /// sorted by name: what resume compares. `hashes` caches the user's files.
  public func digest(_ hashes: HashCache) -> [(name: String, sha256: String)] {
    var entries: [(name: String, sha256: String)] = generated.map { ($0.key, InputHash.sha256(of: $0.value)) }
    for (name, path) in linked { entries.append((name, hashes.sha256(path) ?? "folder")) }
    return entries.sorted { $0.name < $1.name }
  }

  /// Writes the folder at `path` whole (into a sibling, then renamed),
  /// replacing what was there.
  public func write(to path: String) throws {
    let fm = FileManager.default
    let temporary = (path as NSString).deletingLastPathComponent + "/.case.partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try? fm.removeItem(atPath: temporary)
    try fm.createDirectory(atPath: temporary, withIntermediateDirectories: true)
    for (name, data) in generated.sorted(by: { $0.key < $1.key }) {
      try data.write(to: URL(fileURLWithPath: (temporary as NSString).appendingPathComponent(name)))
    }
    for (name, target) in linked.sorted(by: { $0.key < $1.key }) {
      try fm.createSymbolicLink(atPath: (temporary as NSString).appendingPathComponent(name), withDestinationPath: target)
    }
    try? fm.removeItem(atPath: path)
    try fm.moveItem(atPath: temporary, toPath: path)
  }
}

/// SHA-256 of the user's files, each read once per batch (many runs link
/// the same case).
public final class HashCache: @unchecked Sendable {
  private let lock = NSLock()
  private var digests: [String: String?] = [:]

  /// An empty cache.
  public init() {}

  /// The file's SHA-256, or nil for a folder or an unreadable file.
  public func sha256(_ path: String) -> String? {
    if let known = lock.withLock({ digests[path] }) { return known }
    var isFolder: ObjCBool = false
    let digest: String? =
      FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
      ? try? InputHash.sha256(ofFile: path) : nil
    lock.withLock { digests[path] = .some(digest) }
    return digest
  }
}
