import Foundation

extension ResultFolder {
  /// The absolute, dot-free path of `path`; a symbolic link to a folder is
  /// followed so that the link stays and the folder it names is replaced.
  static func resolve(_ path: String) throws(ResultFolderError) -> String {
    guard !path.isEmpty else { throw .notReplaceable(path: path, reason: "an empty path names no folder") }
    let expanded = (path as NSString).expandingTildeInPath
    var url = URL(fileURLWithPath: expanded).standardizedFileURL
    if let kind = try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType,
      kind == .typeSymbolicLink
    {
      url = url.resolvingSymlinksInPath()
    }
    let absolute = url.path
    guard absolute != "/", !(absolute as NSString).lastPathComponent.isEmpty else {
      throw .notReplaceable(path: path, reason: "the root folder cannot hold results")
    }
    return absolute
  }

  /// Checks that `destination` may be replaced; true when it holds results.
  static func checkReplaceable(
    _ destination: String, shown: String, resultFiles: Set<String>
  ) throws(ResultFolderError) -> Bool {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory) else { return false }
    guard isDirectory.boolValue else { throw .notReplaceable(path: shown, reason: "is a file, not a folder") }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: destination).sorted()
    } catch {
      throw .notReplaceable(path: shown, reason: "cannot be listed: \(error.localizedDescription)")
    }
    if names.isEmpty { return false }
    if names.contains(RunRecord.fileName), isRunRecord((destination as NSString).appendingPathComponent(RunRecord.fileName)) {
      return true
    }
    let foreign = names.filter { !resultFiles.contains($0) }
    if foreign.isEmpty { return true }
    throw .foreignFolder(path: shown, files: foreign)
  }

  /// True when the file is a `run.json` that ParkOpt wrote.
  static func isRunRecord(_ file: String) -> Bool {
    guard let data = FileManager.default.contents(atPath: file),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return false }
    return object["parkopt_version"] is String
  }

  /// Puts `staging` at `destination`: the old folder is renamed aside, the
  /// new one renamed in, then the old one deleted. If the second rename
  /// fails, the old folder is renamed back.
  static func replace(_ destination: String, with staging: String, shown: String) throws(ResultFolderError) {
    let manager = FileManager.default
    guard manager.fileExists(atPath: destination) else {
      guard rename(staging, destination) == 0 else { throw .cannotReplace(path: shown, reason: errnoText()) }
      return
    }
    let parent = (destination as NSString).deletingLastPathComponent
    let name = (destination as NSString).lastPathComponent
    let aside = (parent as NSString).appendingPathComponent(siblingName(name, kind: "old", pid: getpid()))
    if manager.fileExists(atPath: aside) { try? manager.removeItem(atPath: aside) }
    guard rename(destination, aside) == 0 else { throw .cannotReplace(path: shown, reason: errnoText()) }
    guard rename(staging, destination) == 0 else {
      let reason = errnoText()
      _ = rename(aside, destination)
      throw .cannotReplace(path: shown, reason: reason)
    }
    try? manager.removeItem(atPath: aside)
  }

  /// The topmost folder of `path` (itself or an ancestor) that does not
  /// exist; nil when `path` exists.
  static func topmostMissing(_ path: String) -> String? {
    var missing: String?
    var folder = path
    while folder != "/" && !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
      missing = folder
      folder = (folder as NSString).deletingLastPathComponent
    }
    return missing
  }

  /// `.NAME.parkopt-KIND-PID`: the hidden sibling of folder `name`.
  static func siblingName(_ name: String, kind: String, pid: Int32) -> String {
    ".\(name).parkopt-\(kind)-\(pid)"
  }

  /// Removes siblings that processes no longer running left behind (a run
  /// killed with SIGKILL or a power cut).
  static func removeAbandonedSiblings(of name: String, in parent: String) {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
    for entry in entries {
      for kind in ["partial", "old"] {
        let prefix = ".\(name).parkopt-\(kind)-"
        guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), pid != getpid() else { continue }
        if kill(pid, 0) == -1 && errno == ESRCH {
          try? FileManager.default.removeItem(atPath: (parent as NSString).appendingPathComponent(entry))
        }
      }
    }
  }

  private static func errnoText() -> String {
    String(cString: strerror(errno))
  }
}
