import ArgumentParser
import BatchRuns
import Foundation
import ParkOptData

/// `parkopt batch run`: every run of a manifest (or of one shard), in
/// parallel, each in its own result folder; complete runs are skipped.
struct BatchRunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a manifest's runs in parallel, one parkopt process per run; complete runs are skipped (resume).",
    discussion: """
      Exit code 0 when every run exited 0, 3 when any run did not (summary.csv says which and why), \
      2 for a bad manifest.
      Example: parkopt batch run Examples/batch/kunming-quotas.yaml --jobs 2
      """)

  @Argument(help: "The manifest (YAML or JSON).")
  var manifest: String

  @Option(parsing: .unconditional, help: "Runs at a time (default: the processors this process may use, e.g. a Slurm job's CPUs).")
  var jobs: Int?

  @Option(help: ArgumentHelp("Only the runs whose position modulo N is I (0 ≤ I < N).", valueName: "I/N"))
  var shard: String?

  @Option(name: .shortAndLong, help: "The batch folder (default: results/NAME beside the manifest, NAME its file name without extension).")
  var output: String?

  @Flag(help: "Run every selected run again, even a complete one.")
  var force = false

  @Flag(help: "Also merge (summary.csv) when the runs are done.")
  var merge = false

  @Flag(help: ArgumentHelp(
    "Run every command inside this process instead of one process per run: a sweep of one case then reads its unchanged tables once, and rank finds each project's eligible parcels once (for sweeps of quotas, 增存挂钩 ratios and weights). A crash of one run ends the batch."))
  var inProcess = false

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
  }

  func run() throws {
    let loaded = try BatchInputs.load(manifest)
    let selection = try shard.map(BatchInputs.shard) ?? .all
    let folder = BatchFolder(output ?? Self.defaultFolder(manifest))
    guard folder.isUsable else {
      throw CommandFailure(
        "\(folder.path): is neither empty nor a batch folder (no \(PlanFile.fileName)); choose another -o", code: .badInput)
    }
    do {
      try writeAtomically(try PlanFile(loaded).data(), to: folder.planFile)
    } catch {
      throw CommandFailure("\(folder.planFile): cannot be written: \(error.localizedDescription)", code: .badInput)
    }
    let runs = loaded.runs.filter { selection.contains($0.index) }
    let base = (manifest as NSString).deletingLastPathComponent
    let executor = RunExecutor(
      folder: folder, base: base.isEmpty ? "." : base, force: force, inProcess: inProcess)
    let progress = BatchProgress(total: runs.count)
    let threads = jobs ?? AvailableProcessors.count
    let results = ParallelJobs(threads: threads).map(runs.count) { i in
      let result = executor.execute(runs[i])
      progress.record(result)
      return result
    }
    progress.finish()
    if merge {
      var command = BatchMergeCommand()
      command.folder = folder.path
      try command.run()
    }
    let failed = results.filter { $0.exitCode != 0 }
    for result in failed {
      FileHandle.standardError.write(Data("parkopt: run \(result.id) exited with \(result.exitCode)\(result.error.isEmpty ? "" : ": " + result.error)\n".utf8))
    }
    if !failed.isEmpty { throw ExitCode(ExitStatus.solverFailure.rawValue) }
  }

  /// `results/NAME` beside the manifest.
  static func defaultFolder(_ manifest: String) -> String {
    let name = ((manifest as NSString).lastPathComponent as NSString).deletingPathExtension
    let base = (manifest as NSString).deletingLastPathComponent
    return ((base.isEmpty ? "." : base) as NSString).appendingPathComponent("results/\(name)")
  }
}
