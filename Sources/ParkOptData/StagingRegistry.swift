import Foundation

/// The staging folders (and staging files of ``SingleFile``) of this
/// process, so that an interruption handler can remove them; commits and the handler take turns (a commit runs whole
/// or not at all), and so do file creations: once ``abandonAll()`` has
/// removed a folder, nothing can put a file back into it (a writer that
/// created its file before goes on writing to a file no longer in any folder).
final class StagingRegistry: @unchecked Sendable {
  static let shared = StagingRegistry()

  private let lock = NSLock()
  /// Staging folder (or file) → the result folder (or file) it is for.
  private var folders: [String: String] = [:]
  private var abandoned = false

  /// Creates the (empty) staging folder for `destination` and records it;
  /// under the lock, so an interruption finds it or stops its creation.
  func register(staging: String, destination: String) throws(ResultFolderError) {
    lock.lock()
    defer { lock.unlock() }
    guard !abandoned else { throw .interrupted(path: destination) }
    do {
      if FileManager.default.fileExists(atPath: staging) { try FileManager.default.removeItem(atPath: staging) }
      try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
    } catch {
      throw .cannotCreate(path: destination, reason: error.localizedDescription)
    }
    folders[staging] = destination
  }

  /// Records the staging file `staging` of the single file `destination`
  /// (``SingleFile``), removing a stale one; the writer creates it.
  func register(file staging: String, destination: String) throws(ResultFolderError) {
    lock.lock()
    defer { lock.unlock() }
    guard !abandoned else { throw .interrupted(path: destination) }
    if FileManager.default.fileExists(atPath: staging) {
      do { try FileManager.default.removeItem(atPath: staging) } catch {
        throw .cannotCreate(path: destination, reason: error.localizedDescription)
      }
    }
    folders[staging] = destination
  }

  /// Creates (or empties) the file `name` in `staging` and opens it for
  /// writing, unless the process was interrupted; under the lock, so that
  /// ``abandonAll()`` never races with a file being added to the folder.
  func create(_ name: String, in staging: String) throws(ResultFolderError) -> FileHandle {
    lock.lock()
    defer { lock.unlock() }
    guard !abandoned, let destination = folders[staging] else { throw .interrupted(path: folders[staging] ?? staging) }
    let descriptor = open((staging as NSString).appendingPathComponent(name), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      throw .cannotWrite(path: destination, file: name, reason: String(cString: strerror(errno)))
    }
    return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
  }

  /// Runs `body` (the renames) unless the process was interrupted.
  func commit(staging: String, _ body: () throws(ResultFolderError) -> Void) throws(ResultFolderError) {
    lock.lock()
    defer { lock.unlock() }
    guard !abandoned, folders[staging] != nil else { throw .interrupted(path: folders[staging] ?? staging) }
    defer {
      // Committed, or the renames failed: the staging folder is not wanted.
      try? FileManager.default.removeItem(atPath: staging)
      folders[staging] = nil
    }
    try body()
  }

  func discard(staging: String) {
    lock.lock()
    defer { lock.unlock() }
    try? FileManager.default.removeItem(atPath: staging)
    folders[staging] = nil
  }

  func abandonAll() -> [String] {
    lock.lock()
    defer { lock.unlock() }
    abandoned = true
    let destinations = folders.values.sorted()
    for staging in folders.keys { try? FileManager.default.removeItem(atPath: staging) }
    folders = [:]
    return destinations
  }
}
