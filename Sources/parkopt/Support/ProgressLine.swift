import Foundation
import StandardLand

/// The progress line on standard error: one line, redrawn in place with
/// `\r` and ANSI clear-to-end-of-line, at most ``minInterval`` apart, with
/// the elapsed time and an ETA from what is countable (done of total) or
/// "ETA unknown". Drawn only when standard error is a terminal: piped or
/// redirected, nothing is written. The one copy for every command (`batch`
/// uses its durations and redraw).
final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private let label: String
  private let enabled: Bool
  private let now: @Sendable () -> Double
  private let output: @Sendable (String) -> Void
  private let minInterval: Double
  private var lastDrawn: Double?
  private var drawn = false
  /// Set by ``finish()``: nothing more is drawn.
  private var closed = false
  /// When the current step began: the last update without a count.
  private var stepStart = 0.0

  /// The fewest seconds between two redraws (~4 a second).
  static let defaultInterval = 0.25
  /// The longest line drawn, in characters (a wrapped line cannot be redrawn).
  static let maxWidth = 100

  /// A line headed `label` (e.g. `parkopt assign`); `terminal` says whether
  /// to draw at all; `now` (seconds) and `output` are injectable for tests.
  init(
    _ label: String, terminal: Bool = ProgressLine.standardErrorIsTerminal,
    now: (@Sendable () -> Double)? = nil, output: @escaping @Sendable (String) -> Void = ProgressLine.writeToStandardError,
    minInterval: Double = ProgressLine.defaultInterval
  ) {
    self.label = label
    enabled = terminal && !Self.silenced
    if let now {
      self.now = now
    } else {
      let clock = ContinuousClock(), start = clock.now
      self.now = { (clock.now - start).inSeconds }
    }
    self.output = output
    self.minInterval = minInterval
  }

  /// True while a command runs inside `batch run --in-process`: its line is
  /// not drawn (batch draws its own on the same terminal). Task-local, so
  /// commands run elsewhere in the process still draw theirs.
  @TaskLocal static var silenced = false

  /// Runs `body` with every progress line made in it silent.
  static func silencing<T>(_ body: () throws -> T) rethrows -> T {
    try $silenced.withValue(true) { try body() }
  }

  /// True when standard error is a terminal (`isatty(2)`).
  static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

  static let writeToStandardError: @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }

  /// Shows `step`; with `done` of `total` the ETA is the pace since the
  /// step began (the last update without a count) times what is left.
  /// Skipped when the last redraw is less than ``minInterval`` ago, unless
  /// `force`.
  func update(_ step: String, done: Int? = nil, total: Int? = nil, force: Bool = false) {
    guard enabled else { return }
    lock.withLock {
      guard !closed else { return }
      let t = now()
      var eta: Double?? = .none  // unknown
      if let done, let total, total > 0 {
        if done >= total {
          eta = .some(nil)  // nothing left
        } else if done > 0 {
          eta = .some((t - stepStart) / Double(done) * Double(total - done))
        }
      } else {
        stepStart = t
      }
      if !force, let last = lastDrawn, t - last < minInterval { return }
      lastDrawn = t
      drawn = true
      output("\r\u{1B}[K" + Self.text(label: label, step: step, done: done, total: total, elapsed: t, eta: eta))
    }
  }

  /// True when the line is drawn (standard error is a terminal).
  var isEnabled: Bool { enabled }

  /// Clears the line (the command's own output follows on a clean line);
  /// later updates draw nothing.
  func finish() {
    lock.withLock {
      closed = true
      guard enabled, drawn else { return }
      output("\r\u{1B}[K")
      drawn = false
    }
  }

  /// `parkopt assign: explanations 12/40, 8 s, ETA 19 s`, cut to ``maxWidth``;
  /// `eta` .none: "ETA unknown"; .some(nil): no ETA (done).
  static func text(label: String, step: String, done: Int?, total: Int?, elapsed: Double, eta: Double??) -> String {
    var tail = ", " + duration(elapsed)
    switch eta {
    case .none: tail += ", ETA unknown"
    case .some(.some(let seconds)): tail += ", ETA " + duration(seconds)
    case .some(.none): break
    }
    var head = label + ": " + step
    if let done, let total { head += " \(done)/\(total)" }
    let room = maxWidth - tail.count
    if head.count > room { head = String(head.prefix(max(0, room - 1))) + "…" }
    return head + tail
  }

  /// `42 s`, `3 min 20 s`, `2 h 05 min`.
  static func duration(_ seconds: Double) -> String {
    let s = seconds.isFinite ? Int(max(0, seconds).rounded()) : 0
    if s < 60 { return "\(s) s" }
    if s < 3600 { return "\(s / 60) min \(s % 60) s" }
    return String(format: "%d h %02d min", s / 3600, (s % 3600) / 60)
  }
}
