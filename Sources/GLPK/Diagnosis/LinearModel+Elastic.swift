// The elastic model behind infeasibility diagnosis: every selected
// constraint `lower ≤ expr ≤ upper` gets slacks s⁻, s⁺ ≥ 0 and becomes
// `lower ≤ expr + s⁻ − s⁺ ≤ upper`, i.e. `lower − s⁻ ≤ expr ≤ upper + s⁺`
// at any point worth reporting (both slacks positive only wastes violation).

/// A constraint or a continuous variable's bounds that an elastic model may violate.
struct ElasticElement: Sendable {
  /// The constraint or variable.
  var location: InfeasibilityDiagnosis.Relaxation.Location
  /// Its current lower bound (`-infinity` when none).
  var lower: Double
  /// Its current upper bound (`+infinity` when none).
  var upper: Double
  /// The price of one unit of violation.
  var weight: Double

  /// Slacks at or below this are noise: 1e-7 relative to the bounds' size.
  var tolerance: Double {
    var scale = 1.0
    if lower.isFinite { scale = max(scale, abs(lower)) }
    if upper.isFinite { scale = max(scale, abs(upper)) }
    return 1e-7 * scale
  }
}

/// An elastic copy of a model and where its slack columns are.
struct ElasticModel: Sendable {
  /// The slack columns of one elastic element (nil for an infinite bound).
  struct Slacks: Sendable {
    var lower: Int?
    var upper: Int?
  }

  /// The model to solve: original columns first, then the slacks; original
  /// rows first, then one row per elastic variable.
  var model: LinearModel
  /// The slack columns of each elastic element, by its index in the list
  /// the model was built from.
  var slacks: [Int: Slacks]

  /// How far element `k`'s lower bound must fall (positive) or its upper
  /// bound rise (negative) at the point `values`.
  func netViolation(of k: Int, in values: [Double]) -> Double {
    guard let s = slacks[k], !values.isEmpty else { return 0 }
    let down = s.lower.map { values[$0] } ?? 0
    let up = s.upper.map { values[$0] } ?? 0
    return down - up
  }
}

extension LinearModel {
  /// A copy of this model in which the elements at `selected` (indices into
  /// `elements`) may be violated through slack columns; every other
  /// constraint and bound stays hard. Integer variables stay integer.
  ///
  /// With `minimizingViolation` the objective is `min Σ weight × slack`;
  /// otherwise it is zero (a pure feasibility problem).
  func elastic(_ elements: [ElasticElement], selected: [Int], minimizingViolation: Bool) -> ElasticModel {
    var m = self
    m.invalidReferences = []
    m.objectiveConstant = 0
    m.sense = .minimize
    for j in m.objectiveCoefficients.indices { m.objectiveCoefficients[j] = 0 }

    // Slack columns, and which row each element's slacks go into.
    var slacks: [Int: ElasticModel.Slacks] = [:]
    var rowOf: [Int: Int] = [:]
    var variableRows: [(column: Int, element: Int)] = []
    for k in selected {
      let e = elements[k]
      var s = ElasticModel.Slacks()
      let price = minimizingViolation ? e.weight : 0
      if e.lower.isFinite {
        let column = m.addVariable().index
        m.objectiveCoefficients[column] = price
        s.lower = column
      }
      if e.upper.isFinite {
        let column = m.addVariable().index
        m.objectiveCoefficients[column] = price
        s.upper = column
      }
      slacks[k] = s
      switch e.location {
      case .constraint(let c): rowOf[c.index] = k
      case .variable(let v): variableRows.append((v.index, k))
      }
    }

    // Rebuild the compressed rows with the slack terms appended.
    let extra = 2 * selected.count
    var start: [Int] = [0]
    var columns: [Int32] = []
    var values: [Double] = []
    start.reserveCapacity(constraintCount + variableRows.count + 1)
    columns.reserveCapacity(termCount + extra + variableRows.count)
    values.reserveCapacity(termCount + extra + variableRows.count)
    func appendSlacks(_ s: ElasticModel.Slacks?) {
      guard let s else { return }
      if let j = s.lower { columns.append(Int32(truncatingIfNeeded: j)); values.append(1) }
      if let j = s.upper { columns.append(Int32(truncatingIfNeeded: j)); values.append(-1) }
    }
    for i in 0..<constraintCount {
      columns.append(contentsOf: termColumn[rowStart[i]..<rowStart[i + 1]])
      values.append(contentsOf: termValue[rowStart[i]..<rowStart[i + 1]])
      if let k = rowOf[i] { appendSlacks(slacks[k]) }
      start.append(columns.count)
    }
    m.rowStart = start
    m.termColumn = columns
    m.termValue = values

    // An elastic variable loses its bounds to a row `lower ≤ x + s⁻ − s⁺ ≤ upper`.
    for (j, k) in variableRows {
      let e = elements[k]
      m.columnLower[j] = -.infinity
      m.columnUpper[j] = .infinity
      var rowColumns: [Int32] = [Int32(truncatingIfNeeded: j)]
      var rowValues: [Double] = [1]
      if let s = slacks[k]?.lower { rowColumns.append(Int32(truncatingIfNeeded: s)); rowValues.append(1) }
      if let s = slacks[k]?.upper { rowColumns.append(Int32(truncatingIfNeeded: s)); rowValues.append(-1) }
      m.addConstraint(columns: rowColumns, coefficients: rowValues, lower: e.lower, upper: e.upper)
    }
    return ElasticModel(model: m, slacks: slacks)
  }

