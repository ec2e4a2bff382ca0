import Foundation
import Testing
@testable import GLPK

@Suite struct ModelFileTests {
  static func maximisationModel() -> LinearModel {
    var m = LinearModel(name: "roundtrip")
    let x = m.addVariable("x", upperBound: 4)
    let y = m.addVariable("y", kind: .integer)
    m.addConstraint(x + 2 * y <= 9, name: "c1")
    m.addConstraint(3 * x - y >= -2, name: "c2")
    m.setObjective(2 * x + 3 * y + 1, sense: .maximize)
    return m
  }

  @Test(arguments: ModelFileFormat.allCases)
  func roundTripKeepsSenseAndOptimum(_ format: ModelFileFormat) throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let model = Self.maximisationModel()
    let path = dir.path("model.\(format.rawValue)")
    try model.write(to: path, format: format)
    let back = try LinearModel(contentsOf: path, format: format)
    #expect(back.sense == .maximize)
    #expect(back.variableCount == 2)
    #expect(back.constraintCount == 2)
    #expect(back.isMixedInteger)
    let a = try Solver().solve(model), b = try Solver().solve(back)
    let expected = 1.0 + 2 * 3 + 3 * 3  // x = 3, y = 3 (3 + 6 ≤ 9)
    #expect(abs(try #require(a.objectiveValue) - expected) < 1e-9)
    #expect(abs(try #require(b.objectiveValue) - expected) < 1e-9)
  }

  @Test func maximisationMPSCarriesAnObjsenseSection() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = dir.path("max.mps")
    try Self.maximisationModel().write(to: path, format: .freeMPS)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("OBJSENSE\n    MAX\n"))
  }

  @Test(arguments: [
    ("bad.mps", "NAME x\nROWS\n N obj\n L c1\nCOLUMNS\n x obj abc c1 1\nENDATA\n", ":6:"),
    ("bad.lp", "Maximize\n obj: x + \nSubject To\n c1: x <= \nEnd\n", ":3:"),
    ("bad.glpk", "p lp max 1 1 1\nn p x\nj 1 q 0 1\ne o f\n", ":3:"),
  ])
  func malformedFilesNameFileAndLine(_ name: String, _ text: String, _ line: String) throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = dir.path(name)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    #expect {
      _ = try LinearModel(contentsOf: path)
    } throws: { error in
      guard case .io(let p, let message) = error as? GLPKError else { return false }
      return p == path && message.contains(path + line)
    }
    #expect(Solver.memoryInUse.blocks == 0)
  }

  @Test func missingFileAndUnknownExtension() {
    #expect(throws: GLPKError.io(path: "/nonexistent/a.mps", message: "no such file")) {
      try LinearModel(contentsOf: "/nonexistent/a.mps")
    }
    #expect(throws: GLPKError.self) { try LinearModel(contentsOf: "/etc/hostname") }
  }
}
