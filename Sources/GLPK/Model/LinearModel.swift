/// A linear or mixed-integer program as a plain Swift value.
///
/// A model holds no GLPK state: it is `Sendable`, can be copied, changed and
/// solved on any thread. Each solve creates a GLPK problem, solves it and
/// frees it on the calling thread (see ``Solver``).
///
/// ```swift
/// var model = LinearModel(name: "plan")
/// let x = model.addVariable("x", lowerBound: 0)
/// let y = model.addVariable("y", lowerBound: 0, kind: .integer)
/// model.addConstraint(3 * x + 2 * y <= 10, name: "capacity")
/// model.setObjective(x + y, sense: .maximize)
/// let solution = try Solver().solve(model)
/// ```
///
/// Rows are stored compressed (one array of terms for all constraints), so
/// building a model with millions of nonzeros costs little more than GLPK's
/// own `glp_load_matrix`.
public struct LinearModel: Sendable {
  /// The model's name, written to files; may be nil.
  public var name: String?

  // Columns.
  var columnLower: [Double] = []
  var columnUpper: [Double] = []
  var columnKind: [VariableKind] = []
  var columnName: [String?] = []

  // Objective: dense coefficients, one per column.
  var objectiveCoefficients: [Double] = []
  /// The objective's constant term.
  public var objectiveConstant: Double = 0
  /// Whether the objective is minimised or maximised.
  public var sense: ObjectiveSense = .minimize
  /// The objective's name (the objective row's name in files); may be nil.
  public var objectiveName: String?

  // Rows, compressed: the terms of row i are rowStart[i]..<rowStart[i+1].
  var rowStart: [Int] = [0]
  var termColumn: [Int32] = []
  var termValue: [Double] = []
  var rowLower: [Double] = []
  var rowUpper: [Double] = []
  var rowName: [String?] = []

  // Branching priorities of integer variables by column index (absent = 0).
  var branchingPriorities: [Int: Int32] = [:]

  /// An empty model.
  public init(name: String? = nil) { self.name = name }

  /// The number of variables (columns).
  public var variableCount: Int { columnLower.count }
  /// The number of constraints (rows).
  public var constraintCount: Int { rowLower.count }
  /// The number of stored constraint terms (before duplicates are merged).
  public var termCount: Int { termColumn.count }
  /// True when some variable is integer or binary.
  public var isMixedInteger: Bool { columnKind.contains { $0 != .continuous } }

  /// All variables, in order.
  public var variables: [Variable] { (0..<variableCount).map(Variable.init(index:)) }
  /// All constraints, in order.
  public var constraints: [Constraint] { (0..<constraintCount).map(Constraint.init(index:)) }

  // MARK: - Variables

  /// Adds a variable and returns it. Bounds may be infinite; a binary
  /// variable's bounds are clipped to [0, 1].
  @discardableResult
  public mutating func addVariable(
    _ name: String? = nil, lowerBound: Double = 0, upperBound: Double = .infinity,
    kind: VariableKind = .continuous
  ) -> Variable {
    let v = Variable(index: columnLower.count)
    columnLower.append(kind == .binary ? max(lowerBound, 0) : lowerBound)
    columnUpper.append(kind == .binary ? min(upperBound, 1) : upperBound)
    columnKind.append(kind)
    columnName.append(name)
    objectiveCoefficients.append(0)
    return v
  }

  /// Adds `count` variables with the same bounds and kind; `name(k)` names
  /// the k-th one (0-based) when given.
  public mutating func addVariables(
    count: Int, lowerBound: Double = 0, upperBound: Double = .infinity,
    kind: VariableKind = .continuous, name: ((Int) -> String)? = nil
  ) -> [Variable] {
    let first = columnLower.count
    let lower = kind == .binary ? max(lowerBound, 0) : lowerBound
    let upper = kind == .binary ? min(upperBound, 1) : upperBound
    columnLower.append(contentsOf: repeatElement(lower, count: count))
    columnUpper.append(contentsOf: repeatElement(upper, count: count))
    columnKind.append(contentsOf: repeatElement(kind, count: count))
    if let name {
      columnName.append(contentsOf: (0..<count).map { name($0) })
    } else {
      columnName.append(contentsOf: repeatElement(nil, count: count))
    }
    objectiveCoefficients.append(contentsOf: repeatElement(0, count: count))
    return (first..<(first + count)).map(Variable.init(index:))
  }

  /// The variable's name, if it has one.
  public func name(of variable: Variable) -> String? { columnName[variable.index] }
  /// The variable's lower bound.
  public func lowerBound(of variable: Variable) -> Double { columnLower[variable.index] }
  /// The variable's upper bound.
  public func upperBound(of variable: Variable) -> Double { columnUpper[variable.index] }
  /// The variable's kind.
  public func kind(of variable: Variable) -> VariableKind { columnKind[variable.index] }
  /// The variable's objective coefficient.
  public func objectiveCoefficient(of variable: Variable) -> Double {
    objectiveCoefficients[variable.index]
  }

