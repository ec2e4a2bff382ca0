import Foundation

/// The rules every fuzz run must keep, and which of them one run broke.
enum FuzzCheck: String, CaseIterable, Sendable, Comparable {
  /// Killed by a signal (trap, abort, segfault).
  case crash
  /// Still running at the deadline.
  case hang
  /// An exit code outside the documented table.
  case undocumentedExit = "undocumented-exit"
  /// Exit 2 for a bad file, but the message does not name the file, row and
  /// column (what the mutation's locus says it must name).
  case unplacedMessage = "unplaced-message"
  /// A misspelt top-level scenario key was not rejected (exit 2, naming it).
  case unknownKeyAccepted = "unknown-key-accepted"
  /// The same data in another documented form (BOM, GB18030, CRLF, columns
  /// in another order) ended differently from the unchanged case.
  case sameDataDifferentExit = "same-data-different-exit"
  /// A bad value in a data or scenario file ended as a solver failure
  /// (exit 3) instead of being rejected where read (exit 2).
  case badInputAsSolverFailure = "bad-input-as-solver-failure"
  /// A run that failed (exit 2 or 3, crash, hang) changed the result folder
  /// a previous good run had written.
  case resultFolderChanged = "result-folder-changed"

  static func < (a: FuzzCheck, b: FuzzCheck) -> Bool {
    allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
  }

  /// The exit codes of the one table all commands share.
  static let documentedCodes: Set<Int32> = [0, 2, 3, 10, 11, 12, 13, 14, 15, 130]

  /// The rules `run` of `mutation` broke; `baseExit` is the unchanged case's
  /// exit code, `changed` the result files the run added, removed or changed.
  static func broken(by run: FuzzRun, of mutation: FuzzMutation, baseExit: Int32, changed: [String]) -> [FuzzCheck] {
    var broken: [FuzzCheck] = []
    let code: Int32?
    switch run.ending {
    case .signal: broken.append(.crash); code = nil
    case .hang: broken.append(.hang); code = nil
    case .exit(let c): code = c
    }
    if let code, !documentedCodes.contains(code) { broken.append(.undocumentedExit) }
    if code == 2, !namesPlace(run.stderr, of: mutation) { broken.append(.unplacedMessage) }
    if case .unknownKey(let key) = mutation.locus, code != 2 || !run.stderr.contains(key) {
      broken.append(.unknownKeyAccepted)
    }
    if mutation.locus == .sameData, code != baseExit { broken.append(.sameDataDifferentExit) }
    if code == 3, mutation.locus != .model { broken.append(.badInputAsSolverFailure) }
    let failed = code == nil || code == 2 || code == 3
    if failed, !changed.isEmpty { broken.append(.resultFolderChanged) }
    return broken
  }

  /// Whether a bad-input message names what the mutation's locus requires.
  static func namesPlace(_ stderr: String, of mutation: FuzzMutation) -> Bool {
    let file = (mutation.file as NSString).lastPathComponent
    let text = stderr.lowercased()
    func row(_ n: Int) -> Bool { text.contains("row \(n)") }
    switch mutation.locus {
    case .cell(let n, let column): return stderr.contains(file) && row(n) && stderr.contains(column)
    case .row(let n): return stderr.contains(file) && row(n)
    case .column(let column): return stderr.contains(file) && stderr.contains(column)
    case .file, .model, .sameData: return stderr.contains(file)
    case .unknownKey(let key): return stderr.contains(file) || stderr.contains(key)
    case .scenarioValue(let keys, let line):
      return keys.contains { stderr.contains($0) } || stderr.contains(":\(line):") || text.contains("line \(line)")
    }
  }
}
