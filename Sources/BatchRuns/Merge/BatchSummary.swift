import Foundation
import ParkOptData

/// `batch merge`: `summary.csv` (a row per run) and the robustness tables,
/// from a batch folder's `plan.json` and run folders.
public struct BatchSummary: Sendable, Equatable {
  /// `summary.csv`: header first.
  public var summary: [[String]]
  /// `robustness_assign.csv` (header first), nil without `assign` runs.
  public var assignRobustness: [[String]]?
  /// `robustness_rank.csv` (header first), nil without `rank` runs.
  public var rankRobustness: [[String]]?

  /// The files `merge` writes, by name, in the order written.
  public var files: [(name: String, text: String)] {
    var files = [("summary.csv", CSVText.render(summary))]
    if let assignRobustness { files.append(("robustness_assign.csv", CSVText.render(assignRobustness))) }
    if let rankRobustness { files.append(("robustness_rank.csv", CSVText.render(rankRobustness))) }
    return files
  }

  public static func == (a: BatchSummary, b: BatchSummary) -> Bool {
    a.summary == b.summary && a.assignRobustness == b.assignRobustness && a.rankRobustness == b.rankRobustness
  }

  /// Merges the batch folder `folder` (its `plan.json` must exist).
  public init(_ folder: BatchFolder) throws {
    let plan = try PlanFile(path: folder.planFile)
    let commands = ["assign", "size", "evaluate", "rank"].filter { c in plan.runs.contains { $0.command == c } }
    let figureColumns = commands.flatMap { CommandFigures.columns(for: $0) }
    let labels = plan.labels
    var rows = [["id", "group", "command"] + labels + ["status", "exit_code", "objective", "placed"] + figureColumns + ["error"]]
    var placedCount: [String: Int] = [:], assignRuns = 0, seenProjects: [String] = [], known: Set<String> = []
    var firstCount: [String: [String: Int]] = [:], rankRuns = 0, rankedProjects: [String] = [], rankedKnown: Set<String> = []
    for run in plan.runs {
      let outcome = RunOutcome(path: folder.outcomeFile(run.id))
      let record = RunJSON(path: (folder.resultFolder(run.id) as NSString).appendingPathComponent("run.json"))
      let status: String
      let exitCode: String
      if let record, outcome?.exitCode ?? record.exitCode == record.exitCode {
        status = record.status
        exitCode = String(record.exitCode)
      } else if let outcome {
        status = "failed"
        exitCode = String(outcome.exitCode)
      } else {
        status = "not_run"
        exitCode = ""
      }
      let figures = record == nil ? CommandFigures() : CommandFigures.read(command: run.command, folder: folder.resultFolder(run.id))
      var row = [run.id, run.group, run.command]
      row += labels.map { label in run.values.first { $0.key == label }?.value ?? "" }
      row += [status, exitCode, figures.objective, figures.placed]
      row += figureColumns.map { figures.figures[$0] ?? "" }
      row.append(record == nil || status == "failed" ? outcome?.error ?? "" : "")
      rows.append(row)
      if run.command == "assign", record != nil, !figures.allProjects.isEmpty {
        assignRuns += 1
        for project in figures.allProjects where known.insert(project).inserted { seenProjects.append(project) }
        for project in figures.placedProjects { placedCount[project, default: 0] += 1 }
      }
      if run.command == "rank", record != nil {
        rankRuns += 1
        for (project, site) in figures.firstSites {
          if rankedKnown.insert(project).inserted { rankedProjects.append(project) }
          firstCount[project, default: [:]][site, default: 0] += 1
        }
      }
    }
    summary = rows
    assignRobustness = commands.contains("assign") ? Self.assignTable(seenProjects, placedCount, runs: assignRuns) : nil
    rankRobustness = commands.contains("rank") ? Self.rankTable(rankedProjects, firstCount, runs: rankRuns) : nil
  }

  /// A row per project (sorted by id): in how many `assign` runs with
  /// results it was placed, out of how many, and the share.
  static func assignTable(_ projects: [String], _ placed: [String: Int], runs: Int) -> [[String]] {
    [["project_id", "placed_in", "scenarios", "share"]]
      + projects.sorted().map { p in
        let n = placed[p] ?? 0
        return [p, String(n), String(runs), runs == 0 ? "" : ColumnScaling.format((Double(n) / Double(runs) * 1e4).rounded() / 1e4)]
      }
  }

  /// A row per project and site that is its first-ranked site in some
  /// `rank` run (sorted by project, then by count, most first, then site).
  static func rankTable(_ projects: [String], _ counts: [String: [String: Int]], runs: Int) -> [[String]] {
    var rows = [["project_id", "site", "first_in", "scenarios", "share"]]
    for project in projects.sorted() {
      let sites = (counts[project] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }
      for (site, n) in sites {
        rows.append([project, site, String(n), String(runs), ColumnScaling.format((Double(n) / Double(runs) * 1e4).rounded() / 1e4)])
      }
    }
    return rows
  }
}
