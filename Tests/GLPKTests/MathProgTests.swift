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
}
