import Foundation

/// `runs/ID/outcome.json`: how a run's process ended and what its prepared
/// inputs were (no times, so the same run gives the same bytes).
public struct RunOutcome: Codable, Sendable, Equatable {
  /// `outcome.json`.
  public static let fileName = "outcome.json"

  /// One prepared input and its SHA-256.
  public struct Entry: Codable, Sendable, Equatable {
    public var name: String
    public var sha256: String
  }

  /// The run's id.
  public var id: String
  /// The process's exit code (the `parkopt` table; -1 when it could not start
  /// or a signal ended it).
  public var exitCode: Int32
  /// The error on standard error (its last 5 non-empty lines), empty when none.
  public var error: String
  /// The prepared case's entries and digests, sorted by name.
  public var caseFiles: [Entry]

  enum CodingKeys: String, CodingKey {
    case id, error
    case exitCode = "exit_code"
    case caseFiles = "case_files"
  }

  /// An outcome.
  public init(id: String, exitCode: Int32, error: String, caseFiles: [(name: String, sha256: String)]) {
    self.id = id
    self.exitCode = exitCode
    self.error = error
    self.caseFiles = caseFiles.map { Entry(name: $0.name, sha256: $0.sha256) }
  }

  /// Reads `path`; nil when missing or unreadable.
  public init?(path: String) {
    guard let data = FileManager.default.contents(atPath: path),
      let outcome = try? JSONDecoder().decode(RunOutcome.self, from: data)
    else { return nil }
    self = outcome
  }

  /// The file's bytes.
  public func data() throws -> Data { try jsonData(self) }

  /// The last `count` non-empty lines of a process's standard error.
  public static func errorText(_ stderr: String, count: Int = 5) -> String {
    let lines = stderr.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    return lines.suffix(count).joined(separator: " | ")
  }
}

/// When a run is skipped on resume.
public enum Resume {
  /// True when the run's result folder is complete (`result/run.json`), its
  /// `outcome.json` lists the same prepared inputs with the same digests,
  /// and every input `run.json` records still has the recorded SHA-256.
  public static func isComplete(
    id: String, folder: BatchFolder, digest: [(name: String, sha256: String)], hashes: HashCache
  ) -> Bool {
    guard let outcome = RunOutcome(path: folder.outcomeFile(id)),
      outcome.caseFiles == digest.map({ RunOutcome.Entry(name: $0.name, sha256: $0.sha256) }),
      let record = RunJSON(path: (folder.resultFolder(id) as NSString).appendingPathComponent("run.json"))
    else { return false }
    return record.inputs.allSatisfy { input in
      hashes.sha256(realPath(input.path)) == input.sha256
    }
  }
}

/// The parts of a result folder's `run.json` the batch reads.
public struct RunJSON: Decodable, Sendable {
  public struct Input: Decodable, Sendable {
    public var path: String
    public var sha256: String
  }
  public var status: String
  public var exitCode: Int32
  public var inputs: [Input]

  enum CodingKeys: String, CodingKey {
    case status, inputs
    case exitCode = "exit_code"
  }

  /// Reads `path`; nil when missing or unreadable.
  public init?(path: String) {
    guard let data = FileManager.default.contents(atPath: path),
      let record = try? JSONDecoder().decode(RunJSON.self, from: data)
    else { return nil }
    self = record
  }
}

/// `path` with every symbolic link resolved (as is when it does not exist).
func realPath(_ path: String) -> String {
  guard let resolved = realpath(path, nil) else { return path }
  defer { free(resolved) }
  return String(cString: resolved)
}

/// A result folder's `run.json` status and exit code (what `batch merge` reads).
struct RunStatus: Decodable, Sendable {
  var status: String
  var exitCode: Int32

  enum CodingKeys: String, CodingKey {
    case status
    case exitCode = "exit_code"
  }

  /// Reads `path`; nil when missing or unreadable.
  init?(path: String) {
    guard let data = FileManager.default.contents(atPath: path),
      let record = try? JSONDecoder().decode(RunStatus.self, from: data)
    else { return nil }
    self = record
  }
}
