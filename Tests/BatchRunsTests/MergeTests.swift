import BatchRuns
import Foundation
import Testing
import ParkOptTestSupport

/// `batch merge` on hand-made run folders (no process runs).
@Suite struct MergeTests {
  static let manifest = """
    runs:
      - name: q
        command: assign
        case: k
        sweep: {scale: {parks.csv: {energy_quota_tce: [0.8, 1.0, 1.2]}}}
      - name: r
        command: rank
        case: k
        sweep: {scenario: {weight: [1, 2]}}
    """

  static func write(_ text: String, _ path: String) throws {
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// A new scratch batch folder holding `plan.json` of
  /// ``manifest`` (no run folders), and the ids of its runs.
  static func plannedFolder() throws -> (folder: BatchFolder, runs: [String]) {
    let dir = try Scratch.folder("batch-merge").path
    let manifest = try Manifest(text: Self.manifest, file: "m.yaml")
    let folder = BatchFolder(dir)
    try PlanFile(manifest).data().write(to: URL(fileURLWithPath: folder.planFile))
    return (folder, manifest.runs.map(\.id))
  }

  static func runJSON(_ status: String, _ code: Int) -> String {
    "{\"status\": \"\(status)\", \"exit_code\": \(code), \"inputs\": [], \"parkopt_version\": \"0.1.0\"}"
  }

  static func plan(objective: Double, placed: [String], unplaced: [String]) -> String {
    let a = placed.map { "{\"project_id\": \"\($0)\"}" }.joined(separator: ",")
    let u = unplaced.map { "{\"project_id\": \"\($0)\"}" }.joined(separator: ",")
    return "{\"objective\": \(objective), \"relative_gap\": 0, \"assignments\": [\(a)], \"unplaced\": [\(u)], "
      + "\"parks\": [{\"energy_used_tce\": 10.5, \"new_land_used_mu\": 3, \"stock_land_used_mu\": 0}, {\"energy_used_tce\": 2, \"new_land_used_mu\": 1, \"stock_land_used_mu\": 1}]}"
  }

  @Test func summaryAndRobustnessTables() throws {
    let (folder, runs) = try Self.plannedFolder()
    defer { try? FileManager.default.removeItem(atPath: folder.path) }
    // q × 0.8: A placed, B not; q × 1.0: both; q × 1.2: failed (no results).
    try Self.write(Self.runJSON("optimal", 0), folder.resultFolder(runs[0]) + "/run.json")
    try Self.write(Self.plan(objective: 12.5, placed: ["A"], unplaced: ["B"]), folder.resultFolder(runs[0]) + "/plan.json")
    try Self.write(Self.runJSON("gap_limit", 0), folder.resultFolder(runs[1]) + "/run.json")
    try Self.write(Self.plan(objective: 20, placed: ["B", "A"], unplaced: []), folder.resultFolder(runs[1]) + "/plan.json")
    try Self.write(
      String(decoding: try RunOutcome(id: runs[2], exitCode: 2, error: "parks.csv, row 3: bad", caseFiles: []).data(), as: UTF8.self),
      folder.outcomeFile(runs[2]))
    // r: P1's first site differs between the two weights; r × 2 not run.
    try Self.write(Self.runJSON("completed", 0), folder.resultFolder(runs[3]) + "/run.json")
    try Self.write("project,rank,park,parcel,score,eligible\nP1,1,AN,AN-1,0.9,true\nP1,2,GD,GD-3,0.5,true\nP2,1,AN,AN-2,0.1,false\n",
      folder.resultFolder(runs[3]) + "/ranking.csv")

    let merged = try BatchSummary(folder)
    #expect(merged.summary[0] == [
      "id", "group", "command", "scale:parks.csv:energy_quota_tce", "scenario:weight", "status", "exit_code", "objective",
      "placed", "unplaced", "relative_gap", "energy_used_tce", "new_land_used_mu", "stock_land_used_mu", "projects",
      "projects_with_eligible_site", "error",
    ])
    #expect(merged.summary[1] == [runs[0], "q", "assign", "0.8", "", "optimal", "0", "12.5", "1", "1", "0", "12.5", "4", "1", "", "", ""])
    #expect(merged.summary[2][5...8] == ["gap_limit", "0", "20", "2"])
    #expect(merged.summary[3][5...6] == ["failed", "2"])
    #expect(merged.summary[3].last == "parks.csv, row 3: bad")
    #expect(merged.summary[4][3...6] == ["", "1", "completed", "0"])
    #expect(merged.summary[4][14...15] == ["2", "1"])
    #expect(merged.summary[5][5...6] == ["not_run", ""])
    #expect(merged.assignRobustness == [
      ["project_id", "placed_in", "scenarios", "share"], ["A", "2", "2", "1"], ["B", "1", "2", "0.5"],
    ])
    #expect(merged.rankRobustness == [["project_id", "site", "first_in", "scenarios", "share"], ["P1", "AN/AN-1", "1", "1", "1"]])
    #expect(merged.files.map(\.name) == ["summary.csv", "robustness_assign.csv", "robustness_rank.csv"])
    // Same folder, same bytes.
    #expect(try BatchSummary(folder).files.map(\.text) == merged.files.map(\.text))
  }

  /// A run that failed after an earlier success keeps that success's result
  /// folder (it is replaced only by a successful run): the row is failed,
  /// with the error and without the old figures, and the robustness tables
  /// do not count it.
  @Test func aFailedRerunDoesNotReportTheOldResults() throws {
    let (folder, runs) = try Self.plannedFolder()
    defer { try? FileManager.default.removeItem(atPath: folder.path) }
    for (k, placed) in [(0, ["A"]), (1, ["A", "B"])] {
      try Self.write(Self.runJSON("optimal", 0), folder.resultFolder(runs[k]) + "/run.json")
      try Self.write(Self.plan(objective: 10, placed: placed, unplaced: []), folder.resultFolder(runs[k]) + "/plan.json")
    }
    try Self.write(
      String(decoding: try RunOutcome(id: runs[1], exitCode: 2, error: "projects.csv, row 2: bad", caseFiles: []).data(), as: UTF8.self),
      folder.outcomeFile(runs[1]))
    let merged = try BatchSummary(folder)
    #expect(merged.summary[1][5...8] == ["optimal", "0", "10", "1"])
    #expect(merged.summary[2][5...8] == ["failed", "2", "", ""])
    #expect(merged.summary[2].last == "projects.csv, row 2: bad")
    #expect(merged.assignRobustness == [["project_id", "placed_in", "scenarios", "share"], ["A", "1", "1", "1"]])
  }

  /// `first_sites.csv` (`rank --outputs first`) gives the same figures and
  /// robustness as `ranking.csv`; a quoted field goes through the CSV reader.
  @Test(arguments: [false, true]) func firstSitesAsRankingCSV(quoted: Bool) throws {
    let (folder, runs) = try Self.plannedFolder()
    defer { try? FileManager.default.removeItem(atPath: folder.path) }
    // r × 1 from ranking.csv, r × 2 from first_sites.csv: P1 first at AN/AN-1 then GD/GD-3.
    try Self.write(Self.runJSON("completed", 0), folder.resultFolder(runs[3]) + "/run.json")
    try Self.write("project,rank,park,parcel,score,eligible\nP1,1,AN,AN-1,0.9,true\nP1,2,GD,GD-3,0.5,true\nP2,1,AN,AN-2,0.1,false\nP3,1,GD,GD-1,0.2,true\n",
      folder.resultFolder(runs[3]) + "/ranking.csv")
    try Self.write(Self.runJSON("completed", 0), folder.resultFolder(runs[4]) + "/run.json")
    let p3 = quoted ? "\"P3\"" : "P3"
    try Self.write("project_id,park,parcel,score\r\nP1,GD,GD-3,0.7\r\nP2,,,\r\n\(p3),GD,GD-1,0.25\r\n",
      folder.resultFolder(runs[4]) + "/first_sites.csv")
    let merged = try BatchSummary(folder, threads: 2)
    #expect(merged.summary[4][14...15] == ["3", "2"])
    #expect(merged.summary[5][14...15] == ["3", "2"])
    #expect(merged.rankRobustness == [
      ["project_id", "site", "first_in", "scenarios", "share"], ["P1", "AN/AN-1", "1", "2", "0.5"],
      ["P1", "GD/GD-3", "1", "2", "0.5"], ["P3", "GD/GD-1", "2", "2", "1"],
    ])
    #expect(try BatchSummary(folder, threads: 1) == merged)
  }

  /// `rank --language zh` writes ranking.csv with Chinese headers and 是/否:
  /// the same figures and robustness (they were silently left out).
  @Test func chineseRankingCSV() throws {
    let (folder, runs) = try Self.plannedFolder()
    defer { try? FileManager.default.removeItem(atPath: folder.path) }
    for (i, run) in [runs[3], runs[4]].enumerated() {
      try Self.write(Self.runJSON("completed", 0), folder.resultFolder(run) + "/run.json")
      let header = i == 0 ? "project,rank,park,parcel,score,eligible" : "项目编号,排名,园区,地块,综合得分,符合条件"
      let yes = i == 0 ? "true" : "是", no = i == 0 ? "false" : "否"
      try Self.write("\(header)\nP1,1,AN,AN-1,0.9,\(yes)\nP2,1,AN,AN-2,0.1,\(no)\n", folder.resultFolder(run) + "/ranking.csv")
    }
    let merged = try BatchSummary(folder, threads: 1)
    #expect(merged.summary[4][14...15] == ["2", "1"])
    #expect(merged.summary[5][14...15] == ["2", "1"])
    #expect(merged.rankRobustness == [
      ["project_id", "site", "first_in", "scenarios", "share"], ["P1", "AN/AN-1", "2", "2", "1"],
    ])
  }

  @Test func planFileRoundTrips() throws {
    let manifest = try Manifest(text: Self.manifest, file: "m.yaml")
    let plan = PlanFile(manifest)
    let path = Scratch.path("plan", suffix: ".json").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try plan.data().write(to: URL(fileURLWithPath: path))
    #expect(try PlanFile(path: path) == plan)
    #expect(plan.labels == ["scale:parks.csv:energy_quota_tce", "scenario:weight"])
    #expect(plan.text.split(separator: "\n").first == "\(manifest.runs[0].id)  assign  k  scale:parks.csv:energy_quota_tce=0.8")
  }
}
