import CGLPK

extension _Problem {
  /// Reads the loaded problem back as a ``LinearModel`` (names, bounds,
  /// kinds, matrix, objective). Rows are kept in GLPK's order.
  func extractModel() -> LinearModel {
    var model = LinearModel(name: glp_get_prob_name(pointer).map { String(cString: $0) })
    model.objectiveName = glp_get_obj_name(pointer).map { String(cString: $0) }
    let m = rowCount, n = columnCount
    model.reserveCapacity(variables: n, constraints: m, terms: Int(glp_get_num_nz(pointer)))
    for j in 1...max(n, 1) where n > 0 {
      let name = glp_get_col_name(pointer, Int32(j)).map { String(cString: $0) }
      let kind: VariableKind = glp_get_col_kind(pointer, Int32(j)) == GLP_CV ? .continuous : .integer
      let (lower, upper) = Self.bounds(
        type: glp_get_col_type(pointer, Int32(j)), glp_get_col_lb(pointer, Int32(j)), glp_get_col_ub(pointer, Int32(j)))
      let v = model.addVariable(name, lowerBound: lower, upperBound: upper, kind: kind)
      model.objectiveCoefficients[v.index] = glp_get_obj_coef(pointer, Int32(j))
    }
    model.objectiveConstant = glp_get_obj_coef(pointer, 0)
    model.sense = glp_get_obj_dir(pointer) == GLP_MAX ? .maximize : .minimize
    var indices = [Int32](repeating: 0, count: n + 1)
    var values = [Double](repeating: 0, count: n + 1)
    for i in 1...max(m, 1) where m > 0 {
      let count = Int(glp_get_mat_row(pointer, Int32(i), &indices, &values))
      let name = glp_get_row_name(pointer, Int32(i)).map { String(cString: $0) }
      let (lower, upper) = Self.bounds(
        type: glp_get_row_type(pointer, Int32(i)), glp_get_row_lb(pointer, Int32(i)), glp_get_row_ub(pointer, Int32(i)))
      model.addConstraint(
        columns: indices[1..<(count + 1)].map { $0 - 1 }, coefficients: Array(values[1..<(count + 1)]),
        lower: lower, upper: upper, name: name)
    }
    return model
  }

  static func bounds(type: Int32, _ lower: Double, _ upper: Double) -> (Double, Double) {
    switch type {
    case GLP_FR: return (-.infinity, .infinity)
    case GLP_LO: return (lower, .infinity)
    case GLP_UP: return (-.infinity, upper)
    case GLP_FX: return (lower, lower)
    default: return (lower, upper)
    }
  }
}
