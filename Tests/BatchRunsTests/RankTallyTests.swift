import BatchRuns
import Foundation
import Testing
import ParkOptTestSupport

/// `batch merge`'s fast count of `first_sites.csv` rows (a row equal to the
/// same row of the previous file) against the `ranking.csv` path, on runs
/// whose rows repeat, move, change order and site, and meet prefix traps.
@Suite struct RankTallyTests {
  static let runs = 24
  static let manifest = """
    runs:
      - name: r
        command: rank
        case: k
        sweep: {scenario: {weight: [\((1...runs).map(String.init).joined(separator: ", "))]}}
    """

  /// Run `n`'s first sites: (project, park, parcel, score), in file order;
  /// park and parcel empty when the project has none.
  static func firstSites(run n: Int) -> [(String, String, String, String)] {
    var rows: [(String, String, String, String)] = (1...30).map { p in
      let score = String(format: "%.3f", Double((p * 37 + n * 11) % 100) / 100)
      switch p {
      case 3: return ("P3", "", "", "")  // never a site
      case 7: return ("P7", "GD", "GD-\(n)", score)  // a new site in every run (more than 16)
      case 9: return ("P9", "AN", n % 3 == 0 ? "AN-10" : "AN-1", score)  // AN-1 is a prefix of AN-10
      case 11: return ("P11", n % 4 == 1 ? "" : "KM", n % 4 == 1 ? "" : "KM-2", n % 4 == 1 ? "" : score)
      default:
        let moved = (p * 7 + n) % 10 == 0  // one row in ten moves to another site
        return ("P\(p)", moved ? "YX" : "AN", moved ? "YX-\(p % 3)" : "AN-\(p)", score)
      }
    }
    if n == 5 { rows.reverse() }  // another order: rows no longer line up
    if n == 6 { rows.removeFirst(2) }  // fewer projects: every row shifted
    if n == 8 { rows.append(("P31", "AN", "AN-31", "0.5")) }  // a new project
    return rows
  }

  static func write(_ text: String, _ path: String) throws {
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// A batch folder of the ``manifest`` whose runs hold `first_sites.csv`
  /// (`ranking` false) or the same first sites as `ranking.csv` rows.
  static func folder(ranking: Bool) throws -> (BatchFolder, [String]) {
    let dir = try Scratch.folder("batch-tally").path
    let manifest = try Manifest(text: Self.manifest, file: "m.yaml")
    let folder = BatchFolder(dir)
    try PlanFile(manifest).data().write(to: URL(fileURLWithPath: folder.planFile))
    let ids = manifest.runs.map(\.id)
    for (i, id) in ids.enumerated() {
      let result = folder.resultFolder(id)
      try write("{\"status\": \"completed\", \"exit_code\": 0, \"inputs\": []}", result + "/run.json")
      let rows = firstSites(run: i + 1)
      if ranking {
        let lines = rows.map { r in r.1.isEmpty ? "\(r.0),1,,,0,no" : "\(r.0),1,\(r.1),\(r.2),\(r.3),yes" }
        try write((["project_id,rank,park,parcel,score,eligible"] + lines).joined(separator: "\n") + "\n", result + "/ranking.csv")
      } else {
        let lines = rows.map { "\($0.0),\($0.1),\($0.2),\($0.3)" }
        try write((["project_id,park,parcel,score"] + lines).joined(separator: "\r\n") + "\r\n", result + "/first_sites.csv")
      }
    }
    return (folder, ids)
  }

  @Test func fastCountEqualsRankingCSV() throws {
    let (fast, _) = try Self.folder(ranking: false)
    let (slow, _) = try Self.folder(ranking: true)
    defer {
      try? FileManager.default.removeItem(atPath: fast.path)
      try? FileManager.default.removeItem(atPath: slow.path)
    }
    let merged = try BatchSummary(fast, threads: 1)
    #expect(try BatchSummary(slow, threads: 1) == merged)
    #expect(try BatchSummary(fast, threads: 3, runsPerChunk: 5) == merged)
    #expect(try BatchSummary(slow, threads: 2, runsPerChunk: 7) == merged)
    let table = try #require(merged.rankRobustness)
    let rows = { (project: String) in table.filter { $0[0] == project }.map { Array($0[1...3]) } }
    // P9: AN-10 in runs 3, 6, …, 24 (8 of 24), else AN-1.
    #expect(rows("P9") == [["AN/AN-1", "16", "24"], ["AN/AN-10", "8", "24"]])
    #expect(rows("P7").count == 24)
    #expect(rows("P3").isEmpty)
    #expect(rows("P11") == [["KM/KM-2", "18", "24"]])
    #expect(rows("P31") == [["AN/AN-31", "1", "24"]])
    // P1 is missing from run 6: at most 23 first places.
    #expect(rows("P1").map { Int($0[1]) ?? 0 }.reduce(0, +) == 23)
    // Columns 8, 9: projects, projects_with_eligible_site. Run 1: P3 and P11
    // without a site; run 6: P1, P2 dropped; run 8: P31 added.
    #expect(merged.summary[0][8...9] == ["projects", "projects_with_eligible_site"])
    #expect(merged.summary[1][8...9] == ["30", "28"])
    #expect(merged.summary[6][8...9] == ["28", "27"])
    #expect(merged.summary[8][8...9] == ["31", "30"])
  }

  /// A row whose key matches the previous file's but that has a fifth
  /// field: the file is not four columns, so its figures are empty.
  @Test func rowOfAnotherWidthEndsTheFile() throws {
    let (folder, ids) = try Self.folder(ranking: false)
    defer { try? FileManager.default.removeItem(atPath: folder.path) }
    let path = folder.resultFolder(ids[1]) + "/first_sites.csv"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let lines = text.components(separatedBy: "\r\n")
    // Line 2 (P1) keeps its key but gets a fifth field.
    try Self.write(([lines[0], lines[1] + ",x"] + lines[2...]).joined(separator: "\r\n"), path)
    let merged = try BatchSummary(folder, threads: 1)
    #expect(merged.summary[2][8...9] == ["", ""])
    #expect(merged.summary[1][8...9] == ["30", "28"])
    #expect(merged.summary[3][8...9] == ["30", "29"])
  }
}
