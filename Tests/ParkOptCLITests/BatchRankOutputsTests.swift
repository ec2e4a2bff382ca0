import Foundation
import Testing
import ParkOptTestSupport

/// `rank --outputs first` in a batch: each run keeps only `first_sites.csv`,
/// `parks_demand.csv` and `run.json`, and `batch merge` gives the same
/// `summary.csv` and `robustness_rank.csv` as from full `rank` outputs.
@Suite struct BatchRankOutputsTests {
  static func manifest(_ outputs: [String], case path: String) -> String {
    """
    runs:
      - name: rank
        command: rank
        case: \(path)
        args: [\(outputs.map { "\"\($0)\"" }.joined(separator: ", "))]
        sweep:
          scale: {parks.csv: {energy_quota_tce: [0.05, 1.0]}}
          scenario: {stock_link_ratio: [0.0, 0.5]}
    """
  }

  @Test func firstOutputsMergeLikeAllOutputs() throws {
    let root = RepositoryPaths.root
    let dir = Scratch.path("batch-rank")
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("m"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var merged: [[String: String]] = []
    for (name, args) in [("all", [String]()), ("first", ["--outputs", "first"])] {
      // Same manifest text apart from the args, so the ids differ only by them.
      let m = dir.appendingPathComponent("m/\(name).yaml").path
      try Self.manifest(args, case: root.appendingPathComponent("Examples/kunming").path).write(toFile: m, atomically: true, encoding: .utf8)
      let out = dir.appendingPathComponent(name).path
      let run = try CommandRunner.parkopt(["batch", "run", m, "--jobs", "2", "-o", out, "--merge"])
      #expect(run.status == 0, "\(run.stderr)")
      var files: [String: String] = [:]
      for file in ["summary.csv", "robustness_rank.csv"] {
        files[file] = (try? String(contentsOfFile: out + "/" + file, encoding: .utf8)) ?? ""
      }
      let runs = try FileManager.default.contentsOfDirectory(atPath: out + "/runs").sorted()
      #expect(runs.count == 4)
      files["kept"] = try FileManager.default.contentsOfDirectory(atPath: out + "/runs/" + runs[0] + "/result").sorted()
        .joined(separator: " ")
      merged.append(files)
    }
    #expect(merged[0]["kept"] == "parks_demand.csv ranking.csv ranking.json report.html run.json top.csv")
    #expect(merged[1]["kept"] == "first_sites.csv parks_demand.csv run.json")
    // The ids differ (the args are hashed); every other column is the same.
    let strip = { (text: String?) in
      (text ?? "").split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst().joined(separator: ",") }
    }
    #expect(strip(merged[0]["summary.csv"]) == strip(merged[1]["summary.csv"]))
    #expect(strip(merged[0]["summary.csv"]).count == 5)
    #expect(merged[0]["robustness_rank.csv"] == merged[1]["robustness_rank.csv"])
    let robustness = (merged[0]["robustness_rank.csv"] ?? "").split(separator: "\n")
    #expect(robustness.count > 1)
    // Every row counts the 4 runs.
    #expect(robustness.dropFirst().allSatisfy { $0.split(separator: ",")[3] == "4" })
  }
}
