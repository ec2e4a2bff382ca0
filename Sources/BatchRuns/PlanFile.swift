import Foundation

/// `plan.json`: the runs of a batch, as `batch plan` lists them and
/// `batch merge` reads them.
public struct PlanFile: Codable, Sendable, Equatable {
  /// `plan.json`.
  public static let fileName = "plan.json"

  /// One run.
  public struct Run: Codable, Sendable, Equatable {
    /// The stable id (``PlannedRun/id``).
    public var id: String
    /// The position in the manifest's expansion (0 = first).
    public var index: Int
    /// The group's name.
    public var group: String
    /// The command.
    public var command: String
    /// The case, as written in the manifest.
    public var `case`: String
    /// The scenario file, as written (null: the case's own).
    public var scenario: String?
    /// The extra arguments.
    public var args: [String]
    /// The swept quantities' labels and the run's values, in sweep order.
    public var values: [Value]
  }

  /// A swept quantity (`scenario:KEY`, `scale:FILE:COLUMN`) and its value.
  public struct Value: Codable, Sendable, Equatable {
    public var key: String
    public var value: String
  }

  /// The manifest, as named on the command line.
  public var manifest: String
  /// Every run of the manifest (not only this shard's).
  public var runs: [Run]

  /// The plan of `manifest`.
  public init(_ manifest: Manifest) {
    self.manifest = manifest.file
    runs = manifest.runs.map { run in
      Run(
        id: run.id, index: run.index, group: run.group.name, command: run.group.command, case: run.group.casePath,
        scenario: run.group.scenarioPath, args: run.group.arguments,
        values: run.values.map { Value(key: $0.target.label, value: $0.value) })
    }
  }

  /// Reads `plan.json` at `path`.
  public init(path: String) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    self = try JSONDecoder().decode(PlanFile.self, from: data)
  }

  /// The file's bytes (deterministic).
  public func data() throws -> Data { try jsonData(self) }

  /// The labels of every swept quantity, in order of first appearance.
  public var labels: [String] {
    var seen: Set<String> = []
    return runs.flatMap { $0.values.map(\.key) }.filter { seen.insert($0).inserted }
  }

  /// The plan as text: one line per run, `ID  COMMAND  CASE  LABEL=VALUE …`.
  public var text: String {
    runs.map { run in
      ([run.id, run.command, run.case] + run.values.map { "\($0.key)=\($0.value)" }).joined(separator: "  ")
    }.joined(separator: "\n") + (runs.isEmpty ? "" : "\n")
  }
}
