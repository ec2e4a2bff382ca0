import ArgumentParser
import Foundation

/// Runs a `parkopt` command line on the calling thread (`batch run
/// --in-process`): no process start, and a sweep of one case re-uses what
/// the loader and `rank` keep between runs (the parsed tables, the eligible
/// parcels; see Benchmarks/BATCH.md). `run.json` records the command line
/// the run would have had as a process. A crash of one run ends the batch.
enum InProcessRun {
  /// The command's exit code and error text; its progress line is silent.
  static func run(_ arguments: [String]) -> (Int32, String) {
    do {
      var command = try ParkOpt.parseAsRoot(arguments)
      // Batch draws its own line: the command's would overwrite it.
      try ResultRun.$commandLine.withValue(["parkopt"] + arguments) {
        try ReportWriter.$discardsStandardOutput.withValue(true) {
          try ProgressLine.silencing { try command.run() }
        }
      }
      return (0, "")
    } catch let exit as ExitCode {
      return (exit.rawValue, "")
    } catch let failure as CommandFailure {
      return (failure.code.rawValue, failure.message)
    } catch {
      return (ExitStatus.solverFailure.rawValue, ParkOpt.fullMessage(for: error))
    }
  }
}
