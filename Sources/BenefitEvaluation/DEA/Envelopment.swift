import GLPK

/// The envelopment LP of a DEA problem, changed in place for each unit.
struct Envelopment {
  let problem: DEAProblem
  var model = LinearModel(name: "dea")
  let radial: Variable
  let lambdas: [Variable]
  let inputSlacks: [Variable]
  let outputSlacks: [Variable]
  var inputRows: [Constraint] = []
  var outputRows: [Constraint] = []
  var lastBasis: Basis?

  var inputOriented: Bool { problem.orientation == .input }

  init(_ problem: DEAProblem) {
    self.problem = problem
    var m = LinearModel(name: "dea")
    radial = m.addVariable("radial", lowerBound: 0)
    lambdas = problem.units.indices.map { m.addVariable("lambda_\($0)", lowerBound: 0) }
    inputSlacks = problem.inputNames.indices.map { m.addVariable("s_in_\($0)", lowerBound: 0) }
    outputSlacks = problem.outputNames.indices.map { m.addVariable("s_out_\($0)", lowerBound: 0) }
    model = m
    for i in problem.inputNames.indices {
      var e = LinearExpression(reservingCapacity: lambdas.count + 2)
      for (j, l) in lambdas.enumerated() { e.add(l, times: problem.inputs[j][i]) }
      e.add(inputSlacks[i])
      if inputOriented { e.add(radial, times: -1) }
      inputRows.append(model.addConstraint(e == 0, name: "input_\(i)"))
    }
    for r in problem.outputNames.indices {
      var e = LinearExpression(reservingCapacity: lambdas.count + 2)
      for (j, l) in lambdas.enumerated() { e.add(l, times: problem.outputs[j][r]) }
      e.add(outputSlacks[r], times: -1)
      if !inputOriented { e.add(radial, times: -1) }
      outputRows.append(model.addConstraint(e == 0, name: "output_\(r)"))
    }
    if problem.returnsToScale == .bcc {
      model.addConstraint(LinearExpression.sum(lambdas) == 1, name: "convexity")
    }
  }

  /// Points the LP at unit `o`.
  mutating func target(_ o: Int) {
    for (i, row) in inputRows.enumerated() {
      let x = problem.inputs[o][i]
      if inputOriented { model.setCoefficient(row, radial, -x) } else { model.setBounds(row, lower: x, upper: x) }
    }
    for (r, row) in outputRows.enumerated() {
      let y = problem.outputs[o][r]
      if inputOriented { model.setBounds(row, lower: y, upper: y) } else { model.setCoefficient(row, radial, -y) }
    }
  }

  mutating func run(_ unit: Int) throws(EvaluationError) -> Solution? {
    var options = SolveOptions()
    options.warmStart = lastBasis
    let solution: Solution
    do {
      solution = try Solver(options: options).solve(model)
    } catch {
      throw .solverFailed(unit: problem.units[unit], reason: "\(error)")
    }
    switch solution.termination {
    case .optimal:
      lastBasis = solution.basis
      return solution
    case .infeasible, .unbounded, .infeasibleOrUnbounded: return nil
    default: throw .solverFailed(unit: problem.units[unit], reason: "\(solution.termination)")
    }
  }

  /// Phase 1 (radial), phase 2 (slacks), and optionally super-efficiency for unit `o`.
  mutating func solve(unit o: Int, superEfficiency: Bool, peerTolerance: Double) throws(EvaluationError) -> DEAResult {
    target(o)
    let slacks = inputSlacks + outputSlacks
    model.setBounds(radial, lower: 0, upper: .infinity)
    model.setObjective(LinearExpression(radial), sense: inputOriented ? .minimize : .maximize)
    guard let first = try run(o), let value = first.objectiveValue else {
      throw .solverFailed(unit: problem.units[o], reason: "the envelopment LP has no optimum")
    }
    model.fix(radial, at: first[radial])
    model.setObjective(LinearExpression.sum(slacks), sense: .maximize)
    let second = try run(o) ?? first
    model.setBounds(radial, lower: 0, upper: .infinity)
    var result = DEAResult(
      unit: problem.units[o], efficiency: inputOriented ? value : (value > 0 ? 1 / value : 0), radial: value,
      inputSlacks: inputSlacks.map { Self.clean(second[$0]) }, outputSlacks: outputSlacks.map { Self.clean(second[$0]) },
      peers: lambdas.indices.compactMap { j in
        let l = second[lambdas[j]]
        return l > peerTolerance ? (problem.units[j], l) : nil
      },
      superEfficiency: nil)
    if superEfficiency {
      model.setBounds(lambdas[o], lower: 0, upper: 0)
      model.setObjective(LinearExpression(radial), sense: inputOriented ? .minimize : .maximize)
      if let s = try run(o), let v = s.objectiveValue {
        result.superEfficiency = inputOriented ? v : (v > 0 ? 1 / v : nil)
      }
      model.setBounds(lambdas[o], lower: 0, upper: .infinity)
    }
    return result
  }

  static func clean(_ x: Double) -> Double { abs(x) < 1e-9 ? 0 : x }
}
