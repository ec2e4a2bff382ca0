import Testing
@testable import GLPK

@Suite struct InfeasibilityDiagnosisTests {
  /// x ≥ 5 ("lo"), x ≤ 3 ("hi"), x ≥ 0: moving either bound by 2 suffices.
  func loHi() -> (LinearModel, Constraint, Constraint) {
    var m = LinearModel(name: "lohi")
    let x = m.addVariable("x")
    let lo = m.addConstraint(x >= 5, name: "lo")
    let hi = m.addConstraint(x <= 3, name: "hi")
    m.setObjective(LinearExpression(x), sense: .maximize)
    return (m, lo, hi)
  }

  func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-7 }

  @Test func twoConflictingBoundsNeedOneMoveOfTwo() throws {
    let (m, lo, hi) = loHi()
    let d = try #require(try Solver().diagnoseInfeasibility(m))
    #expect(d.relaxations.count == 1)
    let r = try #require(d.relaxations.first)
    #expect(close(r.amount, 2))
    #expect(close(d.totalViolation, 2))
    #expect(close(d.minimumTotalViolation, 2))
    if r.constraint == lo {
      #expect(r.name == "lo" && r.direction == .lower && r.bound == 5 && close(r.required, 3))
    } else {
      #expect(r.constraint == hi)
      #expect(r.name == "hi" && r.direction == .upper && r.bound == 3 && close(r.required, 5))
    }
    #expect(!d.conflictAmongHardConstraints && d.isMinimal && d.amountsAreOptimal && d.interruption == nil)
    #expect(d.solveCount == 1)  // one candidate: no filter test, the first solve gives the amount
    #expect(Solver.memoryInUse.blocks == 0)
  }

  @Test func feasibleModelsHaveNoDiagnosis() throws {
    var m = LinearModel()
    let x = m.addVariable("x")
    let y = m.addVariable("y", kind: .integer)
    m.addConstraint(x + y >= 2, name: "a")
    m.addConstraint(x - y <= 1, name: "b")
    m.setObjective(x + y, sense: .maximize)  // unbounded, yet feasible
    #expect(try Solver().diagnoseInfeasibility(m) == nil)
    m.addConstraint(x + y == 4, name: "c")
    #expect(try Solver().diagnoseInfeasibility(m, hard: [Constraint(index: 0)]) == nil)
  }

  /// lo/hi conflict; "side": x + y ≤ 20 with y ≥ 1 ("floor") takes part in no conflict.
  @Test func irrelevantConstraintsAreNotReported() throws {
    var (m, _, _) = loHi()
    let y = m.addVariable("y")
    let x = Variable(index: 0)
    m.addConstraint(x + y <= 20, name: "side")
    m.addConstraint(y >= 1, name: "floor")
    let d = try #require(try Solver().diagnoseInfeasibility(m))
    #expect(d.relaxations.map(\.name) == ["lo"] || d.relaxations.map(\.name) == ["hi"])
    #expect(close(d.totalViolation, 2))
  }

  /// Binaries x1, x2; "demand": x1 + x2 ≥ 3; "budget": 4x1 + 5x2 ≤ 6. Integer
  /// points: (1,0) or (0,1) leave demand 2 short; (1,1) costs 1 + 3 over
  /// budget. So demand must fall by 2 to 1. The LP relaxation would say 1.6
  /// (x1 = 1, x2 = 0.4), which shows the elastic model stays a MIP.
  @Test func mixedIntegerModelKeepsIntegrality() throws {
    var m = LinearModel()
    let x1 = m.addVariable("x1", kind: .binary)
    let x2 = m.addVariable("x2", kind: .binary)
    let demand = m.addConstraint(x1 + x2 >= 3, name: "demand")
    m.addConstraint(4 * x1 + 5 * x2 <= 6, name: "budget")
    m.setObjective(x1 + x2, sense: .maximize)
    let d = try #require(try Solver().diagnoseInfeasibility(m))
    #expect(d.relaxations.count == 1)
    let r = try #require(d.relaxations.first)
    #expect(r.constraint == demand && r.direction == .lower && r.bound == 3)
    #expect(close(r.amount, 2) && close(r.required, 1))
    #expect(d.amountsAreOptimal && d.isMinimal)

    var lp = m
    lp.relaxIntegrality()
    let relaxed = try #require(try Solver().diagnoseInfeasibility(lp))
    #expect(relaxed.relaxations.map(\.constraint) == [demand])
    #expect(close(relaxed.totalViolation, 1.6))
  }

  @Test func hardConstraintsAreNeverRelaxed() throws {
    let (m, lo, hi) = loHi()
    let a = try #require(try Solver().diagnoseInfeasibility(m, hard: [lo]))
    #expect(a.relaxations.map(\.constraint) == [hi])
    #expect(close(a.relaxations[0].amount, 2) && close(a.relaxations[0].required, 5))
    #expect(a.relaxations[0].description == "constraint 'hi' (≤ 3) must rise by 2 to 5")
    let b = try #require(try Solver().diagnoseInfeasibility(m, hard: [hi]))
    #expect(b.relaxations.map(\.constraint) == [lo])
    #expect(b.relaxations[0].description == "constraint 'lo' (≥ 5) must fall by 2 to 3")

    let both = try #require(try Solver().diagnoseInfeasibility(m, hard: [lo, hi]))
    #expect(both.conflictAmongHardConstraints)
    #expect(both.relaxations.isEmpty && !both.foundRelaxation)
    #expect(both.minimumTotalViolation == .infinity)
    #expect(both.description.contains("conflict"))
  }

  @Test func weightsChooseWhatMoves() throws {
    let (m, lo, hi) = loHi()
    let a = try #require(try Solver().diagnoseInfeasibility(m, weights: [lo: 10]))
    #expect(a.relaxations.map(\.constraint) == [hi])
    #expect(close(a.totalViolation, 2))
    let b = try #require(try Solver().diagnoseInfeasibility(m, weights: [hi: 10]))
    #expect(b.relaxations.map(\.constraint) == [lo])
    #expect(close(b.relaxations[0].amount, 2) && b.relaxations[0].weight == 1)
    let c = try #require(try Solver().diagnoseInfeasibility(m, weights: [lo: 3, hi: 5]))
    #expect(c.relaxations.map(\.constraint) == [lo])
    #expect(close(c.totalViolation, 6))  // 3 × 2
  }

  /// x, y ≥ 0; elastic "a": x ≤ 0, "b": y ≤ 0; hard 2x + y ≥ 3, x + 2y ≥ 3.
  /// The least total violation splits: x = y = 1 (total 2). But b alone
  /// suffices (y = 3, total 3), and so does a alone. The filter tries a first
  /// (equal slacks, lower index), finds b alone feasible, drops a.
  @Test func deletionFilterShrinksASplitViolation() throws {
    var m = LinearModel()
    let x = m.addVariable("x")
    let y = m.addVariable("y")
    m.addConstraint(x <= 0, name: "a")
    let b = m.addConstraint(y <= 0, name: "b")
    let h1 = m.addConstraint(2 * x + y >= 3, name: "h1")
    let h2 = m.addConstraint(x + 2 * y >= 3, name: "h2")
    let d = try #require(try Solver().diagnoseInfeasibility(m, hard: [h1, h2]))
    #expect(close(d.minimumTotalViolation, 2))
    #expect(d.relaxations.map(\.constraint) == [b])
    let r = d.relaxations[0]
    #expect(r.direction == .upper && r.bound == 0 && close(r.required, 3) && close(r.amount, 3))
    #expect(close(d.totalViolation, 3))
    #expect(d.isMinimal && d.amountsAreOptimal)
    #expect(d.solveCount == 3)  // elastic, one filter test, final amounts
  }

  /// Two independent conflicts (x: 5 vs 3, y: 2 vs 1) both need a move.
  @Test func independentConflictsAreAllReportedInIndexOrder() throws {
    var m = LinearModel()
    let x = m.addVariable("x")
    let y = m.addVariable("y")
    let yLo = m.addConstraint(y >= 2, name: "yLo")
    let xLo = m.addConstraint(x >= 5, name: "xLo")
    let yHi = m.addConstraint(y <= 1, name: "yHi")
    let xHi = m.addConstraint(x <= 3, name: "xHi")
    let d = try #require(try Solver().diagnoseInfeasibility(m, hard: [xLo, yHi]))
    #expect(d.relaxations.map(\.constraint) == [yLo, xHi])
    #expect(close(d.relaxations[0].amount, 1) && close(d.relaxations[1].amount, 2))
    #expect(close(d.totalViolation, 3) && d.isMinimal)
    #expect(d.solveCount == 3)  // elastic, two filter tests (both kept), no re-solve
    #expect(d.description == """
      The model becomes feasible when these 2 constraints move (total violation 3):
        - constraint 'yLo' (≥ 2) must fall by 1 to 1
        - constraint 'xHi' (≤ 3) must rise by 2 to 5
      """)
  }

  /// "balance": x + y = 10 with hard caps x ≤ 2, y ≤ 3 (one unnamed).
  @Test func equalityConstraintsAndUnnamedConstraints() throws {
    var m = LinearModel()
    let x = m.addVariable("x")
    let y = m.addVariable("y")
    m.addConstraint(x + y == 10, name: "balance")
    let capX = m.addConstraint(x <= 2, name: "capX")
    let capY = m.addConstraint(y <= 3)
    let d = try #require(try Solver().diagnoseInfeasibility(m, hard: [capX, capY]))
    #expect(d.relaxations.map(\.description) == ["constraint 'balance' (= 10) must fall by 5 to 5"])
    let e = try #require(try Solver().diagnoseInfeasibility(m, hard: [Constraint(index: 0), capX]))
    #expect(e.relaxations.map(\.description) == ["constraint #3 (≤ 3) must rise by 5 to 8"])
  }

  /// "need": x ≥ 5 (hard) against the variable bound x ≤ 3.
  @Test func variableBoundsRelaxOnRequest() throws {
    var m = LinearModel()
    let x = m.addVariable("x", lowerBound: 0, upperBound: 3)
    let k = m.addVariable("k", lowerBound: 0, upperBound: 1, kind: .integer)
    let need = m.addConstraint(x + k >= 6, name: "need")
    let kept = try #require(try Solver().diagnoseInfeasibility(m, hard: [need]))
    #expect(kept.conflictAmongHardConstraints)

    let options = InfeasibilityDiagnosis.Options(hard: [need], relaxVariableBounds: true)
    let d = try #require(try Solver().diagnoseInfeasibility(m, options: options))
    #expect(d.relaxations.count == 1)
    let r = d.relaxations[0]
    #expect(r.variable == x && r.constraint == nil && r.location == .variable(x))
    #expect(r.direction == .upper && r.bound == 3 && close(r.required, 5) && close(r.amount, 2))
    #expect(r.description == "bound of variable 'x' (≤ 3) must rise by 2 to 5")
    #expect(d.description.contains("constraint or bound"))

    let hardX = InfeasibilityDiagnosis.Options(hard: [need], relaxVariableBounds: true, hardVariables: [x])
    #expect(try Solver().diagnoseInfeasibility(m, options: hardX)?.conflictAmongHardConstraints == true)
  }

  /// 12 variables in [0, 10], 6 "need" rows (≥ 150…250) and 12 tight "cap"
  /// rows (≤ 0…60) with pseudo-random coefficients 0…4: infeasible.
  func pseudoRandomModel() -> LinearModel {
    var seed: UInt64 = 12345
    func next() -> Double {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      return Double(seed >> 33) / Double(1 << 31)
    }
    var m = LinearModel()
    let xs = m.addVariables(count: 12, lowerBound: 0, upperBound: 10) { "x\($0)" }
    for i in 0..<18 {
      let e = LinearExpression.sum(xs) { (next() * 4).rounded() * $0 }
        let c = i % 3 == 0 ? e >= 150 + (next() * 100).rounded() : e <= (next() * 60).rounded()
      m.addConstraint(c, name: i % 3 == 0 ? "need\(i)" : "cap\(i)")
    }
    return m
  }

  /// Moving the reported bounds to their required values makes the model
  /// feasible, and leaving out any one of the moves does not (minimality).
  @Test func reportedMovesRepairTheModelAndEachIsNeeded() throws {
    let m = pseudoRandomModel()
    #expect(try Solver().solve(m).termination == .infeasible)
    let d = try #require(try Solver().diagnoseInfeasibility(m))
    #expect(d.relaxations.count >= 2 && d.isMinimal && d.amountsAreOptimal)
    #expect(d.totalViolation >= d.minimumTotalViolation - 1e-7)
    func applying(_ moves: [InfeasibilityDiagnosis.Relaxation]) throws -> LinearModel {
      var repaired = m
      for r in moves {
        let c = try #require(r.constraint)
        let slack = 1e-6 * max(1, abs(r.required))  // GLPK's tolerances are relative too
        let lower = r.direction == .lower ? r.required - slack : m.lowerBound(of: c)
        repaired.setBounds(c, lower: lower, upper: r.direction == .upper ? r.required + slack : m.upperBound(of: c))
      }
      return repaired
    }
    #expect(try Solver().solve(applying(d.relaxations)).termination == .optimal)
    for k in d.relaxations.indices {
      let others = d.relaxations.enumerated().filter { $0.offset != k }.map(\.element)
      #expect(try Solver().solve(applying(others)).termination == .infeasible)
    }
  }

  /// A sub-solve stopped by a limit is reported, never taken for an answer.
  @Test func limitsAreReportedNotHidden() throws {
    var options = SolveOptions()
    options.iterationLimit = 1
    let d = try #require(try Solver(options: options).diagnoseInfeasibility(pseudoRandomModel()))
    #expect(!d.foundRelaxation && !d.conflictAmongHardConstraints && d.interruption == .iterationLimit)
    #expect(d.description == "No diagnosis: a solve stopped (iteration_limit) before a relaxation was found.")
  }

  @Test func badWeightsAndForeignConstraintsAreRejected() throws {
    let (m, lo, _) = loHi()
    #expect(throws: GLPKError.self) { try Solver().diagnoseInfeasibility(m, weights: [lo: 0]) }
    #expect(throws: GLPKError.self) { try Solver().diagnoseInfeasibility(m, weights: [lo: .infinity]) }
    #expect(throws: GLPKError.self) { try Solver().diagnoseInfeasibility(m, hard: [Constraint(index: 7)]) }
  }

  @Test func elasticModelLayout() {
    let (m, lo, hi) = loHi()
    let elements = (try? m.elasticElements(InfeasibilityDiagnosis.Options(hard: [lo]))) ?? []
    #expect(elements.count == 1 && elements[0].location == .constraint(hi))
    let e = m.elastic(elements, selected: [0], minimizingViolation: true)
    #expect(e.model.variableCount == 2 && e.model.constraintCount == 2)
    let slack = Variable(index: 1)
    #expect(e.slacks[0]?.lower == nil && e.slacks[0]?.upper == 1)
    #expect(e.model.coefficient(hi, slack) == -1 && e.model.coefficient(lo, slack) == 0)
    #expect(e.model.objectiveCoefficient(of: slack) == 1 && e.model.sense == .minimize)
    #expect(e.model.objectiveCoefficient(of: Variable(index: 0)) == 0)
    #expect(m.elastic(elements, selected: [0], minimizingViolation: false).model.objectiveCoefficient(of: slack) == 0)
  }

  @Test func numbersAreFormattedForPeople() {
    #expect(InfeasibilityDiagnosis.format(1350.0000000001) == "1350")
    #expect(InfeasibilityDiagnosis.format(0.1 + 0.2) == "0.3")
    #expect(InfeasibilityDiagnosis.format(-2.5) == "-2.5")
    #expect(InfeasibilityDiagnosis.format(1e20) == "1e+20")
  }
}
