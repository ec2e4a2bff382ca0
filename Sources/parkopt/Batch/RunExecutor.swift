import ArgumentParser
import BatchRuns
import Foundation

/// How one run of a batch ended.
struct RunResult: Sendable {
  var id: String
  /// The run's exit code (its recorded one when skipped).
  var exitCode: Int32
  /// Whether it was complete already and not run again.
  var skipped: Bool
  /// The error, when it failed.
  var error: String
}

/// Runs one planned run: prepares its inputs, skips it when complete,
/// otherwise starts `parkopt COMMAND …` as a child process and records
/// `outcome.json`.
struct RunExecutor: Sendable {
  let folder: BatchFolder
  /// The manifest's folder (relative paths in it start there).
  let base: String
  let force: Bool
  /// Runs each command on a thread of the batch process instead of a
  /// process of its own (``InProcessRun``).
  let inProcess: Bool
  let hashes = HashCache()

  /// This program: `/proc/self/exe` on Linux (the running binary, even when
  /// a rebuild has replaced the file since), else the path it was started as.
  static let executable: String = {
    if FileManager.default.isExecutableFile(atPath: "/proc/self/exe") { return "/proc/self/exe" }
    return CommandLine.arguments[0]
  }()

  func execute(_ run: PlannedRun) -> RunResult {
    let id = run.id
    let prepared: PreparedCase
    do {
      prepared = try PreparedCase(run, base: base)
    } catch {
      return record(run, prepared: nil, exitCode: ExitStatus.badInput.rawValue, stderr: error.description)
    }
    let digest = prepared.digest(hashes)
    if !force, Resume.isComplete(id: id, folder: folder, digest: digest, hashes: hashes),
      let recorded = RunJSON(path: (folder.resultFolder(id) as NSString).appendingPathComponent("run.json"))
    {
      return RunResult(id: id, exitCode: recorded.exitCode, skipped: true, error: "")
    }
    do {
      try FileManager.default.createDirectory(atPath: folder.run(id), withIntermediateDirectories: true)
      try? FileManager.default.removeItem(atPath: folder.outcomeFile(id))
      try prepared.write(to: folder.caseFolder(id))
    } catch {
      return record(run, prepared: digest, exitCode: ExitStatus.badInput.rawValue, stderr: "cannot prepare \(folder.caseFolder(id)): \(error.localizedDescription)")
    }
    let arguments = prepared.arguments(run, folder: folder.caseFolder(id), result: folder.resultFolder(id))
    let (code, stderr) = inProcess ? InProcessRun.run(arguments) : spawn(arguments, id: id)
    return record(run, prepared: digest, exitCode: code, stderr: stderr)
  }

  /// Starts `parkopt ARGUMENTS`, standard output discarded, standard error
  /// into `runs/ID/stderr.txt` (removed once read).
  private func spawn(_ arguments: [String], id: String) -> (Int32, String) {
    let errorFile = (folder.run(id) as NSString).appendingPathComponent("stderr.txt")
    guard FileManager.default.createFile(atPath: errorFile, contents: nil),
      let errorHandle = FileHandle(forWritingAtPath: errorFile)
    else { return (-1, "cannot create \(errorFile)") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errorHandle
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      try? errorHandle.close()
      return (-1, "cannot start \(Self.executable): \(error.localizedDescription)")
    }
    process.waitUntilExit()
    try? errorHandle.close()
    let text = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(atPath: errorFile)
    let code = process.terminationReason == .exit ? process.terminationStatus : -1
    return (code, code == -1 ? "ended by signal \(process.terminationStatus). \(text)" : text)
  }

  /// Writes `outcome.json` (when the run got as far as its folder).
  private func record(_ run: PlannedRun, prepared: [(name: String, sha256: String)]?, exitCode: Int32, stderr: String) -> RunResult {
    let error = exitCode == 0 ? "" : RunOutcome.errorText(stderr)
    let outcome = RunOutcome(id: run.id, exitCode: exitCode, error: error, caseFiles: prepared ?? [])
    if let data = try? outcome.data() { try? writeAtomically(data, to: folder.outcomeFile(run.id)) }
    return RunResult(id: run.id, exitCode: exitCode, skipped: false, error: error)
  }
}
