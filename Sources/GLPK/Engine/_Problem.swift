import CGLPK
import CGLPKShims
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns one `glp_prob` for the length of a synchronous call.
///
/// GLPK keeps its memory per thread, so a problem must be created, used and
/// deleted on one thread. `_Problem` is never stored or sent anywhere: it is
/// only reachable inside ``withProblem(_:)``, which deletes it before
/// returning, on the same thread. A problem whose environment was reset by a
/// fatal error is never deleted (GLPK already freed it).
final class _Problem {
  let pointer: OpaquePointer
  let generation: UInt
  /// GLPK output captured during this problem's operations.
  var log = ""
  /// Branching priorities by column (1-based, slot 0 unused); empty when the
  /// loaded model sets none.
  var branchingPriority: [Int32] = []

  private init(pointer: OpaquePointer, generation: UInt) {
    self.pointer = pointer
    self.generation = generation
  }

  /// Runs `body` with a new empty problem and deletes it afterwards.
  static func withProblem<R>(_ body: (_Problem) throws(GLPKError) -> R) throws(GLPKError) -> R {
    guard let raw = pko_create() else {
      throw .fatal(message: _takeLog().trimmingCharacters())
    }
    let problem = _Problem(pointer: raw, generation: UInt(pko_env_generation()))
    defer { pko_delete(problem.pointer, UInt(problem.generation)) }
    return try body(problem)
  }

  /// True while the thread's GLPK environment is the one this problem was
  /// made in (a caught fatal error resets it).
  var isAlive: Bool { UInt(pko_env_generation()) == generation }

  /// Collects captured GLPK output into ``log``.
  func collectLog() { log += _takeLog() }

  /// Turns a guarded call's return code into an error when it was fatal.
  func check(_ code: Int32) throws(GLPKError) -> Int32 {
    collectLog()
    if code == PKO_FATAL {
      throw .fatal(message: _fatalMessage(from: log))
    }
    return code
  }

  var rowCount: Int { Int(glp_get_num_rows(pointer)) }
  var columnCount: Int { Int(glp_get_num_cols(pointer)) }
}

/// Takes the GLPK output captured on this thread.
func _takeLog() -> String {
  guard let text = pko_log_take() else { return "" }
  defer { free(text) }
  return String(cString: text)
}

/// The last few lines of a log that describe a fatal error.
func _fatalMessage(from log: String) -> String {
  let lines = log.split(separator: "\n", omittingEmptySubsequences: true).suffix(3)
  let text = lines.joined(separator: " | ")
  return text.isEmpty ? "GLPK raised a fatal error" : text
}

extension String {
  func trimmingCharacters() -> String {
    var s = Substring(self)
    while let c = s.first, c.isWhitespace { s.removeFirst() }
    while let c = s.last, c.isWhitespace { s.removeLast() }
    return String(s)
  }
}
