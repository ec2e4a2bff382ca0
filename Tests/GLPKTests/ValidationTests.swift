import Testing
@testable import GLPK

@Suite struct ValidationTests {
  @Test func nanAndInfiniteCoefficientsAreRejectedBeforeGLPK() throws {
    var m = LinearModel()
    let x = m.addVariable("x")
    m.addConstraint(.nan * x <= 1, name: "bad_row")
    m.setObjective(Double.infinity * x, sense: .minimize)
    #expect {
      _ = try Solver().solve(m)
    } throws: { error in
      guard case .invalidModel(let issues) = error as? GLPKError else { return false }
      return issues.count == 2
        && issues.contains { $0.location == .constraint(0, name: "bad_row") && $0.message.contains("nan") }
        && issues.contains { $0.location == .objective && $0.message.contains("inf") }
    }
  }

  /// Coefficients GLPK's scaling cannot handle (it aborts) are reported;
  /// the edges of the allowed magnitudes solve.
  @Test func coefficientsOutsideGLPKsRangeAreRejected() throws {
    var m = LinearModel()
    let x = m.addVariable("x"), y = m.addVariable("y")
    m.addConstraint(1e304 * x + y <= 1, name: "huge")
    m.addConstraint(-1e300 * x - 1e300 * y <= 1, name: "negative")
    m.addConstraint(x + y <= 10)
    m.setObjective(x + y, sense: .maximize)
    let issues = m.validate()
    #expect(issues.map(\.location) == [.constraint(0, name: "huge"), .constraint(1, name: "negative"), .constraint(1, name: "negative")])
    #expect(issues.first?.message.contains("1e+304") == true)
    var edge = LinearModel()
    let a = edge.addVariable("a"), b = edge.addVariable("b")
    edge.addConstraint(1e100 * a + 1e100 * b <= 1e100)
    edge.addConstraint(1e-100 * a + 1e-100 * b <= 1e-99)
    edge.addConstraint(Double("1e-320")! * a + b <= 10)
    edge.addConstraint(1e100 * a + 1e-100 * b <= 1e100)
    edge.setObjective(a + b, sense: .maximize)
    let s = try Solver().solve(edge)
    #expect(s.termination == .optimal)
    #expect(abs((s.objectiveValue ?? .nan) - 1) < 1e-9)
  }

  @Test func crossedBoundsAndEmptyIntegerRangesAreReported() {
    var m = LinearModel()
    m.addVariable("a", lowerBound: 2, upperBound: 1)
    m.addVariable("b", lowerBound: 0.2, upperBound: 0.8, kind: .integer)
    m.addVariable("c", lowerBound: .infinity)
    let issues = m.validate()
    #expect(issues.map(\.location) == [
      .variable(0, name: "a"), .variable(1, name: "b"), .variable(2, name: "c"),
    ])
  }

  @Test func namesThatGLPKWouldAbortOnAreRejected() {
    var m = LinearModel()
    m.addVariable(String(repeating: "亩", count: 86))  // 258 UTF-8 bytes
    m.addVariable("tab\tname")
    m.addVariable(String(repeating: "a", count: 255))  // exactly the limit: fine
    let issues = m.validate()
    #expect(issues.count == 2)
    #expect(issues[0].message.contains("258 bytes"))
    #expect(issues[1].message.contains("control character"))
  }

  @Test func unknownVariableInConstraintIsReported() {
    var m = LinearModel()
    m.addVariable("x")
    m.addConstraint(Variable(index: 5) <= 1, name: "r")
    #expect(m.validate().first?.message.contains("#6") == true)
  }

  @Test func duplicateTermsAreMergedNotFatal() throws {
    // x + x + x ≤ 6 is 3x ≤ 6; GLPK would abort on the duplicate indices.
    var m = LinearModel()
    let x = m.addVariable("x")
    var e = LinearExpression()
    e.add(x); e.add(x); e.add(x)
    m.addConstraint(e <= 6)
    m.setObjective(LinearExpression(x), sense: .maximize)
    let s = try Solver().solve(m)
    #expect(s.termination == .optimal)
    #expect(abs(s[x] - 2) < 1e-9)
  }

  @Test func fractionalIntegerBoundsAreRoundedInward() throws {
    var m = LinearModel()
    let n = m.addVariable("n", lowerBound: 0.5, upperBound: 3.7, kind: .integer)
    m.setObjective(LinearExpression(n), sense: .maximize)
    let s = try Solver().solve(m)
    #expect(s[n] == 3)
    m.setObjective(LinearExpression(n), sense: .minimize)
    #expect(try Solver().solve(m)[n] == 1)
  }

  @Test func badOptionsAreRejected() {
    var o = SolveOptions()
    o.timeLimit = -1
    #expect(throws: GLPKError.self) { try Solver(options: o).solve(LinearModel()) }
    o = SolveOptions()
    o.relativeMIPGap = .nan
    #expect(throws: GLPKError.self) { try Solver(options: o).solve(LinearModel()) }
    o = SolveOptions()
    o.method = .interiorPoint
    o.timeLimit = 5
    #expect(throws: GLPKError.self) { try Solver(options: o).solve(LinearModel()) }
  }

  @Test func emptyModelSolvesToItsConstant() throws {
    var m = LinearModel()
    m.objectiveConstant = 7
    for method in SolveOptions.Method.allCases {
      var o = SolveOptions()
      o.method = method
      let s = try Solver(options: o).solve(m)
      #expect(s.termination == .optimal, "\(method)")
      #expect(s.objectiveValue == 7, "\(method)")
    }
  }
}
