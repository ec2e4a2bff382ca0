extension Solver {
  /// Finds a small set of constraints whose relaxation makes `model`
  /// feasible, with the amount each must move; nil when `model` is feasible.
  ///
  /// The same as ``diagnoseInfeasibility(_:options:)`` with variable bounds
  /// kept hard.
  ///
  /// ```swift
  /// if let diagnosis = try Solver().diagnoseInfeasibility(model, hard: [balance]) {
  ///   print(diagnosis)  // constraint 'quota' (≤ 1200) must rise by 150 to 1350
  /// }
  /// ```
  public func diagnoseInfeasibility(
    _ model: LinearModel, hard: Set<Constraint> = [], weights: [Constraint: Double] = [:]
  ) throws(GLPKError) -> InfeasibilityDiagnosis? {
    try diagnoseInfeasibility(model, options: InfeasibilityDiagnosis.Options(hard: hard, weights: weights))
  }

  /// Finds a small set of constraints (and, if asked, variable bounds) whose
  /// relaxation makes `model` feasible; nil when `model` is feasible.
  ///
  /// 1. Solves the elastic model in which every non-hard constraint may be
  ///    violated, minimising Σ weight × violation. If even that model is
  ///    infeasible, the hard constraints and bounds conflict among themselves
  ///    (``InfeasibilityDiagnosis/conflictAmongHardConstraints``); if its
  ///    optimum is 0 (within 1e-7 relative to each bound), `model` is feasible.
  /// 2. Takes the violated constraints as candidates and runs a deletion
  ///    filter, smallest weighted violation first (then by index): a
  ///    candidate is dropped when the model stays feasible with it hard and
  ///    only the remaining candidates elastic. Trying the small violations
  ///    first keeps the main culprits and tends to leave fewer constraints.
  /// 3. Solves once more with only the remaining set elastic, for the amounts.
  ///
  /// Integer variables stay integer. Every sub-solve uses this solver's
  /// options (the time limit applies to each one) without warm start,
  /// sensitivity or MIP duals.
  ///
  /// - Throws: ``GLPKError/invalidModel(_:)`` when `model` cannot be solved;
  ///   ``GLPKError/unsupportedOption(_:)`` for a bad weight, a constraint or
  ///   variable not in `model`, or bad solver options; ``GLPKError/fatal(message:)``.
  public func diagnoseInfeasibility(
    _ model: LinearModel, options diagnosis: InfeasibilityDiagnosis.Options
  ) throws(GLPKError) -> InfeasibilityDiagnosis? {
    try options.validate()
    let issues = model.validate()
    guard issues.isEmpty else { throw .invalidModel(issues) }
    var subOptions = options
    subOptions.warmStart = nil
    subOptions.sensitivity = false
    subOptions.mipDuals = false
    var run = _DiagnosisRun(
      model: model, elements: try model.elasticElements(diagnosis), solver: Solver(options: subOptions))
    return try run.diagnose()
  }
}

/// The sub-solves of one diagnosis and what they found.
struct _DiagnosisRun {
  /// What one sub-solve says about its elastic model.
  enum Outcome {
    case feasible(ElasticModel, Solution)
    case infeasible
    case inconclusive
  }

  let model: LinearModel
  let elements: [ElasticElement]
  let solver: Solver
  var solveCount = 0
  var interruption: TerminationReason?

  /// Solves the elastic model with the elements at `selected` elastic.
  mutating func solve(_ selected: [Int], minimizing: Bool) throws(GLPKError) -> Outcome {
    let elastic = model.elastic(elements, selected: selected, minimizingViolation: minimizing)
    let solution = try solver.solve(elastic.model)
    solveCount += 1
    if solution.hasFeasiblePoint && !solution.values.isEmpty {
      if minimizing && solution.termination != .optimal { note(solution.termination) }
      return .feasible(elastic, solution)
    }
    if solution.termination == .infeasible || solution.termination == .infeasibleOrUnbounded { return .infeasible }
    note(solution.termination)
    return .inconclusive
  }

  private mutating func note(_ reason: TerminationReason) {
    if interruption == nil { interruption = reason }
  }

  mutating func diagnose() throws(GLPKError) -> InfeasibilityDiagnosis? {
    let all = Array(elements.indices)
    let first: ElasticModel, firstSolution: Solution
    switch try solve(all, minimizing: true) {
    case .infeasible: return empty(conflict: true)
    case .inconclusive: return empty(conflict: false)
    case .feasible(let e, let s): (first, firstSolution) = (e, s)
    }
    let firstOptimal = firstSolution.termination == .optimal
    let violation = all.map { abs(first.netViolation(of: $0, in: firstSolution.values)) }
    let weighted = all.map { elements[$0].weight * violation[$0] }
    let candidates = all.filter { violation[$0] > elements[$0].tolerance }
    if candidates.isEmpty { return nil }

    // Deletion filter.
    var set = candidates.sorted { (weighted[$0], $0) < (weighted[$1], $1) }
    var minimal = true
    var latest: (ElasticModel, Solution)?
    var position = 0
    while position < set.count {
      // With one candidate left, the test would solve `model` itself, which
      // the positive optimum of step 1 already proved infeasible.
      if set.count == 1 && firstOptimal { break }
      var trial = set
      trial.remove(at: position)
      switch try solve(trial, minimizing: false) {
      case .feasible(let e, let s): set = trial; latest = (e, s)
      case .infeasible: position += 1
      case .inconclusive: minimal = false; position += 1
      }
    }
    if set.isEmpty { return nil }  // `model` itself has a feasible point

    // Amounts: the first solution is optimal for the final set when nothing
    // was dropped (the others had no slack there).
    var final = (first, firstSolution)
    var optimal = firstOptimal
    if let latest {
      switch try solve(set, minimizing: true) {
      case .feasible(let e, let s): final = (e, s); optimal = s.termination == .optimal
      case .infeasible, .inconclusive: final = latest; optimal = false
      }
    }
    let relaxations = set.sorted().compactMap { relaxation($0, final.0, final.1.values) }
    if relaxations.isEmpty { return nil }
    return InfeasibilityDiagnosis(
      relaxations: relaxations,
      totalViolation: relaxations.reduce(0) { $0 + $1.weight * $1.amount },
      minimumTotalViolation: weighted.reduce(0, +),
      conflictAmongHardConstraints: false, isMinimal: minimal, amountsAreOptimal: optimal,
      interruption: interruption, solveCount: solveCount)
  }

  /// Element `k`'s relaxation at `values`, nil when it needs none.
  private func relaxation(_ k: Int, _ elastic: ElasticModel, _ values: [Double]) -> InfeasibilityDiagnosis.Relaxation? {
    let e = elements[k]
    let v = elastic.netViolation(of: k, in: values)
    guard abs(v) > e.tolerance else { return nil }
    let name: String?
    switch e.location {
    case .constraint(let c): name = model.name(of: c)
    case .variable(let x): name = model.name(of: x)
    }
    let lower = v > 0
    let bound = lower ? e.lower : e.upper
    return InfeasibilityDiagnosis.Relaxation(
      location: e.location, name: name, direction: lower ? .lower : .upper, isEquality: e.lower == e.upper,
      bound: bound, required: bound - v, amount: abs(v), weight: e.weight)
  }

  private func empty(conflict: Bool) -> InfeasibilityDiagnosis {
    InfeasibilityDiagnosis(
      relaxations: [], totalViolation: 0, minimumTotalViolation: conflict ? .infinity : 0,
      conflictAmongHardConstraints: conflict, isMinimal: false, amountsAreOptimal: false,
      interruption: interruption, solveCount: solveCount)
  }
}
