import Foundation

/// Writes one output file (`solve --output`, `--write-model`,
/// `--write-mathprog-data`) whole or not at all.
///
/// The file is written into a hidden sibling, `.NAME.parkopt-partial-PID`
/// in the same folder, and renamed over `path` once complete; when writing
/// fails (a full disk) or the process is interrupted, the sibling is
/// removed and `path` is as it was (missing, or the previous file). An
/// existing `path` that is no regular file (a pipe, a device such as
/// `/dev/stdout`, a symbolic link) is written through instead, never
/// replaced.
public enum SingleFile {
  /// Writes `path` by calling `write` with the file to write (the sibling,
  /// or `path` itself when it is written through).
  /// - Throws: what `write` throws, or ``ResultFolderError`` when the
  ///   sibling cannot be created or renamed, or the run was interrupted.
  public static func write(to path: String, _ write: (String) throws -> Void) throws {
    var status = stat()
    if lstat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
      try write(path)
      return
    }
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let staging = (folder as NSString).appendingPathComponent(".\(name).parkopt-partial-\(getpid())")
    try StagingRegistry.shared.register(file: staging, destination: path)
    do {
      try write(staging)
    } catch {
      StagingRegistry.shared.discard(staging: staging)
      throw error
    }
    try StagingRegistry.shared.commit(staging: staging) { () throws(ResultFolderError) in
      guard rename(staging, path) == 0 else {
        throw .cannotReplace(path: path, reason: String(cString: strerror(errno)))
      }
    }
  }
}
