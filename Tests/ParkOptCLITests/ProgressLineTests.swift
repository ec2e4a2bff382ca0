import Foundation
import Testing

@testable import parkopt
import ParkOptTestSupport

/// The progress line: its text (elapsed, ETA), throttling with an injected
/// clock, the domains' messages, and silence when standard error is not a
/// terminal.
struct ProgressLineTests {
  /// A clock and a record of what was written.
  final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var time = 0.0
    private var written: [String] = []
    var now: Double { lock.withLock { time } }
    func advance(_ seconds: Double) { lock.withLock { time += seconds } }
    func write(_ text: String) { lock.withLock { written.append(text) } }
    var lines: [String] { lock.withLock { written } }
  }

  private func line(_ r: Recorder, terminal: Bool = true) -> ProgressLine {
    ProgressLine("parkopt assign", terminal: terminal, now: { r.now }, output: { r.write($0) })
  }

  @Test func durations() {
    #expect(ProgressLine.duration(0.4) == "0 s")
    #expect(ProgressLine.duration(42) == "42 s")
    #expect(ProgressLine.duration(200) == "3 min 20 s")
    #expect(ProgressLine.duration(7500) == "2 h 05 min")
    #expect(ProgressLine.duration(.infinity) == "0 s")
  }

  @Test func textWithAndWithoutETA() {
    #expect(ProgressLine.text(label: "parkopt assign", step: "explaining: re-solves", done: 12, total: 40, elapsed: 8.2, eta: .some(19.4))
      == "parkopt assign: explaining: re-solves 12/40, 8 s, ETA 19 s")
    #expect(ProgressLine.text(label: "parkopt size", step: "solving", done: nil, total: nil, elapsed: 65, eta: .none)
      == "parkopt size: solving, 1 min 5 s, ETA unknown")
    #expect(ProgressLine.text(label: "p", step: "s", done: 3, total: 3, elapsed: 1, eta: .some(nil)) == "p: s 3/3, 1 s")
    let long = ProgressLine.text(label: "p", step: String(repeating: "x", count: 300), done: nil, total: nil, elapsed: 1, eta: .none)
    #expect(long.count == ProgressLine.maxWidth)
    #expect(long.hasSuffix("x…, 1 s, ETA unknown"))
  }

  @Test func etaFromThePaceSinceTheStepBegan() {
    let r = Recorder()
    let progress = line(r)
    r.advance(10)
    progress.show("explaining unplaced projects and valuing park limits (2 threads)")
    r.advance(6)
    progress.show("re-solve 3 of 12 (P007 forced in): optimal, 1.90 s")
    // 6 s for 3 → 2 s each → 9 left take 18 s; elapsed 16 s since the start.
    #expect(r.lines == [
      "\r\u{1B}[Kparkopt assign: explaining unplaced projects and valuing park limits (2 threads), 10 s, ETA unknown",
      "\r\u{1B}[Kparkopt assign: explaining: re-solves 3/12, 16 s, ETA 18 s",
    ])
    progress.finish()
    #expect(r.lines.last == "\r\u{1B}[K")
    r.advance(1)
    progress.show("results written")  // after finish: nothing
    progress.finish()
    #expect(r.lines.count == 3)
  }

  @Test func redrawsAtMostFourTimesASecond() {
    let r = Recorder()
    let progress = line(r)
    progress.update("explaining")
    r.advance(1)
    for k in 1...40 {
      progress.update("re-solves", done: k, total: 40)
      r.advance(0.0625)  // 16 updates a second
    }
    // 2.5 s of updates, one drawn every 0.25 s: at 1, 1.25, …, 3.25 s.
    #expect(r.lines.count == 1 + 10)
    #expect(r.lines[1] == "\r\u{1B}[Kparkopt assign: re-solves 1/40, 1 s, ETA 39 s")
    #expect(r.lines[2] == "\r\u{1B}[Kparkopt assign: re-solves 5/40, 1 s, ETA 9 s")  // 1.25 s for 5
    progress.update("forced", force: true)
    #expect(r.lines.count == 12)
  }

  @Test func nothingWhenNotATerminal() {
    let r = Recorder()
    let progress = line(r, terminal: false)
    progress.show("greedy plan: feasible")
    progress.show("re-solve 1 of 2 (P001 forced in): optimal, 0.10 s")
    progress.finish()
    #expect(r.lines.isEmpty)
    #expect(!progress.isEnabled)
  }

  /// `batch run --in-process` runs commands inside ProgressLine.silencing:
  /// a line made there draws nothing even on a terminal (batch's own line
  /// would be overwritten); outside, the same line draws.
  @Test func silentInsideAnInProcessBatch() {
    let r = Recorder()
    let inside = ProgressLine.silencing { line(r, terminal: true) }
    inside.show("greedy plan: feasible")
    inside.finish()
    #expect(r.lines.isEmpty)
    #expect(!inside.isEnabled)
    #expect(!ProgressLine.silenced)
    let outside = line(r, terminal: true)
    outside.show("greedy plan: feasible")
    #expect(r.lines == ["\r\u{1B}[Kparkopt assign: greedy plan: feasible, 0 s, ETA unknown"])
  }

  /// On a terminal (a pseudo-terminal from util-linux's `script`), `size`
  /// draws its line; run by `batch run --in-process` it does not, and
  /// batch's own line is the only one.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs util-linux's script"))
  func anInProcessBatchDrawsOnlyItsOwnLineOnATerminal() throws {
    let folder = try Scratch.folder("pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    let greenpower = FileManager.default.currentDirectoryPath + "/Examples/kunming-greenpower"
    let manifest = folder.appendingPathComponent("m.yaml")
    try Data("runs:\n  - name: s\n    command: size\n    case: \(greenpower)\n    args: [--hours, \"24\"]\n".utf8).write(to: manifest)
    let parkopt = CommandRunner.parkopt.path
    let onTerminal = { (command: String) throws -> String in
      try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"]).stdout
    }
    let alone = try onTerminal("'\(parkopt)' size '\(greenpower)' --hours 24 -o '\(folder.path)/alone'")
    #expect(alone.contains("\r\u{1B}[Kparkopt size: "), "\(alone)")
    let batch = try onTerminal("'\(parkopt)' batch run '\(manifest.path)' --in-process --jobs 1 -o '\(folder.path)/batch'")
    #expect(batch.contains("parkopt batch: 1/1 runs"), "\(batch)")
    #expect(!batch.contains("parkopt size: "), "\(batch)")
  }

  @Test func reSolveMessagesAreCounted() {
    #expect(ProgressLine.reSolveCount("re-solve 3 of 12 (P007 forced in): optimal, 1.90 s")! == (3, 12))
    #expect(ProgressLine.reSolveCount("re-solves are next") == nil)
    #expect(ProgressLine.reSolveCount("greedy plan: optimal") == nil)
  }

  /// The CLI tests run with standard error piped: no progress line, no
  /// control characters, on assign and on size.
  @Test func commandsArePipedAndQuiet() throws {
    let out = Scratch.path("progress")
    defer { try? FileManager.default.removeItem(at: out) }
    // --no-explain: the explanations' re-solves have a 120 s safety clock per re-solve, which a
    // loaded 2-core machine can hit (exit 13); whether the line is drawn does not depend on them.
    let assign = try CommandRunner.parkopt([
      "assign", "Examples/kunming", "--no-explain", "-o", out.appendingPathComponent("a").path,
    ])
    #expect(assign.status == 0)
    #expect(assign.stderr.isEmpty, "\(assign.stderr)")
    let size = try CommandRunner.parkopt([
      "size", "Examples/kunming-greenpower", "--hours", "168", "-o", out.appendingPathComponent("s").path,
    ])
    #expect(size.status == 0)
    #expect(size.stderr.isEmpty, "\(size.stderr)")
  }
}
