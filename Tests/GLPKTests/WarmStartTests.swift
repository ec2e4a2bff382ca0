import Testing
@testable import GLPK

@Suite struct WarmStartTests {
  /// A 15×15 transportation problem with uneven costs.
  static func transport(demandScale: Double) -> (LinearModel, [Constraint]) {
    var m = LinearModel()
    let n = 15
    var x: [[Variable]] = []
    for i in 0..<n { x.append(m.addVariables(count: n) { "x[\(i),\($0)]" }) }
    for i in 0..<n { m.addConstraint(.sum(x[i]) <= 100, name: "supply[\(i)]") }
    var demands: [Constraint] = []
    for j in 0..<n {
      demands.append(m.addConstraint(.sum((0..<n).map { x[$0][j] }) >= 90 * demandScale, name: "demand[\(j)]"))
    }
    var cost = LinearExpression()
    for i in 0..<n { for j in 0..<n { cost.add(x[i][j], times: Double((i * 7 + j * 13) % 23 + 1)) } }
    m.setObjective(cost, sense: .minimize)
    return (m, demands)
  }

  @Test func resolvingFromThePreviousBasisGivesTheSameOptimumFaster() throws {
    let (model, demands) = Self.transport(demandScale: 1)
    let first = try Solver().solve(model)
    #expect(first.termination == .optimal)
    // Change right-hand sides, a coefficient and an objective coefficient.
    var changed = model
    changed.setBounds(demands[3], lower: 95, upper: .infinity)
    changed.setCoefficient(demands[0], Variable(index: 0), 1.0)
    changed.setObjectiveCoefficient(Variable(index: 5), 2)
    let cold = try Solver().solve(changed)
    var warmOptions = SolveOptions()
    warmOptions.warmStart = first.basis
    warmOptions.method = .dualSimplex
    let warm = try Solver(options: warmOptions).solve(changed)
    #expect(warm.termination == .optimal)
    #expect(abs(warm.objectiveValue! - cold.objectiveValue!) < 1e-9 * abs(cold.objectiveValue!))
    #expect(warm.iterations < cold.iterations)
  }

  @Test func aBasisFromASmallerModelIsPaddedNotRejected() throws {
    let (model, _) = Self.transport(demandScale: 1)
    let first = try Solver().solve(model)
    var bigger = model
    let extra = bigger.addVariable("extra", upperBound: 10)
    bigger.addConstraint(extra + Variable(index: 0) >= 5, name: "new_row")
    var o = SolveOptions()
    o.warmStart = first.basis
    let s = try Solver(options: o).solve(bigger)
    #expect(s.termination == .optimal)
    #expect(abs(s.objectiveValue! - (try Solver().solve(bigger)).objectiveValue!) < 1e-9 * abs(s.objectiveValue!))
  }

  @Test func setCoefficientReplacesDuplicatesAndInsertsNewTerms() {
    var m = LinearModel()
    let x = m.addVariable("x"), y = m.addVariable("y"), z = m.addVariable("z")
    var e = LinearExpression()
    e.add(x, times: 1); e.add(y, times: 2); e.add(x, times: 3)
    let r0 = m.addConstraint(e <= 1)
    let r1 = m.addConstraint(z + y >= 0)
    m.setCoefficient(r0, x, 7)
    m.setCoefficient(r0, z, 5)
    #expect(m.coefficient(r0, x) == 7)
    #expect(m.coefficient(r0, y) == 2)
    #expect(m.coefficient(r0, z) == 5)
    #expect(m.coefficient(r1, z) == 1)
    #expect(m.coefficient(r1, y) == 1)
    #expect(m.termCount == 5)
  }
}
