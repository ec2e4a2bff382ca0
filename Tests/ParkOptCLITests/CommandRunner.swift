import Foundation

/// Runs the built `parkopt` (or another program) and captures its output.
struct CommandResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

enum CommandRunner {
  /// The `parkopt` binary next to the test bundle.
  static var parkopt: URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("parkopt")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    for candidate in [".build/debug/parkopt", ".build/release/parkopt"]
    where FileManager.default.isExecutableFile(atPath: candidate) {
      return URL(fileURLWithPath: candidate)
    }
    return URL(fileURLWithPath: ".build/debug/parkopt")
  }

  /// Runs `parkopt` with `arguments`.
  static func parkopt(_ arguments: [String]) throws -> CommandResult {
    try run(parkopt, arguments)
  }

  /// Starts `parkopt` with `arguments`, its output discarded, and returns
  /// it running (for tests that signal it).
  static func launch(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = parkopt
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Runs a program found on PATH.
  static func tool(_ name: String, _ arguments: [String]) throws -> CommandResult {
    try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments)
  }

  static func run(_ executable: URL, _ arguments: [String]) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting so a large output cannot block.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
