import Testing
@testable import GLPK

@Suite struct SolveLPTests {
  /// max 3x + 2y s.t. x + y ≤ 4, x + 3y ≤ 7, x ≤ 3: optimum x=3, y=1, z=11;
  /// duals: x+y row 2, x≤3 row 1 (hand-checked by the simplex tableau).
  func smallModel() -> (LinearModel, Variable, Variable, Constraint, Constraint, Constraint) {
    var model = LinearModel(name: "small")
    let x = model.addVariable("x")
    let y = model.addVariable("y")
    let c1 = model.addConstraint(x + y <= 4, name: "c1")
    let c2 = model.addConstraint(x + 3 * y <= 7, name: "c2")
    let c3 = model.addConstraint(x <= 3, name: "c3")
    model.setObjective(3 * x + 2 * y, sense: .maximize)
    return (model, x, y, c1, c2, c3)
  }

  @Test func optimumValuesAndDuals() throws {
    let (model, x, y, c1, c2, c3) = smallModel()
    let s = try Solver().solve(model)
    #expect(s.termination == .optimal)
    #expect(s.primalStatus == .feasiblePoint)
    #expect(abs(s.objectiveValue! - 11) < 1e-9)
    #expect(abs(s[x] - 3) < 1e-9)
    #expect(abs(s[y] - 1) < 1e-9)
    #expect(abs(s.dual(c1)! - 2) < 1e-9)
    #expect(abs(s.dual(c2)!) < 1e-9)
    #expect(abs(s.dual(c3)! - 1) < 1e-9)
    #expect(abs(s.activity(c2) - 6) < 1e-9)
    #expect(s.basis != nil)
    #expect(Solver.memoryInUse.blocks == 0)
  }

  @Test func infeasibleAndUnbounded() throws {
    var m = LinearModel()
    let x = m.addVariable("x")
    m.addConstraint(x >= 5)
    m.addConstraint(x <= 3)
    m.setObjective(LinearExpression(x), sense: .minimize)
    let s = try Solver().solve(m)
    #expect(s.termination == .infeasible)
    #expect(s.primalStatus != .feasiblePoint)

    var u = LinearModel()
    let a = u.addVariable("a")
    u.addConstraint(a >= 1)
    u.setObjective(LinearExpression(a), sense: .maximize)
    let t = try Solver().solve(u)
    #expect(t.termination == .unbounded)
  }
}
