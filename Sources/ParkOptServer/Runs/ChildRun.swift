import Foundation

/// A `parkopt` child process: standard output and error go to files in the
/// run's folder, so the page can show the latest lines while it runs.
final class ChildRun: @unchecked Sendable {
  private let process = Process()
  private let lock = NSLock()

  /// Starts `executable` with `arguments` in `folder`; `onExit` gets the
  /// exit code (128 + N when killed by signal N).
  init(executable: String, arguments: [String], folder: URL, onExit: @escaping @Sendable (Int32) -> Void) throws {
    let fm = FileManager.default
    let out = folder.appendingPathComponent("stdout.txt")
    let err = folder.appendingPathComponent("stderr.txt")
    _ = fm.createFile(atPath: out.path, contents: nil)
    _ = fm.createFile(atPath: err.path, contents: nil)
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    process.terminationHandler = { p in
      let code = p.terminationReason == .uncaughtSignal ? 128 + p.terminationStatus : p.terminationStatus
      try? (p.standardOutput as? FileHandle)?.close()
      try? (p.standardError as? FileHandle)?.close()
      onExit(code)
    }
    try process.run()
  }

  /// Sends SIGTERM (`parkopt` removes its unfinished result folder and
  /// exits with 130), then SIGKILL after `grace` seconds if it still runs
  /// (a child may inherit SIGTERM blocked from the server's threads).
  func terminate(grace: Double = 5) {
    lock.lock()
    defer { lock.unlock() }
    guard process.isRunning else { return }
    process.terminate()
    let pid = process.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + grace) { [self] in
      lock.lock()
      defer { lock.unlock() }
      if process.isRunning, process.processIdentifier == pid { kill(pid, SIGKILL) }
    }
  }
}
