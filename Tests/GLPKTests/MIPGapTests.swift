import Testing
import GLPK

/// `MIPGap`: GLPK's relative gap |objective − bound| / (|objective| + ε).
@Suite struct MIPGapTests {
  @Test func gapIsGLPKsFormula() {
    #expect(MIPGap.relative(objective: 100, bound: 99, sense: .minimize) == 1 / (100 + Double.ulpOfOne))
    #expect(MIPGap.relative(objective: -200, bound: -190, sense: .maximize) == 10 / (200 + Double.ulpOfOne))
    #expect(MIPGap.relative(objective: 0, bound: -1, sense: .minimize) == 1 / Double.ulpOfOne)
  }

  @Test func aBoundOnTheWrongSideCountsAsTheIncumbent() {
    #expect(MIPGap.relative(objective: 100, bound: 101, sense: .minimize) == 0)
    #expect(MIPGap.relative(objective: 100, bound: 99, sense: .maximize) == 0)
    #expect(MIPGap.bound(101, objective: 100, sense: .minimize) == 100)
    #expect(MIPGap.bound(99, objective: 100, sense: .minimize) == 99)
    #expect(MIPGap.bound(99, objective: 100, sense: .maximize) == 100)
    #expect(MIPGap.bound(101, objective: 100, sense: .maximize) == 101)
  }

  /// A search stopped by its node limit reports the gap of its incumbent
  /// and bound by this formula, and the gap is not 0 (the check can fail).
  @Test func solverReportsTheSameGap() throws {
    var m = LinearModel()
    let xs = (0..<30).map { m.addVariable("x\($0)", kind: .binary) }
    let weights = (0..<30).map { Double(17 + ($0 * 37) % 41) }
    let values = (0..<30).map { Double(11 + ($0 * 53) % 47) }
    m.addConstraint(LinearExpression(variables: xs, coefficients: weights) <= 301, name: "capacity")
    m.setObjective(LinearExpression(variables: xs, coefficients: values), sense: .maximize)
    var options = SolveOptions()
    options.cuts = []
    options.nodeLimit = 3
    options.mipStart = [Double](repeating: 0, count: 30)  // an incumbent from the start
    let s = try Solver(options: options).solve(m)
    let objective = try #require(s.objectiveValue), bound = try #require(s.bestBound)
    let gap = try #require(s.relativeGap)
    #expect(gap > 0 && bound > objective, "\(objective) \(bound)")
    #expect(gap == MIPGap.relative(objective: objective, bound: bound, sense: .maximize))
  }
}
