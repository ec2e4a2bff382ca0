/// A simplex warm start from a point where some columns sit strictly inside
/// their bounds.
///
/// A basis can only hold a non-basic column at one of its bounds. A solve
/// with some columns fixed at chosen values (the capacities of a sizing LP)
/// ends on a basis that the full model cannot reuse: freed, those columns
/// drop to a bound and the start is far from feasible. The shifted model
/// moves each such column's origin to its value: `x = value + s`, with `s`
/// free and non-basic at 0 and its bounds kept by one added row, so the fixed
/// solve's basis, extended by those rows (basic), is a feasible start of the
/// full model at exactly the fixed solve's point.
public struct ShiftedModel: Sendable {
  /// The model in the shifted columns; solve it from ``startingBasis(from:)``.
  public let model: LinearModel
  /// The columns shifted, with the values their origins moved to.
  public let shifts: [(variable: Variable, value: Double)]
  /// The added bound rows, one per shifted column, after the original rows.
  public let boundRows: [Constraint]
  /// The original model's row count.
  let originalRows: Int

  /// The basis of the fixed solve (the original model with the shifted
  /// columns fixed at their values), extended to this model: the bound rows
  /// basic, the shifted columns free and non-basic (at 0, i.e. at the value).
  /// `released` are other columns the fixed solve had fixed at a bound
  /// (``LinearModel/fixNearBounds(_:tolerance:throughRows:)``): one fixed at
  /// its own bound is non-basic there again (unless basic); one fixed at a
  /// bound a row implies is basic again and that row non-basic at its bound
  /// (when the fixed solve left the row basic: the row's other columns are
  /// non-basic, so the swap keeps the basis non-singular).
  public func startingBasis(from fixed: Basis, released: [BoundFixing] = []) -> Basis {
    var columns = fixed.columns
    var rows = Array(fixed.rows.prefix(originalRows))
    for fixing in released where fixing.variable.index < columns.count && columns[fixing.variable.index] != .basic {
      if let row = fixing.constraint {
        guard row.index < rows.count, rows[row.index] == .basic else { continue }
        columns[fixing.variable.index] = .basic
        rows[row.index] = fixing.status
      } else {
        columns[fixing.variable.index] = fixing.status
      }
    }
    for (variable, _) in shifts where variable.index < columns.count { columns[variable.index] = .free }
    rows += [Basis.Status](repeating: .basic, count: boundRows.count)
    return Basis(rows: rows, columns: columns)
  }

  /// A basis of the original model from one of this model (e.g. its optimal
  /// basis), valid when the original has the same columns and rows: the
  /// bound rows are dropped; a shifted column whose bound row is non-basic
  /// is at that bound, so it becomes non-basic there (and the basic count
  /// stays right: removing a row and the one basic column in it keeps the
  /// basis matrix non-singular).
  public func originalBasis(from shifted: Basis) -> Basis {
    var columns = shifted.columns
    for (k, (variable, _)) in shifts.enumerated() {
      let rowIndex = boundRows[k].index
      guard rowIndex < shifted.rows.count, variable.index < columns.count else { continue }
      switch shifted.rows[rowIndex] {
      case .basic:
        // Strictly inside its bounds: keeps its own status (basic, as a
        // rule; a free non-basic column is left to the simplex to move).
        if columns[variable.index] == .free { columns[variable.index] = .atLower }
      case .atLower: columns[variable.index] = .atLower
      case .atUpper: columns[variable.index] = .atUpper
      case .fixed: columns[variable.index] = .fixed
      case .free: columns[variable.index] = .atLower
      }
    }
    return Basis(rows: Array(shifted.rows.prefix(originalRows)), columns: columns)
  }

  /// `shifted`, a solution of this model, as a solution of `original`
  /// (the model this one was made from): values moved back, activities of
  /// the original rows, the bound rows dropped with their duals added to
  /// the shifted columns' reduced costs (a shifted column's term in its
  /// bound row is its only difference), and the basis mapped
  /// (``originalBasis(from:)``). The same as solving `original` from that
  /// basis (0 iterations), without loading, scaling and factorizing it again
  /// (about 1 s on a full-year sizing LP).
  public func originalSolution(_ shifted: Solution, of original: LinearModel) -> Solution {
    var solution = shifted
    solution.values = Array(originalValues(shifted.values).prefix(original.variableCount))
    if solution.values.count == original.variableCount {
      solution.activities = original.activities(at: solution.values)
    }
    if let duals = shifted.duals {
      solution.duals = Array(duals.prefix(originalRows))
      if var reduced = shifted.reducedCosts {
        for (k, (variable, _)) in shifts.enumerated()
        where variable.index < reduced.count && boundRows[k].index < duals.count {
          reduced[variable.index] += duals[boundRows[k].index]
        }
        solution.reducedCosts = reduced
      }
    }
    solution.basis = shifted.basis.map(originalBasis(from:))
    return solution
  }

  /// `values` of this model's columns as values of the original's.
  public func originalValues(_ values: [Double]) -> [Double] {
    var result = values
    for (variable, value) in shifts where variable.index < result.count { result[variable.index] += value }
    return result
  }
}

extension LinearModel {
  /// This model with the origin of each column in `shifts` moved to its
  /// value (``ShiftedModel``): the column becomes free, each row it is in
  /// has its bounds moved by −coefficient × value, the objective constant
  /// grows by the objective coefficient × value, and a row `lower − value
  /// ≤ s ≤ upper − value` keeps the column's bounds. The optimum, and every
  /// point mapped back (``ShiftedModel/originalValues(_:)``), are the
  /// original model's.
  public func shiftingOrigin(_ shifts: [(variable: Variable, value: Double)]) -> ShiftedModel {
    var model = self
    var shiftOf = [Double](repeating: 0, count: variableCount)
    for (variable, value) in shifts where variable.index < variableCount { shiftOf[variable.index] += value }
    for i in 0..<constraintCount {
      var moved = 0.0
      for k in rowStart[i]..<rowStart[i + 1] {
        let c = Int(termColumn[k])
        if c >= 0 && c < variableCount && shiftOf[c] != 0 { moved += termValue[k] * shiftOf[c] }
      }
      if moved != 0 {
        if model.rowLower[i].isFinite { model.rowLower[i] -= moved }
        if model.rowUpper[i].isFinite { model.rowUpper[i] -= moved }
      }
    }
    var rows: [Constraint] = []
    for (variable, value) in shifts {
      let j = variable.index
      model.objectiveConstant += objectiveCoefficients[j] * value
      let lower = columnLower[j] - value, upper = columnUpper[j] - value
      model.columnLower[j] = -.infinity
      model.columnUpper[j] = .infinity
      rows.append(model.addConstraint(
        variables: [variable], coefficients: [1], lower: lower, upper: upper,
        name: columnName[j].map { "origin_of_\($0)" }))
    }
    return ShiftedModel(model: model, shifts: shifts, boundRows: rows, originalRows: constraintCount)
  }
}
