import Foundation
import Testing
@testable import GLPK

/// A `.mps` file that fails as free MPS is read again as fixed MPS; when
/// that fails too, the reading that got further explains the file.
@Suite struct MPSReadErrorTests {
  /// Fixed MPS (a name with a space, `MY X2`) cut off before `ENDATA`.
  static let fixedWithoutEnd = """
    NAME          TESTLP
    ROWS
     N  COST
     L  LIM1
     G  LIM2
    COLUMNS
        X1        COST         1.0         LIM1         1.0
        X1        LIM2         1.0
        MY X2     COST         2.0         LIM1         1.0
    RHS
        RHS       LIM1         4.0         LIM2         1.0
    BOUNDS
     UP BND       X1           4.0

    """

  @Test func fixedFileWithoutEndataReportsTheUnexpectedEnd() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = dir.path("cut.mps")
    try Self.fixedWithoutEnd.write(toFile: path, atomically: true, encoding: .utf8)
    #expect {
      _ = try LinearModel(contentsOf: path)
    } throws: { error in
      guard case .io(let p, let message) = error as? GLPKError else { return false }
      // The fixed reading ran to the end (line 14); the free one stopped at
      // line 9 on the name with a space, and comes second.
      return p == path
        && message == "\(path):14: unexpected end of file (read as fixed MPS; as free MPS: \(path):9: row 'X2' not found)"
    }
    // With ENDATA the same file reads (as fixed MPS).
    try (Self.fixedWithoutEnd + "ENDATA\n").write(toFile: path, atomically: true, encoding: .utf8)
    let model = try LinearModel(contentsOf: path)
    #expect(model.variableCount == 2)
    #expect(model.constraintCount == 2)
  }

  @Test func freeErrorComesFirstWhenTheFixedReadingStopsEarlier() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = dir.path("bad.mps")
    try "NAME x\nROWS\n N obj\n L c1\nCOLUMNS\n x obj abc c1 1\nENDATA\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect {
      _ = try LinearModel(contentsOf: path)
    } throws: { error in
      guard case .io(_, let message) = error as? GLPKError else { return false }
      return message.hasPrefix(path + ":6:") && message.contains("(read as free MPS; as fixed MPS: \(path):")
    }
  }

  @Test func theReadingThatGotFurtherIsChosen() {
    let free = GLPKError.io(path: "m.mps", message: "m.mps:9: row 'X2' not found")
    let fixed = GLPKError.io(path: "m.mps", message: "m.mps:14: unexpected end of file")
    #expect(
      LinearModel.mpsError(free: free, fixed: fixed, path: "m.mps")
        == .io(path: "m.mps", message: "m.mps:14: unexpected end of file (read as fixed MPS; as free MPS: m.mps:9: row 'X2' not found)"))
    let early = GLPKError.io(path: "m.mps", message: "m.mps:2: invalid indicator record")
    #expect(
      LinearModel.mpsError(free: free, fixed: early, path: "m.mps")
        == .io(path: "m.mps", message: "m.mps:9: row 'X2' not found (read as free MPS; as fixed MPS: m.mps:2: invalid indicator record)"))
    let unlocated = GLPKError.io(path: "m.mps", message: "GLPK could not process the file")
    #expect(LinearModel.mpsError(free: free, fixed: unlocated, path: "m.mps") == free)
  }
}
