import ArgumentParser
import Foundation

/// Runs a `parkopt` command line on the calling thread (the hidden
/// `batch run --in-process`, which measures threads against processes; see
/// Benchmarks/BATCH.md). Not for users: a GLPK failure would end the batch,
/// and `run.json` records the batch's command line.
enum InProcessRun {
  /// The command's exit code and error text; its progress line is silent.
  static func run(_ arguments: [String]) -> (Int32, String) {
    do {
      var command = try ParkOpt.parseAsRoot(arguments)
      // Batch draws its own line: the command's would overwrite it.
      try ProgressLine.silencing { try command.run() }
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
