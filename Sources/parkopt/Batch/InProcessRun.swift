import ArgumentParser
import Foundation

/// Runs a `parkopt` command line on the calling thread (`batch run
/// --in-process`): no process start, and a sweep of one case re-uses what
/// the loader and `rank` keep between runs (the parsed tables, the eligible
/// parcels; see Benchmarks/BATCH.md). `run.json` records the command line
/// the run would have had as a process. A crash of one run ends the batch.
enum InProcessRun {
  /// The command's exit code and its standard-error text as `ParkOpt.main`
  /// would print it (`parkopt: MESSAGE`, then the run's notes, such as
  /// "the previous results in … were left untouched"), so `outcome.json` is
  /// the same as a run in a process of its own; its progress line is silent.
  static func run(_ arguments: [String]) -> (Int32, String) {
    let notes = NoteSink()
    var lines: [String] = []
    let code: Int32
    do {
      var command = try ParkOpt.parseAsRoot(arguments)
      // Batch draws its own line: the command's would overwrite it.
      try ResultRun.$noteSink.withValue(notes) {
        try ResultRun.$commandLine.withValue(["parkopt"] + arguments) {
          try ReportWriter.$discardsStandardOutput.withValue(true) {
            try ProgressLine.silencing { try command.run() }
          }
        }
      }
      code = 0
    } catch {
      let ending = ParkOpt.ending(for: error)
      code = ending.code
      if let message = ending.message { lines.append(message) }
    }
    lines += notes.all.map { "parkopt: \($0)" }
    return (code, lines.joined(separator: "\n"))
  }
}