  /// The first variable with this name (a linear search).
  public func variable(named name: String) -> Variable? {
    columnName.firstIndex(of: name).map(Variable.init(index:))
  }

  // MARK: - Constraints

  /// Adds `constraint` and returns it. The expression's constant moves to
  /// the bounds; duplicate terms are merged when the model is solved.
  @discardableResult
  public mutating func addConstraint(_ constraint: LinearConstraint, name: String? = nil) -> Constraint {
    let e = constraint.expression
    return addConstraint(
      columns: e.variables, coefficients: e.coefficients,
      lower: constraint.lower - e.constant, upper: constraint.upper - e.constant, name: name)
  }

  /// Adds `lower ≤ Σ coefficients[k] × variables[k] ≤ upper`: the bulk path,
  /// without building an expression.
  @discardableResult
  public mutating func addConstraint(
    variables: [Variable], coefficients: [Double], lower: Double, upper: Double, name: String? = nil
  ) -> Constraint {
    precondition(variables.count == coefficients.count, "variables and coefficients differ in length")
    termColumn.append(contentsOf: variables.lazy.map { Int32(truncatingIfNeeded: $0.index) })
    termValue.append(contentsOf: coefficients)
    return closeRow(lower: lower, upper: upper, name: name)
  }

  /// Adds a row from raw column indices (0-based); the fastest bulk path.
  @discardableResult
  public mutating func addConstraint(
    columns: [Int32], coefficients: [Double], lower: Double, upper: Double, name: String? = nil
  ) -> Constraint {
    precondition(columns.count == coefficients.count, "columns and coefficients differ in length")
    termColumn.append(contentsOf: columns)
    termValue.append(contentsOf: coefficients)
    return closeRow(lower: lower, upper: upper, name: name)
  }

  private mutating func closeRow(lower: Double, upper: Double, name: String?) -> Constraint {
    rowStart.append(termColumn.count)
    rowLower.append(lower)
    rowUpper.append(upper)
    rowName.append(name)
    return Constraint(index: rowLower.count - 1)
  }

  /// Reserves storage for more variables, constraints and terms.
  public mutating func reserveCapacity(variables: Int = 0, constraints: Int = 0, terms: Int = 0) {
    let n = columnLower.count + variables
    columnLower.reserveCapacity(n); columnUpper.reserveCapacity(n)
    columnKind.reserveCapacity(n); columnName.reserveCapacity(n)
    objectiveCoefficients.reserveCapacity(n)
    let m = rowLower.count + constraints
    rowLower.reserveCapacity(m); rowUpper.reserveCapacity(m); rowName.reserveCapacity(m)
    rowStart.reserveCapacity(m + 1)
    termColumn.reserveCapacity(termColumn.count + terms)
    termValue.reserveCapacity(termValue.count + terms)
  }

  /// The constraint's name, if it has one.
  public func name(of constraint: Constraint) -> String? { rowName[constraint.index] }
  /// The constraint's lower bound (`-infinity` when none).
  public func lowerBound(of constraint: Constraint) -> Double { rowLower[constraint.index] }
  /// The constraint's upper bound (`+infinity` when none).
  public func upperBound(of constraint: Constraint) -> Double { rowUpper[constraint.index] }

  /// The constraint's terms as an expression (constant 0), duplicates merged.
  public func expression(of constraint: Constraint) -> LinearExpression {
    let range = rowStart[constraint.index]..<rowStart[constraint.index + 1]
    return LinearExpression(
      variables: range.map { Variable(index: Int(termColumn[$0])) },
      coefficients: Array(termValue[range])
    ).canonicalized()
  }

  /// The first constraint with this name (a linear search).
  public func constraint(named name: String) -> Constraint? {
    rowName.firstIndex(of: name).map(Constraint.init(index:))
  }

  // MARK: - Objective

  /// Replaces the objective with `expression` (its constant included).
  public mutating func setObjective(_ expression: LinearExpression, sense: ObjectiveSense) {
    for k in objectiveCoefficients.indices { objectiveCoefficients[k] = 0 }
    for k in expression.variables.indices {
      let j = Int(expression.variables[k])
      if j >= 0 && j < objectiveCoefficients.count {
        objectiveCoefficients[j] += expression.coefficients[k]
      } else {
        invalidReferences.append(j)
      }
    }
    objectiveConstant = expression.constant
    self.sense = sense
  }

  /// The objective as an expression.
  public var objective: LinearExpression {
    var e = LinearExpression(constant: objectiveConstant)
    for (j, c) in objectiveCoefficients.enumerated() where c != 0 { e.add(Variable(index: j), times: c) }
    return e
  }

  // Variable indices used in the objective that do not exist in this model,
  // reported by `validate()`.
  var invalidReferences: [Int] = []
}
