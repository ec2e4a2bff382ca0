import Foundation

/// The progress line on standard error: runs done of the total, skipped,
/// failed, and the time left at the pace so far. On a terminal the line is
/// rewritten in place; otherwise a line is printed per finished run.
final class BatchProgress: @unchecked Sendable {
  private let lock = NSLock()
  private let total: Int
  private var done = 0, skipped = 0, failed = 0
  private let started = ContinuousClock.now
  private let terminal = isatty(STDERR_FILENO) != 0

  init(total: Int) { self.total = total }

  /// Counts a finished run and prints the line.
  func record(_ result: RunResult) {
    lock.withLock {
      done += 1
      if result.skipped { skipped += 1 }
      if result.exitCode != 0 { failed += 1 }
      write(line())
    }
  }

  /// Ends the line on a terminal.
  func finish() {
    lock.withLock {
      if total == 0 { write(line()) }
      if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
  }

  /// `parkopt batch: 7/12 runs, 3 skipped, 1 failed, 14 s, ETA 9 s`.
  private func line() -> String {
    let (seconds, attoseconds) = (ContinuousClock.now - started).components
    let elapsed = Double(seconds) + Double(attoseconds) * 1e-18
    let executed = done - skipped
    var text = "parkopt batch: \(done)/\(total) runs, \(skipped) skipped, \(failed) failed, \(Self.duration(elapsed))"
    if done < total, executed > 0 {
      text += ", ETA \(Self.duration(elapsed / Double(executed) * Double(total - done)))"
    }
    return text
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data((terminal ? "\r\u{1B}[K" + text : text + "\n").utf8))
  }

  /// `42 s`, `3 min 20 s`, `2 h 05 min`: the progress line's durations.
  static func duration(_ seconds: Double) -> String { ProgressLine.duration(seconds) }
}
