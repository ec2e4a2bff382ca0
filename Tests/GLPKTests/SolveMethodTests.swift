import Testing
@testable import GLPK

/// Every LP method reaches the same optimum; limits are reported as limits.
@Suite struct SolveMethodTests {
  static let examples = "/usr/share/doc/glpk-utils/examples"

  @Test(arguments: SolveOptions.Method.allCases)
  func everyMethodSolvesTheTransportationProblem(_ method: SolveOptions.Method) throws {
    let model = try MathProgProgram(modelPath: "\(Self.examples)/transp.mod").translate()
    var o = SolveOptions()
    o.method = method
    let s = try Solver(options: o).solve(model)
    #expect(s.termination == .optimal)
    #expect(abs(try #require(s.objectiveValue) - 153.675) < 1e-6)
    #expect(s.duals != nil)
    #expect(s.algorithm == (method == .interiorPoint ? .interiorPoint : method == .exact ? .exact : .simplex))
    #expect((s.basis == nil) == (method == .interiorPoint))
  }

  /// x − y ≥ 1 and x − y ≤ −1 (no feasible point) with max x + y (no dual
  /// feasible point either): the dual simplex stops at the dual's
  /// infeasibility, which does not show the primal unbounded; every simplex
  /// method says infeasible, or infeasible or unbounded, never unbounded.
  @Test(arguments: [SolveOptions.Method.primalSimplex, .dualSimplex, .dualThenPrimal])
  func primalAndDualInfeasibleIsNotUnbounded(_ method: SolveOptions.Method) throws {
    var m = LinearModel()
    let x = m.addVariable("x"), y = m.addVariable("y")
    m.addConstraint(LinearExpression(x) - LinearExpression(y) >= 1)
    m.addConstraint(LinearExpression(x) - LinearExpression(y) <= -1)
    m.setObjective(LinearExpression(x) + LinearExpression(y), sense: .maximize)
    var o = SolveOptions()
    o.method = method
    o.presolve = .off
    let s = try Solver(options: o).solve(m)
    #expect([.infeasible, .infeasibleOrUnbounded].contains(s.termination), "\(s.termination)")
  }

  @Test func iterationLimitIsReportedAsALimit() throws {
    let model = try MathProgProgram(modelPath: "\(Self.examples)/egypt.mod").translate()
    var o = SolveOptions()
    o.iterationLimit = 3
    let s = try Solver(options: o).solve(model)
    #expect(s.termination == .iterationLimit)
    #expect(s.iterations <= 3)
    #expect(!s.isOptimal)
  }

  @Test func presolvedInfeasibleLPIsInfeasibleWithNoPoint() throws {
    var m = LinearModel()
    let x = m.addVariable("x"), y = m.addVariable("y")
    m.addConstraint(x + y >= 5, name: "low")
    m.addConstraint(x + y <= 3, name: "high")
    m.setObjective(x + y, sense: .minimize)
    var o = SolveOptions()
    o.presolve = .on
    let s = try Solver(options: o).solve(m)
    #expect(s.termination == .infeasible)
    #expect(s.primalStatus == .noSolution)
    #expect(s.values.isEmpty)
  }

  @Test func integerModelsRejectLPOnlyMethods() {
    var m = LinearModel()
    let n = m.addVariable("n", upperBound: 3, kind: .integer)
    m.setObjective(LinearExpression(n), sense: .maximize)
    var o = SolveOptions()
    o.method = .interiorPoint
    #expect(throws: GLPKError.self) { try Solver(options: o).solve(m) }
  }

  @Test func logIsCapturedNotPrinted() throws {
    var o = SolveOptions()
    o.messageLevel = 3
    let s = try Solver(options: o).solve(try MathProgProgram(modelPath: "\(Self.examples)/transp.mod").translate())
    #expect(s.log.contains("OPTIMAL LP SOLUTION FOUND"))
  }
}

@Suite struct LogHandlerTests {
  @Test func handlerReceivesWholeLinesWhileSolving() throws {
    let lines = Mutex<[String]>([])
    var o = SolveOptions()
    o.messageLevel = 3
    o.log = .handler { line in lines.withLock { $0.append(line) } }
    _ = try Solver(options: o).solve(
      try MathProgProgram(modelPath: "\(SolveMethodTests.examples)/egypt.mod").translate())
    let received = lines.withLock { $0 }
    #expect(received.contains("OPTIMAL LP SOLUTION FOUND"))
    #expect(received.allSatisfy { !$0.contains("\n") })
  }
}
