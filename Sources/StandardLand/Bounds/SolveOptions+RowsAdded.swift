import GLPK

extension SolveOptions {
  /// Sets up the next solve of a model that `solution` solved and that has
  /// since gained rows (now `rowCount` in all): from its basis with the new
  /// rows basic, by the dual simplex (the old optimum stays dual feasible,
  /// only the new rows can be violated). Unchanged when `solution` has no
  /// basis.
  mutating func warmStart(after solution: Solution, rowCount: Int) {
    guard var basis = solution.basis else { return }
    basis.rows += Array(repeating: .basic, count: rowCount - basis.rows.count)
    warmStart = basis
    method = .dualThenPrimal
  }
}
