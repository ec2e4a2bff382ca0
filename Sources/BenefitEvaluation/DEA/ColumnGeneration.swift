/// Solves a unit's envelopment LP over all allowed reference units exactly,
/// by column generation on a small restricted LP, and certifies the answer.
///
/// The restricted LP's duals price every allowed unit (reduced cost of its
/// λ: −Σₖ πₖ aₖⱼ). A unit that would improve the objective joins the
/// restricted LP (the most improving first) and it is solved again. When no
/// unit prices out, the duals are feasible for the full LP: with the primal
/// point checked against the rows, the two prove the value optimal for the
/// full LP (weak duality). An inefficient unit's LP only ever needs efficient
/// reference units, so the restricted LPs stay small. A restricted LP that is
/// infeasible (super-efficiency) is solved again over every allowed unit; a
/// point that fails its check is solved again in exact (rational) arithmetic.
struct ColumnGeneration: Sendable {
  let lp: RestrictedEnvelopment
  /// Relative tolerance of the optimality and feasibility checks.
  var tolerance = 1e-9
  /// Units joining per round at most.
  var batch = 8
  /// Rounds before the LP is solved over every allowed unit at once.
  var maxRounds = 60

  /// The optimal point over every allowed unit, the columns it was solved
  /// on (`columns` plus those that joined, in that order), and the units
  /// that joined; nil when the full LP is infeasible or unbounded.
  func solve(
    unit o: Int, columns start: [Int], phase: RestrictedEnvelopment.Phase, excluding excluded: Int? = nil
  ) throws(EvaluationError) -> (point: RestrictedEnvelopment.Point, columns: [Int], joined: [Int])? {
    let n = lp.data.unitCount
    var columns = start
    var inModel = [Bool](repeating: false, count: n)
    for j in columns { inModel[j] = true }
    var joined: [Int] = []
    var exact = false
    var round = 0
    while true {
      round += 1
      if round > maxRounds && columns.count < n - (excluded == nil ? 0 : 1) {
        for j in 0..<n where !inModel[j] && j != excluded { columns.append(j); inModel[j] = true; joined.append(j) }
      }
      guard let point = try lp.solve(unit: o, columns: columns, phase: phase, exact: exact) else {
        let all = n - (excluded == nil ? 0 : 1)
        if columns.count < all {
          for j in 0..<n where !inModel[j] && j != excluded { columns.append(j); inModel[j] = true; joined.append(j) }
          continue
        }
        return nil
      }
      var violators: [(violation: Double, unit: Int)] = []
      var insideViolated = false
      for j in 0..<n where j != excluded {
        let (violation, magnitude) = pricing(j, duals: point.duals, phase: phase)
        guard violation > tolerance * max(1, magnitude) else { continue }
        if inModel[j] { insideViolated = true } else { violators.append((violation / max(1, magnitude), j)) }
      }
      if violators.isEmpty {
        if !exact && (insideViolated || !certified(point, unit: o, columns: columns, phase: phase)) {
          exact = true
          continue
        }
        return (point, columns, joined)
      }
      violators.sort { $0.violation != $1.violation ? $0.violation > $1.violation : $0.unit < $1.unit }
      for v in violators.prefix(batch) {
        columns.append(v.unit)
        inModel[v.unit] = true
        joined.append(v.unit)
      }
    }
  }

  /// How much unit j's λ would improve the objective per unit (> 0: it
  /// would), and the size of the terms, for a relative test.
  @inline(__always)
  func pricing(_ j: Int, duals: [Double], phase: RestrictedEnvelopment.Phase) -> (Double, Double) {
    let data = lp.data
    let m = data.inputCount, s = data.outputCount
    var sum = 0.0, magnitude = 0.0
    for i in 0..<m {
      let t = duals[i] * data.input(j, i)
      sum += t
      magnitude += abs(t)
    }
    for r in 0..<s {
      let t = duals[m + r] * data.output(j, r)
      sum += t
      magnitude += abs(t)
    }
    if lp.variableReturns {
      sum += duals[m + s]
      magnitude += abs(duals[m + s])
    }
    // Reduced cost d = 0 − Σ π a; a minimisation improves when d < 0.
    let minimising = phase == .radial && lp.inputOriented
    return (minimising ? sum : -sum, magnitude)
  }

  /// The point satisfies every row and bound, and (radial phase) its value
  /// equals the duals' objective Σ π·b, to the tolerance. A row and its
  /// slack are measured against the unit's own figure in that column
  /// (``RestrictedEnvelopment/reference(_:unit:)``), not the column's
  /// largest: beside a column whose largest figure is 10⁹, a scaled slack
  /// of −2·10⁻¹⁰ is −0.2 in the table's units, a visible error on a unit
  /// whose own figure is 6,840.
  func certified(_ p: RestrictedEnvelopment.Point, unit o: Int, columns: [Int], phase: RestrictedEnvelopment.Phase) -> Bool {
    let data = lp.data
    let m = data.inputCount, s = data.outputCount
    guard p.lambdas.allSatisfy({ $0 >= -tolerance }) else { return false }
    for (k, slack) in (p.inputSlacks + p.outputSlacks).enumerated()
    where slack < -tolerance * lp.reference(k, unit: o) { return false }
    func close(_ activity: Double, _ size: Double, _ target: Double, row k: Int) -> Bool {
      abs(activity - target) <= tolerance * max(lp.reference(k, unit: o), size)
    }
    for i in 0..<m {
      var a = p.inputSlacks[i], size = abs(a)
      for (k, j) in columns.enumerated() { let t = p.lambdas[k] * data.input(j, i); a += t; size += abs(t) }
      if lp.inputOriented { a -= p.radial * data.input(o, i); size += abs(p.radial * data.input(o, i)) }
      if !close(a, size, lp.rhs(i, unit: o), row: i) { return false }
    }
    for r in 0..<s {
      var a = -p.outputSlacks[r], size = abs(a)
      for (k, j) in columns.enumerated() { let t = p.lambdas[k] * data.output(j, r); a += t; size += abs(t) }
      if !lp.inputOriented { a -= p.radial * data.output(o, r); size += abs(p.radial * data.output(o, r)) }
      if !close(a, size, lp.rhs(m + r, unit: o), row: m + r) { return false }
    }
    if lp.variableReturns && !close(p.lambdas.reduce(0, +), 1, 1, row: m + s) { return false }
    guard phase == .radial else { return true }
    var dualObjective = 0.0
    for k in 0..<lp.rowCount { dualObjective += p.duals[k] * lp.rhs(k, unit: o) }
    return abs(dualObjective - p.objective) <= tolerance * max(1, abs(p.objective))
  }
}
