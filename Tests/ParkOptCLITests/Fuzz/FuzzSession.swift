import Foundation
import ParkOptTestSupport

/// Runs one command's fuzz case: prepares the unchanged case and a good
/// result folder, runs every mutation on a fresh copy (a few at a time),
/// and tallies the outcomes.
final class FuzzSession: @unchecked Sendable {
  /// One mutation's run and the rules it broke.
  struct Outcome: Sendable {
    var index: Int
    var mutation: FuzzMutation
    var run: FuzzRun
    var broken: [FuzzCheck]
    /// The command line that reproduces it (its case folder is kept until
    /// the test process exits, or after with `PARKOPT_KEEP_SCRATCH=1`).
    var reproducer: String
  }

  let fuzzCase: FuzzCase
  let directory: URL
  let timeout: Double
  let executable: URL
  private(set) var baseExit: Int32 = -1
  private(set) var baseStderr = ""
  private var outcomes: [Outcome] = []
  private var nextIndex = 0
  private let lock = NSLock()

  init(_ fuzzCase: FuzzCase, executable: URL, timeout: Double) throws {
    self.fuzzCase = fuzzCase
    self.executable = executable
    self.timeout = timeout
    directory = try Scratch.folder("fuzz-\(fuzzCase.command)")
  }

  private var base: URL { directory.appendingPathComponent("base") }

  /// Writes the unchanged case and runs it once, filling its result folder.
  func prepare() throws {
    try write(fuzzCase.files, to: base)
    try FileManager.default.createDirectory(at: base.appendingPathComponent("results"), withIntermediateDirectories: true)
    let first = fuzzCase.files.keys.sorted().first ?? ""
    let run = try FuzzRunner.run(executable, fuzzCase.arguments(base.path, first), scratch: directory, timeout: timeout)
    if case .exit(let code) = run.ending { baseExit = code }
    baseStderr = run.stderr
  }

  /// Whether the unchanged case's run left result files to protect.
  var baseResultFiles: Int { FolderSnapshot(base.appendingPathComponent(fuzzCase.results)).files.count }

  /// Runs `mutations`, `jobs` at a time; returns the outcomes in order.
  func run(_ mutations: [FuzzMutation], jobs: Int) -> [Outcome] {
    lock.lock()
    nextIndex = 0
    outcomes = []
    lock.unlock()
    DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { _ in
      while true {
        lock.lock()
        let index = nextIndex
        nextIndex += 1
        lock.unlock()
        guard index < mutations.count else { return }
        let outcome = runOne(index, mutations[index])
        lock.lock()
        outcomes.append(outcome)
        lock.unlock()
      }
    }
    return outcomes.sorted { $0.index < $1.index }
  }

  private func runOne(_ index: Int, _ mutation: FuzzMutation) -> Outcome {
    let folder = directory.appendingPathComponent(String(format: "m%04d", index))
    let arguments = fuzzCase.arguments(folder.path, mutation.file)
    let reproducer = "parkopt " + arguments.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    do {
      try FileManager.default.copyItem(at: base, to: folder)
      try mutation.bytes.write(to: folder.appendingPathComponent(mutation.file))
      let results = folder.appendingPathComponent(fuzzCase.results)
      let before = FolderSnapshot(results)
      let run = try FuzzRunner.run(executable, arguments, scratch: folder, timeout: timeout)
      let changed = FolderSnapshot(results).changes(from: before)
      let broken = FuzzCheck.broken(by: run, of: mutation, baseExit: baseExit, changed: changed)
      if broken.isEmpty { try? FileManager.default.removeItem(at: folder) }
      return Outcome(index: index, mutation: mutation, run: run, broken: broken, reproducer: reproducer)
    } catch {
      let run = FuzzRun(ending: .exit(-1), stderr: "the fuzz harness failed: \(error)", seconds: 0)
      return Outcome(index: index, mutation: mutation, run: run, broken: [.undocumentedExit], reproducer: reproducer)
    }
  }

  /// Removes the session's folder (call when nothing failed).
  func removeFolder() { try? FileManager.default.removeItem(at: directory) }

  private func write(_ files: [String: Data], to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
  }

  /// The outcome table: exit code → count, crashes, hangs, changed result
  /// folders, and each broken rule → count.
  static func table(_ command: String, _ outcomes: [Outcome], seconds: Double) -> String {
    var exits: [Int32: Int] = [:]
    var crashes = 0, hangs = 0
    var brokenCounts: [FuzzCheck: Int] = [:]
    for o in outcomes {
      switch o.run.ending {
      case .exit(let c): exits[c, default: 0] += 1
      case .signal: crashes += 1
      case .hang: hangs += 1
      }
      for b in o.broken { brokenCounts[b, default: 0] += 1 }
    }
    let exitText = exits.keys.sorted().map { "\($0)→\(exits[$0] ?? 0)" }.joined(separator: " ")
    let brokenText = brokenCounts.keys.sorted().map { "\($0.rawValue)=\(brokenCounts[$0] ?? 0)" }.joined(separator: " ")
    return "fuzz: \(command): \(outcomes.count) runs in \(String(format: "%.1f", seconds)) s; exit \(exitText); "
      + "crashes \(crashes); hangs \(hangs); mixed folders \(brokenCounts[.resultFolderChanged] ?? 0)"
      + (brokenText.isEmpty ? "" : "; broken: \(brokenText)")
  }
}
