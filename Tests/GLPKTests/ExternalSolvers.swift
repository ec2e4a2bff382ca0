import Foundation

/// glpsol and HiGHS (through highspy), run as separate processes to check
/// that written model files mean the same outside this library.
enum ExternalSolvers {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// glpsol on PATH, when installed.
  static let glpsol: String? = which("glpsol")

  /// A Python that imports highspy: `.venv-workflows` (which
  /// `scripts/ensure-deps.sh --workflows` fills) first, then python3 on PATH.
  static let highsPython: String? = {
    let candidates = [repositoryRoot + "/.venv-workflows/bin/python3", which("python3")].compactMap { $0 }
    return candidates.first { path in
      FileManager.default.isExecutableFile(atPath: path)
        && (try? run(path, ["-c", "import highspy"]).status) == 0
    }
  }()

  /// HiGHS's optimal objective for a model file.
  static func highsObjective(_ path: String) throws -> Double {
    guard let python = highsPython else { throw Failure(text: "no highspy") }
    let script = """
      import sys, highspy
      h = highspy.Highs()
      h.setOptionValue("output_flag", False)
      h.readModel(sys.argv[1])
      h.run()
      assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal, h.getModelStatus()
      print(repr(h.getInfo().objective_function_value))
      """
    let result = try run(python, ["-c", script, path])
    // highspy prints its banner on standard output whatever output_flag says.
    let last = result.text.split(separator: "\n").last.map(String.init) ?? ""
    guard result.status == 0, let value = Double(last.trimmingCharacters(in: .whitespaces)) else {
      throw Failure(text: "HiGHS on \(path): \(result.text)")
    }
    return value
  }

  struct Failure: Error { var text: String }

  /// Runs a program; its standard output and error together.
  static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, text: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
