import Foundation
import Testing
@testable import GLPK

@Suite struct MathProgTests {
  static let examples = "/usr/share/doc/glpk-utils/examples"

  @Test func transportationModelMatchesPublishedOptimum() throws {
    // transp.mod (Dantzig's transportation problem): optimal cost 153.675.
    let result = try MathProgProgram(modelPath: "\(Self.examples)/transp.mod").solve()
    #expect(result.solution.termination == .optimal)
    #expect(abs(result.solution.objectiveValue! - 153.675) < 1e-9)
    #expect(result.model.variable(named: "x[Seattle,New-York]") != nil)
    #expect(Solver.memoryInUse.blocks == 0)
  }

  @Test func displayOutputIsCaptured() throws {
    // sudoku.mod prints the solved grid with printf after `solve`.
    let result = try MathProgProgram(
      modelPath: "\(Self.examples)/sudoku.mod", dataPaths: ["\(Self.examples)/sudoku.dat"]
    ).solve()
    #expect(result.solution.termination == .optimal)
    #expect(result.output.contains("+-------+-------+-------+"))
  }

  @Test func syntaxErrorNamesFileAndLine() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = dir.path("bad.mod")
    try "var x >= 0;\nmaximize z: x + y;\nend;\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect {
      _ = try MathProgProgram(modelPath: path).solve()
    } throws: { error in
      guard case .mathProg(let d) = error as? GLPKError else { return false }
      return d.file == path && d.line == 2 && d.message.contains("y not defined")
    }
  }

  /// 8,000 nested parentheses crashed GLPK's translator (and the process,
  /// exit 139; found by an outside audit): more than 1,000 are refused with
  /// the file and line; 1,000 and brackets in comments and strings pass.
  @Test func bracketsNestedTooDeepAreRefusedNotCrashed() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    func model(_ n: Int) -> String {
      "/* (((( */ var x >= 0; # [[[[\nmaximize z: " + String(repeating: "(", count: n) + "x"
        + String(repeating: ")", count: n) + ";\ns.t. c: x <= 1;\nprintf \"{{{{\\n\";\nend;\n"
    }
    let ok = dir.path("ok.mod"), deep = dir.path("deep.mod")
    try model(1000).write(toFile: ok, atomically: true, encoding: .utf8)
    try model(8000).write(toFile: deep, atomically: true, encoding: .utf8)
    #expect(try MathProgProgram(modelPath: ok).solve().solution.objectiveValue == 1)
    #expect {
      _ = try MathProgProgram(modelPath: deep).solve()
    } throws: { error in
      guard case .mathProg(let d) = error as? GLPKError else { return false }
      return d.file == deep && d.line == 2 && d.message.contains("nested more than 1000 deep")
    }
  }
}

