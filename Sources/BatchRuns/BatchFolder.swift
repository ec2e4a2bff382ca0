import Foundation

/// The layout of a batch folder (`parkopt batch run -o DIR`):
///
/// - `DIR/plan.json`: the runs, their ids and values (``PlanFile``);
/// - `DIR/runs/ID/case/`: the run's inputs (``PreparedCase``);
/// - `DIR/runs/ID/result/`: the command's result folder, with `run.json`;
/// - `DIR/runs/ID/outcome.json`: the exit code, the error and the inputs'
///   digests (``RunOutcome``);
/// - `DIR/summary.csv` and the robustness tables, written by `batch merge`.
public struct BatchFolder: Sendable {
  /// The folder as the user named it.
  public let path: String

  /// The batch folder at `path`.
  public init(_ path: String) { self.path = path }

  /// `DIR/plan.json`.
  public var planFile: String { join(path, PlanFile.fileName) }
  /// `DIR/runs/ID`.
  public func run(_ id: String) -> String { join(join(path, "runs"), id) }
  /// `DIR/runs/ID/case`.
  public func caseFolder(_ id: String) -> String { join(run(id), "case") }
  /// `DIR/runs/ID/result`.
  public func resultFolder(_ id: String) -> String { join(run(id), "result") }
  /// `DIR/runs/ID/outcome.json`.
  public func outcomeFile(_ id: String) -> String { join(run(id), RunOutcome.fileName) }

  /// Whether `path` may become a batch folder: missing, empty, or one already
  /// (it holds `plan.json`); hidden entries (a workflow engine's markers) do not count.
  public var isUsable: Bool {
    let fm = FileManager.default
    var isFolder: ObjCBool = false
    guard fm.fileExists(atPath: path, isDirectory: &isFolder) else { return true }
    guard isFolder.boolValue else { return false }
    let names = (try? fm.contentsOfDirectory(atPath: path)) ?? []
    return names.allSatisfy { $0.hasPrefix(".") } || names.contains(PlanFile.fileName)
  }

  private func join(_ a: String, _ b: String) -> String { (a as NSString).appendingPathComponent(b) }
}

/// Writes `data` to `path` through a sibling renamed into place, so a
/// reader sees the old file or the new one, never half of one.
public func writeAtomically(_ data: Data, to path: String) throws {
  let folder = (path as NSString).deletingLastPathComponent
  try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
  let temporary = partialSibling(of: path)
  try data.write(to: URL(fileURLWithPath: temporary))
  if rename(temporary, path) != 0 {
    let reason = String(cString: strerror(errno))
    try? FileManager.default.removeItem(atPath: temporary)
    throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(path): \(reason)"])
  }
}

/// The hidden sibling `writeAtomically` writes before renaming it to `path`
/// (`.NAME.partial-PID-RANDOM`). Hidden, so that a shard starting at the same
/// moment as another still finds the folder usable (``BatchFolder/isUsable``
/// ignores hidden entries) while the other writes `plan.json`.
func partialSibling(of path: String) -> String {
  let folder = (path as NSString).deletingLastPathComponent
  let name = "." + (path as NSString).lastPathComponent + ".partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
}

/// Deterministic JSON: sorted keys, two-space indents, final newline.
func jsonData<T: Encodable>(_ value: T) throws -> Data {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  return try encoder.encode(value) + Data("\n".utf8)
}
