import Foundation
import GLPK
import ParkOptData

/// One run's result folder (`assign`, `evaluate`, `size`): staged from the
/// start of the run, committed with `run.json` once the run has its results,
/// and otherwise removed, leaving the previous results as they were and
/// saying so on standard error.
struct ResultRun {
  /// The staged folder the command's writer saves into.
  var folder: ResultFolder
  private let started = ContinuousClock.now
  private(set) var committed = false

  /// Checks that `path` may be replaced and starts staging; a folder that
  /// must not be replaced is bad input (exit 2).
  init(_ path: String, resultFiles: Set<String>) throws {
    do {
      folder = try ResultFolder(path, resultFiles: resultFiles.union([RunRecord.fileName]))
    } catch {
      throw Self.failure(error)
    }
  }

  /// Runs a writer on the staged folder; a failure names the folder.
  mutating func write(_ body: (inout ResultFolder) throws -> Void) throws {
    do {
      try body(&folder)
    } catch let error as ResultFolderError {
      throw Self.failure(error)
    } catch {
      throw CommandFailure("\(folder.path): cannot write the results: \(error.localizedDescription)", code: .badInput)
    }
  }

  /// The command's failure for a result-folder error: an interruption
  /// (SIGINT, SIGTERM; the handler is exiting with 130 on another thread)
  /// exits with 130 too, any other is bad input.
  static func failure(_ error: ResultFolderError) -> CommandFailure {
    if case .interrupted = error { return CommandFailure(error.description, code: .interrupted) }
    return CommandFailure(error.description, code: .badInput)
  }

  /// Saves `run.json` and puts the folder in place; returns the paths of
  /// the files written, `run.json` last.
  mutating func commit(
    status: String, exit: ExitStatus, inputs: [String], timings: [String: Double] = [:]
  ) throws -> [String] {
    do {
      let files = folder.written.map { ($0 as NSString).lastPathComponent }
      var timings = timings
      let (seconds, attoseconds) = (ContinuousClock.now - started).components
      timings["total"] = Double(seconds) + Double(attoseconds) * 1e-18
      let record = RunRecord(
        command: Self.commandLine ?? Self.typedCommandLine, parkoptVersion: ParkOpt.version, glpkVersion: Solver.glpkVersion,
        inputs: try RunRecord.inputs(inputs), status: status, exitCode: exit.rawValue, files: files,
        timingsSeconds: timings)
      try folder.save(RunRecord.fileName, try record.json())
      try folder.commit()
    } catch let error as ResultFolderError {
      throw Self.failure(error)
    } catch {
      throw CommandFailure("\(folder.path): cannot write the results: \(error)", code: .badInput)
    }
    committed = true
    return folder.written
  }

  /// Ends the run: when nothing was committed, removes the staging folder
  /// and notes (printed after any error) that previous results are untouched.
  func finish() {
    guard !committed else { return }
    folder.discard()
    if folder.replacesPrevious {
      ResultRun.note("the previous results in \(folder.path) were left untouched")
    }
  }

  /// The command line `run.json` records when it is not this process's own:
  /// `batch run --in-process` runs each command on a thread of the batch
  /// process and binds it to the command the run would have been started as.
  @TaskLocal static var commandLine: [String]?

  /// This process's command line, as typed; a run `batch run` started
  /// (through `/proc/self/exe`, ``RunExecutor/executable``) is recorded
  /// as `parkopt`, the command it stands for.
  static var typedCommandLine: [String] {
    var line = CommandLine.arguments
    if line.first == "/proc/self/exe" { line[0] = "parkopt" }
    return line
  }

  /// Notes for standard error, printed by `ParkOpt.main` after the run's
  /// own message (main thread only).
  nonisolated(unsafe) static var notes: [String] = []

  /// Where a run's notes go instead of ``notes`` when bound: each
  /// `batch run --in-process` run collects its own (runs share the process).
  @TaskLocal static var noteSink: NoteSink?

  /// Records a note for standard error (or the bound ``noteSink``).
  static func note(_ text: String) {
    if let noteSink { noteSink.append(text) } else { notes.append(text) }
  }
}

/// The notes of one in-process run.
final class NoteSink: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []

  func append(_ text: String) { lock.withLock { items.append(text) } }
  var all: [String] { lock.withLock { items } }
}
