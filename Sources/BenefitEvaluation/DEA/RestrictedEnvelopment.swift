import GLPK

/// The envelopment LP of one unit over a chosen set of reference units,
/// built on the scaled data and solved by GLPK.
///
/// Columns: the radial value (θ or φ), one λ per reference unit, input
/// slacks s⁻, output slacks s⁺. Rows: inputs, outputs, then Σλ = 1 for BCC.
/// Input-oriented: Σλx + s⁻ − θxₒ = 0, Σλy − s⁺ = yₒ. Output-oriented:
/// Σλx + s⁻ = xₒ, Σλy − s⁺ − φyₒ = 0.
struct RestrictedEnvelopment: Sendable {
  /// What the LP optimises.
  enum Phase: Sendable, Equatable {
    /// min θ (max φ).
    case radial
    /// max Σ raw slacks with the radial value fixed.
    case slacks(fixedAt: Double)
  }

  /// An optimal point of the restricted LP with its duals.
  struct Point: Sendable {
    var objective: Double
    var radial: Double
    /// λ per reference unit, aligned with the columns it was solved on.
    var lambdas: [Double]
    /// Scaled slacks.
    var inputSlacks: [Double]
    var outputSlacks: [Double]
    /// Row duals (inputs, outputs, convexity).
    var duals: [Double]
    /// Reduced costs of the slack columns (inputs, then outputs).
    var slackReducedCosts: [Double]
  }

  let data: ScaledDEAData
  let inputOriented: Bool
  let variableReturns: Bool

  /// +1 when the radial phase minimises (input), −1 when it maximises.
  var radialSign: Double { inputOriented ? 1 : -1 }
  var rowCount: Int { data.inputCount + data.outputCount + (variableReturns ? 1 : 0) }

  /// The right-hand side of row k for unit o.
  func rhs(_ k: Int, unit o: Int) -> Double {
    let m = data.inputCount, s = data.outputCount
    if k < m { return inputOriented ? 0 : data.input(o, k) }
    if k < m + s { return inputOriented ? data.output(o, k - m) : 0 }
    return 1
  }

  /// The size row k's figures are measured against for unit o (scaled):
  /// the unit's own figure in that column, or the column's largest (1)
  /// when the unit's own is 0; 1 for the convexity row. Feasibility of the
  /// row and of its slack is checked relative to it, so a unit whose
  /// figures are far below the column's largest is solved as accurately as
  /// any other.
  func reference(_ k: Int, unit o: Int) -> Double {
    let m = data.inputCount, s = data.outputCount
    let own = k < m ? data.input(o, k) : k < m + s ? data.output(o, k - m) : 1
    return own > 0 ? own : 1
  }

  /// Solves unit `o`'s LP over `columns`; nil when it is infeasible or
  /// unbounded. `exact` uses GLPK's rational simplex.
  func solve(unit o: Int, columns: [Int], phase: Phase, exact: Bool) throws(EvaluationError) -> Point? {
    let m = data.inputCount, s = data.outputCount
    var model = LinearModel(name: "dea")
    model.reserveCapacity(variables: 1 + columns.count + m + s, constraints: rowCount,
                          terms: (columns.count + 2) * rowCount)
    let radial = model.addVariable("radial", lowerBound: 0)
    let lambdas = model.addVariables(count: columns.count, lowerBound: 0)
    let inSlacks = model.addVariables(count: m, lowerBound: 0)
    let outSlacks = model.addVariables(count: s, lowerBound: 0)
    for i in 0..<m {
      var e = LinearExpression(reservingCapacity: columns.count + 2)
      for (k, j) in columns.enumerated() { e.add(lambdas[k], times: data.input(j, i)) }
      e.add(inSlacks[i])
      if inputOriented { e.add(radial, times: -data.input(o, i)) }
      model.addConstraint(e == rhs(i, unit: o), name: "input_\(i)")
    }
    for r in 0..<s {
      var e = LinearExpression(reservingCapacity: columns.count + 2)
      for (k, j) in columns.enumerated() { e.add(lambdas[k], times: data.output(j, r)) }
      e.add(outSlacks[r], times: -1)
      if !inputOriented { e.add(radial, times: -data.output(o, r)) }
      model.addConstraint(e == rhs(m + r, unit: o), name: "output_\(r)")
    }
    if variableReturns { model.addConstraint(LinearExpression.sum(lambdas) == 1, name: "convexity") }
    switch phase {
    case .radial:
      model.setObjective(LinearExpression(radial), sense: inputOriented ? .minimize : .maximize)
    case .slacks(let value):
      model.fix(radial, at: value)
      var objective = LinearExpression(reservingCapacity: m + s)
      for i in 0..<m { objective.add(inSlacks[i], times: data.inputScale[i]) }
      for r in 0..<s { objective.add(outSlacks[r], times: data.outputScale[r]) }
      model.setObjective(objective, sense: .maximize)
    }
    var options = SolveOptions()
    options.messageLevel = 0
    if exact { options.method = .exact }
    let solution: Solution
    do {
      solution = try Solver(options: options).solve(model)
    } catch {
      throw .solverFailed(unit: "#\(o)", reason: "\(error)")
    }
    switch solution.termination {
    case .optimal: break
    case .infeasible, .unbounded, .infeasibleOrUnbounded: return nil
    default: throw .solverFailed(unit: "#\(o)", reason: "GLPK stopped: \(solution.termination.rawValue)")
    }
    guard let objective = solution.objectiveValue, let duals = solution.duals, let reduced = solution.reducedCosts else {
      throw .solverFailed(unit: "#\(o)", reason: "GLPK returned no duals for an optimal LP")
    }
    return Point(
      objective: objective, radial: solution[radial], lambdas: lambdas.map { solution[$0] },
      inputSlacks: inSlacks.map { solution[$0] }, outputSlacks: outSlacks.map { solution[$0] },
      duals: duals, slackReducedCosts: (inSlacks + outSlacks).map { reduced[$0.index] })
  }
}
