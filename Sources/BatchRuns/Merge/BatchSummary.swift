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

  /// Merges the batch folder `folder` (its `plan.json` must exist), reading
  /// the runs on `threads` threads in chunks of at least `runsPerChunk` runs
  /// (the result depends on neither).
  public init(
    _ folder: BatchFolder, threads: Int = AvailableProcessors.count, runsPerChunk: Int = 256
  ) throws {
    let plan = try PlanFile(path: folder.planFile)
    let commands = ["assign", "size", "evaluate", "rank"].filter { c in plan.runs.contains { $0.command == c } }
    let figureColumns = commands.flatMap { CommandFigures.columns(for: $0) }
    let labels = plan.labels
    let runs = plan.runs
    // Four chunks per thread, so a thread slowed by other work leaves the
    // rest to the others (each chunk keeps its own tally of first sites until
    // the end), at least `runsPerChunk` runs.
    let chunks = 4 * max(1, threads)
    let chunk = max(max(1, runsPerChunk), (runs.count + chunks - 1) / chunks)
    let parts = ParallelJobs(threads: threads).map((runs.count + chunk - 1) / chunk) { (c: Int) -> Part in
      Part(runs[(c * chunk)..<min(runs.count, (c + 1) * chunk)], folder: folder, labels: labels, figureColumns: figureColumns)
    }
    var rows = [["id", "group", "command"] + labels + ["status", "exit_code", "objective", "placed"] + figureColumns + ["error"]]
    var placedCount: [String: Int] = [:], assignRuns = 0, seenProjects: [String] = [], known: Set<String> = []
    var ranked = RankTally()
    for part in parts {
      rows += part.rows
      assignRuns += part.assignRuns
      for project in part.seenProjects where known.insert(project).inserted { seenProjects.append(project) }
      for (project, n) in part.placedCount { placedCount[project, default: 0] += n }
      ranked.add(part.ranked)
    }
    summary = rows
    assignRobustness = commands.contains("assign") ? Self.assignTable(seenProjects, placedCount, runs: assignRuns) : nil
    let (rankedProjects, firstCount) = ranked.counts
    rankRobustness = commands.contains("rank") ? Self.rankTable(rankedProjects, firstCount, runs: ranked.runs) : nil
  }

  /// The rows and counts of a chunk of runs.
  private struct Part: Sendable {
    var rows: [[String]] = []
    var placedCount: [String: Int] = [:], assignRuns = 0, seenProjects: [String] = []
    var ranked = RankTally()

    init(_ runs: ArraySlice<PlanFile.Run>, folder: BatchFolder, labels: [String], figureColumns: [String]) {
      var known: Set<String> = []
      for run in runs {
        let outcome = RunOutcome(path: folder.outcomeFile(run.id))
        let resultFolder = folder.resultFolder(run.id)
        // The results count only when they are the last attempt's: a run that
        // failed after an earlier success left that success's folder in place
        // (its result folder is atomic), which is stale now.
        let record = RunStatus(path: (resultFolder as NSString).appendingPathComponent("run.json"))
          .flatMap { r in (outcome?.exitCode ?? r.exitCode) == r.exitCode ? r : nil }
        let status: String
        let exitCode: String
        if let record {
          status = record.status
          exitCode = String(record.exitCode)
        } else if let outcome {
          status = "failed"
          exitCode = String(outcome.exitCode)
        } else {
          status = "not_run"
          exitCode = ""
        }
        var figures = CommandFigures()
        if record != nil {
          if run.command == "rank" {
            ranked.runs += 1
            figures = CommandFigures.rank(folder: resultFolder, tally: &ranked)
          } else {
            figures = CommandFigures.read(command: run.command, folder: resultFolder)
          }
        }
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
      }
    }
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
    var shares: [Int: String] = [:]  // by count: formatted once
    let total = String(runs)
    for project in projects.sorted() {
      let sites = (counts[project] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }
      for (site, n) in sites {
        let share = shares[n] ?? ColumnScaling.format((Double(n) / Double(runs) * 1e4).rounded() / 1e4)
        shares[n] = share
        rows.append([project, site, String(n), total, share])
      }
    }
    return rows
  }
}
