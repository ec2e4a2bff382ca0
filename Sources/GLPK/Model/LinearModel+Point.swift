/// Evaluating a given point (e.g. a heuristic's plan or a MIP start)
/// without GLPK.
extension LinearModel {
  /// The activity `Σ a·x` of every constraint at `values` (one per variable).
  public func activities(at values: [Double]) -> [Double] {
    precondition(values.count == variableCount, "one value per variable")
    var result = [Double](repeating: 0, count: constraintCount)
    for i in 0..<constraintCount {
      var sum = 0.0
      for k in rowStart[i]..<rowStart[i + 1] { sum += termValue[k] * values[Int(termColumn[k])] }
      result[i] = sum
    }
    return result
  }

  /// The objective (constant included) at `values`.
  public func objectiveValue(at values: [Double]) -> Double {
    precondition(values.count == variableCount, "one value per variable")
    var sum = objectiveConstant
    for (j, c) in objectiveCoefficients.enumerated() where c != 0 { sum += c * values[j] }
    return sum
  }

  /// How far `values` is from feasible: the largest amount by which it
  /// breaks a bound of a column or a constraint, relative to the bound when
  /// that exceeds 1 (0 for a feasible point, infinity for a value that is
  /// not finite). Integrality is not looked at.
  public func largestViolation(of values: [Double]) -> Double {
    precondition(values.count == variableCount, "one value per variable")
    func violation(_ v: Double, _ lower: Double, _ upper: Double) -> Double {
      max(0, Self.relative(v, below: lower), Self.relative(v, above: upper))
    }
    var largest = 0.0
    for j in 0..<variableCount {
      guard values[j].isFinite else { return .infinity }
      largest = max(largest, violation(values[j], columnLower[j], columnUpper[j]))
    }
    for (i, activity) in activities(at: values).enumerated() {
      largest = max(largest, violation(activity, rowLower[i], rowUpper[i]))
    }
    return largest
  }

  /// How far `value` lies below `lower`, relative to the bound when that
  /// exceeds 1 (negative when it does not lie below).
  private static func relative(_ value: Double, below lower: Double) -> Double {
    (lower - value) / max(1, abs(lower))
  }

  /// How far `value` lies above `upper`, relative to the bound when that
  /// exceeds 1 (negative when it does not lie above).
  private static func relative(_ value: Double, above upper: Double) -> Double {
    (value - upper) / max(1, abs(upper))
  }

  /// Why `values` is not a feasible point (the first bound, integrality
  /// requirement or constraint it breaks by more than `tolerance`, relative
  /// to the bound when that exceeds 1), or nil when it is one.
  public func infeasibility(of values: [Double], tolerance: Double = 1e-6) -> String? {
    guard values.count == variableCount else {
      return "\(values.count) values for \(variableCount) variables"
    }
    func exceeds(_ value: Double, below lower: Double) -> Bool { Self.relative(value, below: lower) > tolerance }
    func exceeds(_ value: Double, above upper: Double) -> Bool { Self.relative(value, above: upper) > tolerance }
    for j in 0..<variableCount {
      let v = values[j], name = Self.label(columnName[j], j)
      guard v.isFinite else { return "\(name) = \(v)" }
      if exceeds(v, below: columnLower[j]) { return "\(name) = \(v) is below its lower bound \(columnLower[j])" }
      if exceeds(v, above: columnUpper[j]) { return "\(name) = \(v) is above its upper bound \(columnUpper[j])" }
      if columnKind[j] != .continuous && abs(v - v.rounded()) > tolerance {
        return "\(name) = \(v) is not integral"
      }
    }
    for (i, activity) in activities(at: values).enumerated() {
      let name = rowName[i] ?? "constraint #\(i + 1)"
      if exceeds(activity, below: rowLower[i]) { return "\(name): activity \(activity) is below \(rowLower[i])" }
      if exceeds(activity, above: rowUpper[i]) { return "\(name): activity \(activity) is above \(rowUpper[i])" }
    }
    return nil
  }
}

extension Solution {
  /// A solution holding `values`, a point of `model` found without solving
  /// (a heuristic's plan, a MIP start), with the given termination; nil when
  /// the point is not feasible (``LinearModel/infeasibility(of:tolerance:)``).
  /// Integer variables are rounded to their integral values.
  public init?(feasiblePoint values: [Double], of model: LinearModel, termination: TerminationReason) {
    guard model.infeasibility(of: values) == nil else { return nil }
    let point = values.enumerated().map { j, v in model.columnKind[j] == .continuous ? v : v.rounded() }
    self.init(
      termination: termination, primalStatus: .feasiblePoint, dualStatus: .noSolution,
      objectiveValue: model.objectiveValue(at: point), bestBound: nil, relativeGap: nil, values: point,
      activities: model.activities(at: point), duals: nil, reducedCosts: nil, basis: nil, sensitivity: nil,
      algorithm: model.isMixedInteger ? .branchAndCut : .simplex, iterations: 0, nodes: 0, solveSeconds: 0,
      rawReturnCode: 0, rawStatus: 0, log: "")
  }
}
