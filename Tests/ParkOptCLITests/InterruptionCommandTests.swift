import Foundation
import Testing
import ParkOptTestSupport

/// SIGTERM at any moment of a run leaves no hidden partial folder (README,
/// *Result folders*): `parkopt rank` on the example, killed at varied
/// moments after it staged its folder, including while it writes.
@Suite struct InterruptionCommandTests {
  /// Starts `parkopt rank Examples/kunming --output OUT`; returns it once
  /// its staging folder exists (or it has ended).
  static func startRank(into out: String) throws -> Process {
    let process = try CommandRunner.launch(["rank", "Examples/kunming", "--output", out])
    let parent = (out as NSString).deletingLastPathComponent
    let staging = parent + "/.out.parkopt-partial-\(process.processIdentifier)"
    let deadline = Date().addingTimeInterval(10)
    while !FileManager.default.fileExists(atPath: staging) && process.isRunning && Date() < deadline { usleep(500) }
    return process
  }

  @Test func sigtermAtVariedMomentsLeavesNoPartialFolder() throws {
    let base = try Scratch.folder("sigterm").path
    defer { try? FileManager.default.removeItem(atPath: base) }
    let out = base + "/out"
    // One whole run: how long it works after staging its folder (debug
    // build: some 0.5 s, most of it writing).
    let clock = ContinuousClock(), start = clock.now
    let whole = try Self.startRank(into: out)
    let staged = clock.now
    whole.waitUntilExit()
    #expect(whole.terminationStatus == 0)
    let seconds = (clock.now - staged) / .seconds(1)
    let rounds = 20
    var interrupted = 0
    for round in 0..<rounds {
      let process = try Self.startRank(into: out)
      usleep(useconds_t(seconds * 1.1 * Double(round) / Double(rounds) * 1e6))
      kill(process.processIdentifier, SIGTERM)
      process.waitUntilExit()
      #expect(process.terminationReason == .exit)
      #expect([0, 130].contains(process.terminationStatus), "round \(round)")
      if process.terminationStatus == 130 { interrupted += 1 }
      let left = try FileManager.default.contentsOfDirectory(atPath: base).filter { $0 != "out" }
      #expect(left.isEmpty, "round \(round), \(round * 110 / rounds) % of a run: \(left)")
      for name in left { try? FileManager.default.removeItem(atPath: base + "/" + name) }
    }
    #expect(interrupted >= rounds / 2, "most kills come before the run ends (\((clock.now - start) / .seconds(1)) s)")
    // The folder is the last whole run's: the killed runs left it alone.
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted()
      == ["parks_demand.csv", "ranking.csv", "ranking.json", "report.html", "run.json", "top.csv"])
  }
}