  /// The constraints and variable bounds `options` lets a diagnosis relax,
  /// in order: constraints by index, then variables by index. Elements with
  /// no finite bound are left out (they cannot be violated).
  ///
  /// - Throws: ``GLPKError/unsupportedOption(_:)`` for a weight that is not
  ///   positive and finite, or a constraint or variable not in this model.
  func elasticElements(_ options: InfeasibilityDiagnosis.Options) throws(GLPKError) -> [ElasticElement] {
    for c in options.hard where !(0..<constraintCount).contains(c.index) {
      throw .unsupportedOption("hard constraint #\(c.index + 1) is not in this model")
    }
    for (c, w) in options.weights {
      guard (0..<constraintCount).contains(c.index) else {
        throw .unsupportedOption("weight given for constraint #\(c.index + 1), which is not in this model")
      }
      guard w.isFinite && w > 0 else {
        throw .unsupportedOption("weight of constraint #\(c.index + 1) must be positive and finite, got \(w)")
      }
    }
    for v in options.hardVariables where !(0..<variableCount).contains(v.index) {
      throw .unsupportedOption("hard variable #\(v.index + 1) is not in this model")
    }
    for (v, w) in options.variableWeights {
      guard (0..<variableCount).contains(v.index) else {
        throw .unsupportedOption("weight given for variable #\(v.index + 1), which is not in this model")
      }
      guard w.isFinite && w > 0 else {
        throw .unsupportedOption("weight of variable #\(v.index + 1) must be positive and finite, got \(w)")
      }
    }
    var elements: [ElasticElement] = []
    for i in 0..<constraintCount where !options.hard.contains(Constraint(index: i)) {
      guard rowLower[i].isFinite || rowUpper[i].isFinite else { continue }
      let c = Constraint(index: i)
      elements.append(
        ElasticElement(location: .constraint(c), lower: rowLower[i], upper: rowUpper[i], weight: options.weights[c] ?? 1))
    }
    guard options.relaxVariableBounds else { return elements }
    for j in 0..<variableCount where columnKind[j] == .continuous {
      let v = Variable(index: j)
      guard !options.hardVariables.contains(v), columnLower[j].isFinite || columnUpper[j].isFinite else { continue }
      elements.append(
        ElasticElement(
          location: .variable(v), lower: columnLower[j], upper: columnUpper[j], weight: options.variableWeights[v] ?? 1))
    }
    return elements
  }
}
