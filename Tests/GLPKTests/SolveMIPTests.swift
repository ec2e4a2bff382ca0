import Testing
@testable import GLPK

@Suite struct SolveMIPTests {
  /// max 5a + 4b + 3c s.t. 2a + 3b + c ≤ 5, 4a + b + 2c ≤ 11, 3a + 4b + 2c ≤ 8,
  /// integers ≥ 0: optimum a=2, b=0, c=1, z=13 (Chvátal's example, integral).
  @Test func smallIntegerProgram() throws {
    var m = LinearModel()
    let a = m.addVariable("a", kind: .integer)
    let b = m.addVariable("b", kind: .integer)
    let c = m.addVariable("c", kind: .integer)
    m.addConstraint(2 * a + 3 * b + c <= 5)
    m.addConstraint(4 * a + b + 2 * c <= 11)
    m.addConstraint(3 * a + 4 * b + 2 * c <= 8)
    m.setObjective(5 * a + 4 * b + 3 * c, sense: .maximize)
    let s = try Solver().solve(m)
    #expect(s.termination == .optimal)
    #expect(s.objectiveValue == 13)
    #expect([s[a], s[b], s[c]] == [2, 0, 1])
    #expect(s.bestBound == 13)
    #expect(s.relativeGap == 0)
    #expect(s.duals == nil)  // GLPK has no MIP duals unless asked for
    var noPresolve = SolveOptions()
    noPresolve.presolve = .off
    #expect(try Solver(options: noPresolve).solve(m).objectiveValue == 13)
  }

  /// MIP duals: with y fixed at its integer value, the LP duals are those of
  /// the remaining LP. min 3x + 10y s.t. x + 4y ≥ 6 ("demand"), x ≤ 5, y int:
  /// y = 1 (cost 10 + 3·2 = 16 vs y=2: 20, y=0: infeasible since x ≤ 5... x=6>5);
  /// with y fixed, demand's dual is 3 (one more unit of demand costs 3 of x).
  @Test func dualsWithIntegersFixed() throws {
    var m = LinearModel()
    let x = m.addVariable("x", upperBound: 5)
    let y = m.addVariable("y", kind: .integer)
    let demand = m.addConstraint(x + 4 * y >= 6, name: "demand")
    m.setObjective(3 * x + 10 * y, sense: .minimize)
    var o = SolveOptions()
    o.mipDuals = true
    let s = try Solver(options: o).solve(m)
    #expect(s.objectiveValue == 16)
    #expect(s[y] == 1)
    #expect(abs(s.dual(demand)! - 3) < 1e-9)
    #expect(s.dualStatus == .feasiblePoint)
  }

  static let tiling = "/usr/share/doc/glpk-utils/examples/tiling.mod"

  /// tiling.mod needs about 9 s to prove optimality (bound 196); stopped
  /// after 0.5 s it must say so, never "optimal", with a consistent bound.
  @Test func timeLimitIsNotReportedAsOptimal() throws {
    var o = SolveOptions()
    o.timeLimit = 0.5
    let s = try MathProgProgram(modelPath: Self.tiling).solve(using: Solver(options: o)).solution
    #expect(s.termination == .timeLimit)
    #expect(!s.isOptimal)
    #expect(s.solveSeconds < 5)
    if s.hasFeasiblePoint {
      let objective = try #require(s.objectiveValue)
      let bound = try #require(s.bestBound)
      #expect(bound >= objective)
      #expect(abs(try #require(s.relativeGap) - (bound - objective) / objective) < 1e-12)
    } else {
      #expect(s.objectiveValue == nil)
      #expect(s.values.isEmpty)
    }
  }

  /// With a 20 % gap tolerance branch-and-cut stops early (deterministically
  /// here): reported as `gapLimit` with the bound and a gap within tolerance.
  @Test func gapToleranceStopIsReportedWithBound() throws {
    var o = SolveOptions()
    o.relativeMIPGap = 0.2
    let s = try MathProgProgram(modelPath: Self.tiling).solve(using: Solver(options: o)).solution
    #expect(s.termination == .gapLimit)
    #expect(s.primalStatus == .feasiblePoint)
    let gap = try #require(s.relativeGap)
    #expect(gap > 0 && gap <= 0.2)
    #expect(s.bestBound == 196)  // the proven optimum of tiling.mod (glpsol)
    #expect(try #require(s.objectiveValue) < 196)
  }

  @Test func infeasibleMIP() throws {
    var m = LinearModel()
    let x = m.addVariable("x", lowerBound: 0, upperBound: 1, kind: .integer)
    let y = m.addVariable("y", lowerBound: 0, upperBound: 1, kind: .integer)
    m.addConstraint(2 * x + 2 * y == 3)
    m.setObjective(x + y, sense: .minimize)
    let s = try Solver().solve(m)
    #expect(s.termination == .infeasible)
    #expect(s.primalStatus == .noSolution)
  }
}
