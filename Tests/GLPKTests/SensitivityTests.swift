import Testing
@testable import GLPK

/// max 3x + 2y s.t. c1: x + y ≤ 4, c2: x + 3y ≤ 7, c3: x ≤ 3 (optimum x=3,
/// y=1, basis {x, y, slack of c2}). Worked by hand from that basis:
/// - c1's right-hand side may move in [3, 13/3] (y ≥ 0, slack2 ≥ 0);
/// - c3's in [2.5, 4];
/// - x's objective coefficient in [2, ∞), y's in [0, 3] (duals u1 = c_y,
///   u3 = c_x − c_y must stay ≥ 0).
@Suite struct SensitivityTests {
  @Test func rangesMatchTheHandCalculation() throws {
    var m = LinearModel()
    let x = m.addVariable("x")
    let y = m.addVariable("y")
    let c1 = m.addConstraint(x + y <= 4)
    let c2 = m.addConstraint(x + 3 * y <= 7)
    let c3 = m.addConstraint(x <= 3)
    m.setObjective(3 * x + 2 * y, sense: .maximize)
    var o = SolveOptions()
    o.sensitivity = true
    let s = try Solver(options: o).solve(m)
    let report = try #require(s.sensitivity)
    let r1 = try #require(report[c1].rightHandSide)
    #expect(abs(r1.lowerBound - 3) < 1e-9 && abs(r1.upperBound - 13.0 / 3) < 1e-9)
    let r3 = try #require(report[c3].rightHandSide)
    #expect(abs(r3.lowerBound - 2.5) < 1e-9 && abs(r3.upperBound - 4) < 1e-9)
    #expect(report[c2].rightHandSide == nil)  // not binding
    #expect(abs(report[x].objectiveCoefficient.lowerBound - 2) < 1e-9)
    #expect(report[x].objectiveCoefficient.upperBound == .infinity)
    #expect(abs(report[y].objectiveCoefficient.lowerBound) < 1e-9)
    #expect(abs(report[y].objectiveCoefficient.upperBound - 3) < 1e-9)
  }
}
