import Testing
@testable import GLPK

/// GLPK's integrality tolerance: an LP value within it of an integer counts
/// as integral, and the plan then holds the integer. At GLPK's default
/// (1e-5) a row could break by 1e-5 times its coefficients once the value
/// is rounded; the binding asks for 1e-7.
@Suite struct IntegralityToleranceTests {
  /// max x + y with 200x + 200y ≤ 399.999: the LP gives x + y = 1.999995,
  /// within 1e-5 of 2 (so 2 at GLPK's default, and 400 > 399.999 once
  /// rounded). The optimum is 1, and the point found meets the row.
  @Test func aNearlyIntegralValueIsBranchedOn() throws {
    var m = LinearModel()
    let x = m.addVariable("x", upperBound: 1, kind: .binary)
    let y = m.addVariable("y", upperBound: 1, kind: .binary)
    m.addConstraint(200 * x + 200 * y <= 399.999, name: "limit")
    m.setObjective(x + y, sense: .maximize)
    var options = SolveOptions()
    options.presolve = .off
    let solution = try Solver(options: options).solve(m)
    #expect(solution.termination == .optimal)
    #expect(solution.objectiveValue == 1)
    #expect(200 * (solution[x].rounded() + solution[y].rounded()) <= 399.999)
  }
}
