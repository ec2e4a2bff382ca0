import Foundation
import ParkOptTestSupport

/// Something that draws mutations of one input file.
protocol FuzzMutator: Sendable {
  func mutation(_ random: inout SplitMix64) -> FuzzMutation
}

/// One command's fuzz case: a small copy of a bundled example, the files to
/// mutate, the command line and the result folder a good run fills.
struct FuzzCase: Sendable {
  /// `assign`, `evaluate`, `size` or `solve`.
  var command: String
  /// The files of the unchanged case, by name relative to the case folder.
  var files: [String: Data]
  var mutators: [any FuzzMutator]
  /// The command line for a copy of the case in `folder` whose file `file` was mutated.
  var arguments: @Sendable (_ folder: String, _ file: String) -> [String]
  /// The result folder (or file) relative to the case folder.
  var results: String

  /// The repository root (this file is Tests/ParkOptCLITests/Fuzz/FuzzCase.swift).
  static let root = RepositoryPaths.root

  static func example(_ path: String) throws -> Data {
    try Data(contentsOf: root.appendingPathComponent("Examples").appendingPathComponent(path))
  }

  /// The first `count` data rows of a CSV file (every `step`-th one).
  static func head(_ data: Data, rows count: Int, step: Int = 1) -> Data {
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
    let body = lines.dropFirst().enumerated().filter { $0.offset % step == 0 }.prefix(count).map(\.element)
    return Data(([lines[0]] + body).joined(separator: "\n").appending("\n").utf8)
  }

  /// `assign` on Examples/kunming cut down to 16 projects and every third
  /// parcel (a plan in well under a second), without the explaining re-solves.
  static func assign() throws -> FuzzCase {
    var files: [String: Data] = [:]
    for name in ["parks.csv", "standards.csv", "enterprises.csv", "scenario.yaml"] {
      files[name] = try example("kunming/\(name)")
    }
    files["projects.csv"] = head(try example("kunming/projects.csv"), rows: 16)
    files["parcels.csv"] = head(try example("kunming/parcels.csv"), rows: 50, step: 3)
    return FuzzCase(
      command: "assign", files: files,
      mutators: files.keys.sorted().map { mutator($0, files[$0] ?? Data()) },
      arguments: { folder, _ in ["assign", folder, "--no-explain", "--time-limit", "5"] }, results: "results")
  }

  /// `evaluate` on Examples/kunming/firms.csv (first 120 firms) and
  /// evaluate.yaml, with DEA per park.
  static func evaluate() throws -> FuzzCase {
    let files = [
      "firms.csv": head(try example("kunming/firms.csv"), rows: 120),
      "evaluate.yaml": try example("kunming/evaluate.yaml"),
    ]
    return FuzzCase(
      command: "evaluate", files: files,
      mutators: files.keys.sorted().map { mutator($0, files[$0] ?? Data()) },
      arguments: { folder, _ in ["evaluate", "\(folder)/firms.csv", "--scenario", "\(folder)/evaluate.yaml", "--dea", "parks"] },
      results: "evaluate-results")
  }

  /// `size` on Examples/kunming-greenpower cut to its first week (168 hours).
  static func size() throws -> FuzzCase {
    let files = [
      "load.csv": head(try example("kunming-greenpower/load.csv"), rows: 168),
      "resource.csv": head(try example("kunming-greenpower/resource.csv"), rows: 168),
      "scenario.yaml": try example("kunming-greenpower/scenario.yaml"),
    ]
    return FuzzCase(
      command: "size", files: files,
      mutators: files.keys.sorted().map { mutator($0, files[$0] ?? Data()) },
      arguments: { folder, _ in ["size", folder, "--time-limit", "5"] }, results: "results")
  }

  /// `solve` on every Examples/solve/*.mod, the result written with `--output`.
  static func solve() throws -> FuzzCase {
    let folder = root.appendingPathComponent("Examples/solve")
    let models = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mod") }.sorted()
    var files: [String: Data] = [:]
    for name in models { files[name] = try Data(contentsOf: folder.appendingPathComponent(name)) }
    return FuzzCase(
      command: "solve", files: files,
      mutators: models.map { ModelMutator(file: $0, contents: files[$0] ?? Data()) },
      arguments: { folder, file in
        ["solve", "\(folder)/\(file)", "--time-limit", "5", "--format", "json", "--output", "\(folder)/results/solution.json"]
      },
      results: "results")
  }

  private static func mutator(_ name: String, _ data: Data) -> any FuzzMutator {
    name.hasSuffix(".csv") ? CSVMutator(file: name, contents: data) : ScenarioMutator(file: name, contents: data)
  }

  /// `count` mutations drawn from `seed` (the same seed, the same list).
  func mutations(count: Int, seed: UInt64) -> [FuzzMutation] {
    var random = SplitMix64(seed: seed ^ UInt64(command.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
    return (0..<count).map { _ in random.pick(mutators).mutation(&random) }
  }
}
