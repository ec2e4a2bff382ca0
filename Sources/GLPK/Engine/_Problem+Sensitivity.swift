import CGLPK
import CGLPKShims

extension _Problem {
  /// Sensitivity ranges of the optimal basis: `glp_analyze_coef` for basic
  /// columns, `glp_analyze_bound` for non-basic rows and columns.
  func sensitivityReport() throws(GLPKError) -> SensitivityReport {
    if glp_bf_exists(pointer) == 0 { _ = try check(pko_factorize(pointer)) }
    let m = rowCount, n = columnCount
    let maximize = glp_get_obj_dir(pointer) == GLP_MAX
    var variables: [SensitivityReport.VariableRange] = []
    variables.reserveCapacity(n)
    for j in 1...max(n, 1) where n > 0 {
      let k = Int32(m + j)
      let stat = glp_get_col_stat(pointer, Int32(j))
      let c = glp_get_obj_coef(pointer, Int32(j))
      if stat == GLP_BS {
        var c1 = 0.0, c2 = 0.0, v1 = 0.0, v2 = 0.0
        var i1: Int32 = 0, i2: Int32 = 0
        _ = try check(pko_analyze_coef(pointer, k, &c1, &i1, &v1, &c2, &i2, &v2))
        variables.append(.init(objectiveCoefficient: Self.range(c1, c2), activeBound: nil))
      } else {
        var b1 = 0.0, b2 = 0.0
        var i1: Int32 = 0, i2: Int32 = 0
        _ = try check(pko_analyze_bound(pointer, k, &b1, &i1, &b2, &i2))
        let d = glp_get_col_dual(pointer, Int32(j))
        // A non-basic column stays out of the basis while its reduced cost
        // keeps its sign: the coefficient may move by d in one direction.
        let objectiveRange: ClosedRange<Double>
        switch stat {
        case GLP_NS: objectiveRange = -Double.infinity...Double.infinity
        case GLP_NF: objectiveRange = c...c
        default:
          let atLower = stat == GLP_NL
          let increasingIsSafe = atLower != maximize
          objectiveRange = increasingIsSafe ? (c - d)...Double.infinity : -Double.infinity...(c - d)
        }
        variables.append(.init(objectiveCoefficient: objectiveRange, activeBound: Self.range(b1, b2)))
      }
    }
    var constraints: [SensitivityReport.ConstraintRange] = []
    constraints.reserveCapacity(m)
    for i in 1...max(m, 1) where m > 0 {
      if glp_get_row_stat(pointer, Int32(i)) == GLP_BS {
        constraints.append(.init(rightHandSide: nil))
      } else {
        var b1 = 0.0, b2 = 0.0
        var i1: Int32 = 0, i2: Int32 = 0
        _ = try check(pko_analyze_bound(pointer, Int32(i), &b1, &i1, &b2, &i2))
        constraints.append(.init(rightHandSide: Self.range(b1, b2)))
      }
    }
    return SensitivityReport(variables: variables, constraints: constraints)
  }

  /// GLPK's ±DBL_MAX as ±infinity, ordered.
  private static func range(_ a: Double, _ b: Double) -> ClosedRange<Double> {
    func clean(_ x: Double) -> Double {
      if x >= Double.greatestFiniteMagnitude { return .infinity }
      if x <= -Double.greatestFiniteMagnitude { return -.infinity }
      return x
    }
    let lo = clean(a), hi = clean(b)
    return lo <= hi ? lo...hi : hi...lo
  }
}
