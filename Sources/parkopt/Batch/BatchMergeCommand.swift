import ArgumentParser
import BatchRuns
import Foundation
import ParkOptData

/// `parkopt batch merge`: `summary.csv` and the robustness tables.
struct BatchMergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge a batch folder into summary.csv, robustness_assign.csv and robustness_rank.csv.",
    discussion: "Example: parkopt batch merge Examples/batch/results/kunming-quotas")

  @Argument(help: "The batch folder (parkopt batch run's -o).")
  var folder: String

  /// Threads reading the runs: at least 8 whatever the cores, because
  /// reading 10,000 runs from a cold disk is waiting for it, and more reads
  /// in flight finish sooner (Benchmarks/BATCH.md); the result does not
  /// depend on the number.
  static let readerThreads = max(8, AvailableProcessors.count)

  func run() throws {
    let batch = BatchFolder(folder)
    guard FileManager.default.fileExists(atPath: batch.planFile) else {
      throw CommandFailure("\(folder): not a batch folder (no \(PlanFile.fileName)); run `parkopt batch run` first", code: .badInput)
    }
    let summary: BatchSummary
    do {
      summary = try BatchSummary(batch, threads: Self.readerThreads)
    } catch {
      throw CommandFailure("\(batch.planFile): cannot be read: \(error)", code: .badInput)
    }
    for (name, text) in summary.files {
      let path = (folder as NSString).appendingPathComponent(name)
      do {
        try writeAtomically(Data(text.utf8), to: path)
      } catch {
        throw CommandFailure("\(path): cannot be written: \(error.localizedDescription)", code: .badInput)
      }
    }
    let rows = summary.summary.dropFirst()
    let statusColumn = summary.summary.first?.firstIndex(of: "exit_code") ?? 0
    let failed = rows.filter { $0[statusColumn] != "0" }.count
    print("\(rows.count) runs merged (\(failed) not successful) into "
      + summary.files.map { (folder as NSString).appendingPathComponent($0.name) }.joined(separator: ", "))
  }
}
