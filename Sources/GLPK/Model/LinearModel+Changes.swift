// Changes between solves: bounds, coefficients, right-hand sides, objective.
// Pass the previous solution's basis as `SolveOptions.warmStart` to continue
// from it.

extension LinearModel {
  /// Sets a variable's bounds (a binary variable's are clipped to [0, 1]).
  public mutating func setBounds(_ variable: Variable, lower: Double, upper: Double) {
    let binary = columnKind[variable.index] == .binary
    columnLower[variable.index] = binary ? max(lower, 0) : lower
    columnUpper[variable.index] = binary ? min(upper, 1) : upper
  }

  /// Fixes a variable at `value`.
  public mutating func fix(_ variable: Variable, at value: Double) {
    columnLower[variable.index] = value
    columnUpper[variable.index] = value
  }

  /// Changes a variable's kind; bounds are kept (clipped to [0, 1] for binary).
  public mutating func setKind(_ variable: Variable, _ kind: VariableKind) {
    columnKind[variable.index] = kind
    if kind == .binary { setBounds(variable, lower: columnLower[variable.index], upper: columnUpper[variable.index]) }
  }

  /// Sets a variable's branching priority (default 0): branch-and-cut
  /// branches on a fractional variable of the highest priority present, so
  /// giving aggregate decisions (which park) a higher priority than detailed
  /// ones (which parcel) avoids searching equivalent assignments. Setting any
  /// priority turns GLPK's MIP presolver off (it would renumber columns).
  public mutating func setBranchingPriority(_ variable: Variable, _ priority: Int32) {
    branchingPriorities[variable.index] = priority == 0 ? nil : priority
  }

  /// A variable's branching priority (0 unless set).
  public func branchingPriority(of variable: Variable) -> Int32 {
    branchingPriorities[variable.index] ?? 0
  }

  /// Makes every integer and binary variable continuous (the LP relaxation).
  public mutating func relaxIntegrality() {
    for j in columnKind.indices { columnKind[j] = .continuous }
  }

  /// Sets a variable's objective coefficient.
  public mutating func setObjectiveCoefficient(_ variable: Variable, _ value: Double) {
    objectiveCoefficients[variable.index] = value
  }

  /// Sets a constraint's bounds (its right-hand side).
  public mutating func setBounds(_ constraint: Constraint, lower: Double, upper: Double) {
    rowLower[constraint.index] = lower
    rowUpper[constraint.index] = upper
  }

  /// Sets the coefficient of `variable` in `constraint`, adding the term when
  /// absent. Every stored duplicate of the term is replaced by one term.
  public mutating func setCoefficient(_ constraint: Constraint, _ variable: Variable, _ value: Double) {
    let i = constraint.index
    let column = Int32(truncatingIfNeeded: variable.index)
    var found = false
    var k = rowStart[i]
    var end = rowStart[i + 1]
    while k < end {
      if termColumn[k] == column {
        if found {
          termColumn.remove(at: k)
          termValue.remove(at: k)
          for r in (i + 1)..<rowStart.count { rowStart[r] -= 1 }
          end -= 1
          continue
        }
        termValue[k] = value
        found = true
      }
      k += 1
    }
    if !found {
      termColumn.insert(column, at: end)
      termValue.insert(value, at: end)
      for r in (i + 1)..<rowStart.count { rowStart[r] += 1 }
    }
  }

  /// The merged coefficient of `variable` in `constraint` (0 when absent).
  public func coefficient(_ constraint: Constraint, _ variable: Variable) -> Double {
    let column = Int32(truncatingIfNeeded: variable.index)
    var sum = 0.0
    for k in rowStart[constraint.index]..<rowStart[constraint.index + 1] where termColumn[k] == column {
      sum += termValue[k]
    }
    return sum
  }

  /// Renames a variable.
  public mutating func setName(_ variable: Variable, _ name: String?) { columnName[variable.index] = name }
  /// Renames a constraint.
  public mutating func setName(_ constraint: Constraint, _ name: String?) { rowName[constraint.index] = name }
}
