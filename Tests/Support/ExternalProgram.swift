import Foundation

/// Another program run as a child process: the one copy of the
/// `Process` + pipe plumbing the tests share.
public enum ExternalProgram {
  /// What becomes of the program's standard error.
  public enum StandardError: Sendable {
    /// Read together with standard output, in the order written.
    case merged
    /// Thrown away.
    case discarded
  }

  /// The program's exit status and its output.
  public struct Outcome: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output (and standard error when merged), as UTF-8.
    public var text: String
  }

  /// Runs `executable` with `arguments` and waits for it.
  public static func run(
    _ executable: String, _ arguments: [String], standardError: StandardError = .merged,
    environment: [String: String]? = nil
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = standardError == .merged ? pipe : FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self))
  }

  /// The first `name` on PATH that is executable.
  public static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
