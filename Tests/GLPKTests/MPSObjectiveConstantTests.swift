import Foundation
import Testing
@testable import GLPK
import ParkOptTestSupport

/// The objective constant in written MPS files means the same to GLPK,
/// glpsol and HiGHS (it is a column fixed at 1, see `MPSObjectiveConstant`).
@Suite struct MPSObjectiveConstantTests {
  static let fixture = RepositoryPaths.path("Tests/GLPKTests/Fixtures/objective_constant.mps")

  /// min 2x + 3y − 1784.23 s.t. x + y ≥ 4, x ≤ 3: x = 3, y = 1, optimum
  /// 9 − 1784.23 = −1775.23 (a constant like size's with existing capacity).
  static func model(sense: ObjectiveSense = .minimize) -> LinearModel {
    var m = LinearModel(name: "constant")
    let x = m.addVariable("x", upperBound: 3)
    let y = m.addVariable("y", upperBound: 10)
    m.addConstraint(x + y >= 4, name: "demand")
    m.setObjective(2 * x + 3 * y - 1784.23, sense: sense)
    return m
  }
  static let minimum = 9 - 1784.23
  /// max: x = 3, y = 10 (no upper row binds): 6 + 30 − 1784.23.
  static let maximum = 36 - 1784.23

  /// The objective HiGHS reported for the committed fixture (highspy 1.16.0,
  /// `Highs.readModel` + `run`), recorded so the check runs without highspy.
  static let highsValueOfFixture = -1775.23

  static func write(_ model: LinearModel, _ name: String) throws -> (TemporaryDirectory, String) {
    let dir = try TemporaryDirectory()
    let path = dir.path(name)
    try model.write(to: path, format: ModelFileFormat(path: name) ?? .freeMPS)
    return (dir, path)
  }

  @Test(arguments: [ObjectiveSense.minimize, .maximize], ["mps", "fixedmps", "lp"])
  func roundTripThroughThisLibraryKeepsTheModel(_ sense: ObjectiveSense, _ suffix: String) throws {
    let model = Self.model(sense: sense)
    let (dir, path) = try Self.write(model, "m.\(suffix)")
    defer { dir.remove() }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("OBJCONST"))
    let back = try LinearModel(contentsOf: path)
    #expect(back.variableCount == 2)
    #expect(back.objectiveConstant == -1784.23)
    let value = try #require(try Solver().solve(back).objectiveValue)
    let expected = sense == .minimize ? Self.minimum : Self.maximum
    #expect(abs(value - expected) < 1e-9, "\(value)")
  }

  @Test func writtenFileIsTheCommittedFixture() throws {
    let (dir, path) = try Self.write(Self.model(), "m.mps")
    defer { dir.remove() }
    let written = try String(contentsOfFile: path, encoding: .utf8)
    let committed = try String(contentsOfFile: Self.fixture, encoding: .utf8)
    #expect(written == committed)
    #expect(abs(Self.highsValueOfFixture - Self.minimum) < 1e-9)
  }

  @Test func aModelWithoutConstantGetsNoExtraColumn() throws {
    var model = Self.model()
    model.objectiveConstant = 0
    let (dir, path) = try Self.write(model, "m.mps")
    defer { dir.remove() }
    #expect(!(try String(contentsOfFile: path, encoding: .utf8)).contains("OBJCONST"))
    #expect(try LinearModel(contentsOf: path).variableCount == 2)
  }

  @Test func aColumnAlreadyNamedLikeTheConstantIsKept() throws {
    var model = Self.model()
    let z = model.addVariable("OBJCONST", lowerBound: 1, upperBound: 1)
    model.setObjectiveCoefficient(z, 5)
    let (dir, path) = try Self.write(model, "m.mps")
    defer { dir.remove() }
    #expect((try String(contentsOfFile: path, encoding: .utf8)).contains("OBJCONST_1"))
    let back = try LinearModel(contentsOf: path)
    #expect(back.variableCount == 3)  // x, y and the user's OBJCONST; OBJCONST_1 folded
    let value = try #require(try Solver().solve(back).objectiveValue)
    #expect(abs(value - (Self.minimum + 5)) < 1e-9)
  }

  @Test(.enabled(if: ExternalSolvers.glpsol != nil, "glpsol (glpk-utils) is not installed"))
  func glpsolReadsTheSameOptimum() throws {
    let (dir, path) = try Self.write(Self.model(), "m.mps")
    defer { dir.remove() }
    let output = try ExternalProgram.run(try #require(ExternalSolvers.glpsol), ["--freemps", path, "-o", dir.path("out.txt")])
    #expect(output.status == 0, "\(output.text)")
    let report = try String(contentsOfFile: dir.path("out.txt"), encoding: .utf8)
    // glpsol's report: "Objective:  obj = -1775.23 (MINimum)"
    let line = try #require(report.split(separator: "\n").first { $0.hasPrefix("Objective:") })
    let value = try #require(line.split(separator: "=").last?.split(separator: " ").first.flatMap { Double($0) })
    #expect(abs(value - Self.minimum) < 1e-6, "\(line)")
  }

  @Test(
    .enabled(if: ExternalSolvers.highsPython != nil, "highspy is missing: scripts/ensure-deps.sh --workflows installs it"),
    arguments: [ObjectiveSense.minimize, .maximize], ["m.mps", "m.lp"])
  func highsReadsTheSameOptimum(_ sense: ObjectiveSense, _ name: String) throws {
    let (dir, path) = try Self.write(Self.model(sense: sense), name)
    defer { dir.remove() }
    let value = try ExternalSolvers.highsObjective(path)
    let expected = sense == .minimize ? Self.minimum : Self.maximum
    #expect(abs(value - expected) < 1e-6, "HiGHS read \(value)")
  }

  @Test(.enabled(if: ExternalSolvers.highsPython != nil, "highspy is missing: scripts/ensure-deps.sh --workflows installs it"))
  func highsValueOfTheFixtureIsTheRecordedOne() throws {
    #expect(abs(try ExternalSolvers.highsObjective(Self.fixture) - Self.highsValueOfFixture) < 1e-6)
  }
}
