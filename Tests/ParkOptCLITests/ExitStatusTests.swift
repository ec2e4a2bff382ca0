import Foundation
import GLPK
import Testing
@testable import parkopt
import ParkOptTestSupport

/// One exit-code table for every command (README, *Exit codes*).
@Suite struct ExitStatusTests {
  /// A write the signal handler refused (the run is being abandoned) ends
  /// the command with 130, as the handler does, not as bad input (a SIGTERM
  /// during the writing exited 2 when the main thread got there first).
  @Test func anInterruptedResultFolderExitsWith130() {
    #expect(ResultRun.failure(.interrupted(path: "out")).code == .interrupted)
    #expect(ResultRun.failure(.foreignFolder(path: "out", files: ["a"])).code == .badInput)
  }

  @Test func everyTerminationHasItsCode() {
    let table: [(TerminationReason, Bool, Int32)] = [
      (.optimal, true, 0), (.optimal, false, 3),
      (.gapLimit, true, 0), (.gapLimit, false, 14),
      (.infeasible, false, 10), (.unbounded, false, 11), (.unbounded, true, 11),
      (.infeasibleOrUnbounded, false, 12),
      (.timeLimit, true, 13), (.timeLimit, false, 14), (.iterationLimit, true, 13),
      (.objectiveLimit, false, 14), (.interrupted, true, 13),
      (.numericalTrouble, false, 15), (.otherError, false, 3),
    ]
    for (termination, point, code) in table {
      #expect(ExitStatus(termination, hasFeasiblePoint: point).rawValue == code, "\(termination), point \(point)")
    }
    #expect(ExitStatus.allCases.map(\.rawValue) == [0, 2, 3, 10, 11, 12, 13, 14, 15, 130])
  }

  /// A MIP stopped at the requested gap is a success for `solve` and
  /// `assign` alike (it was 13 for `solve`, 0 for `assign`).
  @Test func gapLimitedMIPExitsZeroEverywhere() throws {
    let solve = try CommandRunner.parkopt([
      "solve", "/usr/share/doc/glpk-utils/examples/tiling.mod", "--mip-gap", "0.1", "--format", "json",
    ])
    #expect(solve.status == 0, "\(solve.stderr)")
    #expect(solve.stdout.contains("\"status\" : \"gap_limit\""))
    let out = Scratch.path("gap").path
    defer { try? FileManager.default.removeItem(atPath: out) }
    let assign = try CommandRunner.parkopt(["assign", "Examples/kunming", "--mip-gap", "0.05", "--no-explain", "-o", out])
    #expect(assign.status == 0, "\(assign.stderr)")
    let record = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/run.json"))) as? [String: Any]
    #expect(["gap_limit", "optimal"].contains(record?["status"] as? String))
    #expect(record?["exit_code"] as? Int == 0)
  }
}

/// `parkopt --help` lists the one table, generated from ``ExitStatus``.
@Suite struct ExitStatusHelpTests {
  @Test func rootHelpListsEveryCode() throws {
    let r = try CommandRunner.parkopt(["--help"])
    #expect(r.status == 0)
    let help = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.contains(
      "Exit codes (every command): 0 success (optimal, or a MIP stopped at the requested relative gap); "
        + "2 bad input or options; 3 solver or internal failure; 10 infeasible; 11 unbounded; "
        + "12 infeasible or unbounded; 13 limit reached with a feasible point; 14 limit reached without one; "
        + "15 numerical trouble; 130 interrupted (Ctrl-C, SIGTERM)."), "\(r.stdout)")
  }

  /// The README's exit-code table has exactly the codes of ``ExitStatus``.
  @Test func readmeTableHasTheSameCodes() throws {
    let readme = RepositoryPaths.root.appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let section = try #require(text.components(separatedBy: "## Exit codes").dropFirst().first)
      .components(separatedBy: "\n## ").first ?? ""
    let codes = section.split(separator: "\n").compactMap { line -> Int32? in
      guard line.hasPrefix("| ") else { return nil }
      return Int32(line.dropFirst(2).prefix { $0 != " " })
    }
    #expect(codes == ExitStatus.allCases.map(\.rawValue))
  }
}
