import Foundation

/// How one `parkopt` run ended.
struct FuzzRun: Sendable {
  enum Ending: Sendable, Equatable {
    case exit(Int32)
    /// Killed by a signal it did not ask for (a crash: trap, abort, segfault).
    case signal(Int32)
    /// Still running at the deadline, then killed.
    case hang
  }

  var ending: Ending
  var stdout = ""
  var stderr: String
  var seconds: Double
}

/// Runs `parkopt` as a child process with a deadline, so a crash or a hang
/// is an outcome, never the end of the test runner.
enum FuzzRunner {
  /// Runs `executable` with `arguments`; after `timeout` seconds it is
  /// killed and the run counts as a hang. Output goes to files in `scratch`
  /// (no pipe can fill up and block the child); it runs in `workingDirectory`
  /// (default: `scratch`).
  static func run(
    _ executable: URL, _ arguments: [String], scratch: URL, workingDirectory: URL? = nil, timeout: Double
  ) throws -> FuzzRun {
    let outURL = scratch.appendingPathComponent("stdout.txt"), errURL = scratch.appendingPathComponent("stderr.txt")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    defer {
      try? out.close()
      try? err.close()
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = workingDirectory ?? scratch
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    let started = Date()
    try process.run()
    var hung = false
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      hung = true
      kill(process.processIdentifier, SIGKILL)
      finished.wait()
    }
    let seconds = Date().timeIntervalSince(started)
    let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
    let stdout = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
    if hung { return FuzzRun(ending: .hang, stdout: stdout, stderr: stderr, seconds: seconds) }
    switch process.terminationReason {
    case .uncaughtSignal: return FuzzRun(ending: .signal(process.terminationStatus), stdout: stdout, stderr: stderr, seconds: seconds)
    default: return FuzzRun(ending: .exit(process.terminationStatus), stdout: stdout, stderr: stderr, seconds: seconds)
    }
  }
}

/// The bytes of every file under a folder, by relative path, to see whether
/// a run changed a result folder.
struct FolderSnapshot: Equatable, Sendable {
  var files: [String: Data]

  init(_ folder: URL) {
    files = [:]
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return }
    let base = folder.standardizedFileURL.path
    for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
      let path = String(url.standardizedFileURL.path.dropFirst(base.count))
      files[path] = (try? Data(contentsOf: url)) ?? Data()
    }
  }

  /// The files added, removed or changed from `before` to `self`, sorted.
  func changes(from before: FolderSnapshot) -> [String] {
    Set(files.keys).union(before.files.keys).filter { files[$0] != before.files[$0] }.sorted()
  }
}
