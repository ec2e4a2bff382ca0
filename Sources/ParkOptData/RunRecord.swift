import Foundation

/// What `run.json` records about the run that wrote a result folder: the
/// command line, the versions, each input file's SHA-256, the outcome and
/// the timings (the only place where measured times appear).
public struct RunRecord: Sendable, Equatable {
  /// The file name, `run.json`.
  public static let fileName = "run.json"

  /// One input file: the path as given and its SHA-256.
  public struct Input: Sendable, Equatable {
    /// The path as given on the command line or found in the case folder.
    public var path: String
    /// The file's SHA-256, 64 lower-case hex digits.
    public var sha256: String

    /// An input file with its digest.
    public init(path: String, sha256: String) {
      self.path = path
      self.sha256 = sha256
    }
  }

  /// The command line, program name first, as typed.
  public var command: [String]
  /// The ParkOpt version.
  public var parkoptVersion: String
  /// The GLPK library version.
  public var glpkVersion: String
  /// The input files, sorted by path.
  public var inputs: [Input]
  /// How the run ended (e.g. `optimal`, `gap_limit`, `infeasible`, `completed`).
  public var status: String
  /// The process's exit code.
  public var exitCode: Int32
  /// The result files in the folder besides `run.json`, sorted.
  public var files: [String]
  /// Measured durations in seconds, by name (`total`, `solve`, …).
  public var timingsSeconds: [String: Double]

  /// A record; inputs are sorted by path and files by name.
  public init(
    command: [String], parkoptVersion: String, glpkVersion: String, inputs: [Input], status: String,
    exitCode: Int32, files: [String], timingsSeconds: [String: Double]
  ) {
    self.command = command
    self.parkoptVersion = parkoptVersion
    self.glpkVersion = glpkVersion
    self.inputs = inputs.sorted { $0.path < $1.path }
    self.status = status
    self.exitCode = exitCode
    self.files = files.sorted()
    self.timingsSeconds = timingsSeconds
  }

  /// Hashes each existing input file; the same path given twice is listed once.
  public static func inputs(_ paths: [String]) throws -> [Input] {
    try Set(paths).sorted().map { Input(path: $0, sha256: try InputHash.sha256(ofFile: $0)) }
  }

  /// The record as pretty-printed JSON with sorted keys and a final newline.
  public func json() throws -> String {
    let object: [String: Any] = [
      "command": command,
      "parkopt_version": parkoptVersion,
      "glpk_version": glpkVersion,
      "inputs": inputs.map { ["path": $0.path, "sha256": $0.sha256] },
      "status": status,
      "exit_code": Int(exitCode),
      "files": files,
      "timings_s": timingsSeconds.mapValues { ($0 * 1e6).rounded() / 1e6 },
    ]
    let data = try JSONSerialization.data(
      withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
