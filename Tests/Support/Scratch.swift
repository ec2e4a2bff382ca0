import Foundation

/// Scratch files and folders for tests, all under one folder per test
/// process, `<temporary directory>/parkopt-tests-<pid>/`, which is removed
/// when the process exits.
///
/// The tests used to make their folders straight in the temporary directory
/// and mostly left them there (`case-…`, `cli-…`, `gp-…`: thousands of
/// folders, 1.9 GB after a few weeks). A test may still remove its folder
/// early; whatever it leaves goes with the process. The folder of a test
/// process that did not exit normally (a crash, Ctrl-C) is removed by the
/// next one. `PARKOPT_KEEP_SCRATCH=1` keeps this process's folder, when
/// anything is left in it, to look at (`scripts/fuzz.sh` sets it).
public enum Scratch {
  /// A new, empty folder `<root>/<prefix>-<UUID>`.
  public static func folder(_ prefix: String) throws -> URL {
    let url = path(prefix)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A fresh path `<root>/<prefix>-<UUID><suffix>` that does not exist yet
  /// (its parent does): for a file, or for a folder the code under test must create.
  public static func path(_ prefix: String, suffix: String = "") -> URL {
    root.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
  }

  /// This process's folder, made (and its removal at exit registered) on first use.
  public static let root: URL = {
    removeAbandonedRoots()
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(rootPrefix)\(getpid())", isDirectory: true)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { Scratch.removeRoot() }
    return url
  }()

  private static let rootPrefix = "parkopt-tests-"
  /// In a folder kept by `PARKOPT_KEEP_SCRATCH`: later test processes leave it alone.
  private static let keepMarker = ".kept"

  private static func removeRoot() {
    let keep = ProcessInfo.processInfo.environment["PARKOPT_KEEP_SCRATCH"] ?? ""
    let left = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    if !keep.isEmpty && keep != "0" && !left.isEmpty {
      _ = FileManager.default.createFile(atPath: root.appendingPathComponent(keepMarker).path, contents: nil)
      FileHandle.standardError.write(Data("scratch folders kept in \(root.path)\n".utf8))
    } else {
      try? FileManager.default.removeItem(at: root)
    }
  }

  /// Removes the folders of test processes that are gone without removing theirs.
  private static func removeAbandonedRoots() {
    let fm = FileManager.default
    let temporary = fm.temporaryDirectory
    for name in (try? fm.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix(rootPrefix) {
      guard let pid = pid_t(name.dropFirst(rootPrefix.count)), pid > 0, pid != getpid(),
        kill(pid, 0) != 0, errno == ESRCH
      else { continue }
      let folder = temporary.appendingPathComponent(name)
      if !fm.fileExists(atPath: folder.appendingPathComponent(keepMarker).path) { try? fm.removeItem(at: folder) }
    }
  }
}
