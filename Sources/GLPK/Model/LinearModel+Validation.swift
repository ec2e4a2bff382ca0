// Checks that keep bad input away from GLPK, which would otherwise abort the
// process (names, indices) or silently return nonsense (NaN coefficients).

extension LinearModel {
  /// GLPK's limit on a name, in UTF-8 bytes.
  public static let maximumNameBytes = 255

  /// The largest magnitude a constraint coefficient may have. Beyond about
  /// 1e300 GLPK's scale factors underflow to zero and it aborts ("invalid
  /// scale factor" for 1e304 beside 1, or for 1e300 twice in a row). Tiny
  /// coefficients are left to GLPK: most solve (1e-320 beside 1 does).
  public static let maximumCoefficient = 1e100

  /// Every problem that would stop this model from being solved, at most
  /// `limit` of them. An empty array means the model can be solved.
  public func validate(limit: Int = 1000) -> [ModelIssue] {
    var issues: [ModelIssue] = []
    func report(_ issue: ModelIssue) -> Bool {
      issues.append(issue)
      return issues.count < limit
    }
    if let name, let problem = Self.nameProblem(name), !report(ModelIssue(.model, "model name \(problem)")) {
      return issues
    }
    if let objectiveName, let problem = Self.nameProblem(objectiveName),
      !report(ModelIssue(.objective, "name \(problem)"))
    {
      return issues
    }
    for j in invalidReferences where !report(ModelIssue(.objective, "uses variable #\(j + 1), which is not in this model")) {
      return issues
    }
    if !objectiveConstant.isFinite && !report(ModelIssue(.objective, "constant term is \(objectiveConstant)")) {
      return issues
    }
    for j in 0..<variableCount {
      if let problem = columnProblem(j), !report(ModelIssue(.variable(j, name: columnName[j]), problem)) {
        return issues
      }
      if !objectiveCoefficients[j].isFinite,
        !report(ModelIssue(.objective, "coefficient of \(Self.label(columnName[j], j)) is \(objectiveCoefficients[j])"))
      {
        return issues
      }
    }
    let n = Int32(truncatingIfNeeded: variableCount)
    for i in 0..<constraintCount {
      // Built only when something is reported: this loop runs per row.
      var location: ModelIssue.Location { .constraint(i, name: rowName[i]) }
      if let problem = Self.boundsProblem(rowLower[i], rowUpper[i]), !report(ModelIssue(location, problem)) {
        return issues
      }
      if let name = rowName[i], let problem = Self.nameProblem(name), !report(ModelIssue(location, "name \(problem)")) {
        return issues
      }
      for k in rowStart[i]..<rowStart[i + 1] {
        let j = termColumn[k]
        if j < 0 || j >= n {
          if !report(ModelIssue(location, "uses variable #\(Int(j) + 1), which is not in this model")) { return issues }
        } else if !termValue[k].isFinite {
          let message = "coefficient of \(Self.label(columnName[Int(j)], Int(j))) is \(termValue[k])"
          if !report(ModelIssue(location, message)) { return issues }
        } else if abs(termValue[k]) > Self.maximumCoefficient {
          let message = "coefficient of \(Self.label(columnName[Int(j)], Int(j))) is \(termValue[k]); "
            + "GLPK needs |coefficient| ≤ 1e100"
          if !report(ModelIssue(location, message)) { return issues }
        }
      }
    }
    if variableCount > Int(Int32.max) || constraintCount > Int(Int32.max) || termCount > Int(Int32.max) {
      issues.append(ModelIssue(.model, "too large for GLPK (at most \(Int32.max) rows, columns and terms)"))
    }
    return issues
  }

  private func columnProblem(_ j: Int) -> String? {
    if let name = columnName[j], let problem = Self.nameProblem(name) { return "name \(problem)" }
    let lower = columnLower[j], upper = columnUpper[j]
    if let problem = Self.boundsProblem(lower, upper) { return problem }
    if columnKind[j].isInteger {
      let (l, u) = Self.integerBounds(lower, upper)
      if l > u { return "integer variable has no integer value in [\(lower), \(upper)]" }
    }
    return nil
  }

  static func label(_ name: String?, _ index: Int) -> String {
    name.map { "'\($0)'" } ?? "variable #\(index + 1)"
  }

  static func boundsProblem(_ lower: Double, _ upper: Double) -> String? {
    if lower.isNaN || upper.isNaN { return "bound is NaN" }
    if lower == .infinity { return "lower bound is +infinity" }
    if upper == -.infinity { return "upper bound is -infinity" }
    if lower > upper { return "lower bound \(lower) exceeds upper bound \(upper)" }
    return nil
  }

  /// Why GLPK would reject this name, or nil when it is fine.
  static func nameProblem(_ name: String) -> String? {
    let bytes = name.utf8.count
    if bytes == 0 { return "is empty" }
    if bytes > maximumNameBytes { return "is \(bytes) bytes long; GLPK allows at most \(maximumNameBytes)" }
    if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      return "contains a control character"
    }
    return nil
  }

  /// Integer bounds rounded inward, tolerating floating-point noise.
  static func integerBounds(_ lower: Double, _ upper: Double) -> (Double, Double) {
    func snap(_ x: Double) -> Double? {
      let r = x.rounded()
      return abs(x - r) <= 1e-9 * max(1, abs(x)) ? r : nil
    }
    let l = lower.isFinite ? (snap(lower) ?? lower.rounded(.up)) : lower
    let u = upper.isFinite ? (snap(upper) ?? upper.rounded(.down)) : upper
    return (l, u)
  }
}
