import GLPK

/// Solves a standard-land MIP exactly by deciding parks first, parcels second.
///
/// With the default objective a project is worth the same on every eligible
/// parcel of a park, so plain branch-and-bound on `assign[j,p]` spends its
/// time moving projects between equivalent parcels. This search works on
/// the *park relaxation* R: the ``StandardLandModel/parkChoices`` stay
/// binary and the ``StandardLandModel/parcelChoices`` become continuous in
/// [0, 1]. R is a relaxation of the full model M, so its optimum is an upper
/// bound. Then:
///
/// 1. solve R; when its parcel choices are integral, its solution solves M;
/// 2. otherwise fix the park choices at R's values and solve M for the
///    parcels (a small assignment problem); that is a feasible plan, a lower
///    bound;
/// 3. stop when the bounds meet (within the relative gap); else cut R's park
///    choices off (a no-good cut: those park choices were evaluated exactly
///    in step 2) and repeat.
///
/// Every park-choice vector that is cut off has been solved exactly, so the
/// upper bound of the cut R bounds every plan not yet seen: the answer is the
/// optimum of M, not of an approximation. Only the time limit can stop it
/// short, and then the result says so.
public struct ParkFirstSearch: Sendable {
  /// The formulation whose variables tell park and parcel choices apart.
  public let formulation: StandardLandModel
  /// Time limit, relative gap and the other branch-and-cut options.
  public let options: SolveOptions

  public init(formulation: StandardLandModel, options: SolveOptions) {
    self.formulation = formulation
    self.options = options
  }

  /// Solves `model` (the formulation's model, possibly with changed bounds,
  /// coefficients or added rows, but the same variables).
  public func solve(_ model: LinearModel) throws(GLPKError) -> Solution {
    if formulation.parcelChoices.isEmpty { return try Solver(options: options).solve(model) }
    let clock = ContinuousClock()
    let start = clock.now
    var relaxation = model
    for x in formulation.parcelChoices { relaxation.setKind(x, .continuous) }
    var best = try greedyPlan(model, start: start, clock: clock)
    var nodes = 0, iterations = 0
    var cuts = 0
    while true {
      // The relaxation gets most of the time left; the rest is kept for
      // turning its park choices into parcels.
      let upper = try solveStep(relaxation, options: options, share: 0.85, start: start, clock: clock)
      nodes += upper.nodes
      iterations += upper.iterations
      guard upper.hasFeasiblePoint, let bound = upper.bestBound ?? upper.objectiveValue else {
        // No park choices left: the best plan seen is optimal (or none exists).
        if let best, upper.termination == .infeasible {
          return finish(best, bound: best.objectiveValue, termination: .optimal, model, nodes, iterations, start, clock)
        }
        // Stopped before the relaxation had a point: no bound is known.
        return finish(best ?? upper, bound: upper.bestBound, termination: upper.termination, model, nodes, iterations, start, clock)
      }
      if isIntegral(upper), best == nil || (upper.objectiveValue ?? -.infinity) > (best?.objectiveValue ?? -.infinity) {
        best = upper
      } else {
        let parcels = try solveParcels(model, parkChoicesOf: upper, start: start, clock: clock)
        nodes += parcels.nodes
        iterations += parcels.iterations
        if parcels.hasFeasiblePoint, (parcels.objectiveValue ?? -.infinity) > (best?.objectiveValue ?? -.infinity) {
          best = parcels
        }
      }
      if let incumbent = best?.objectiveValue, Self.gap(incumbent, bound, model.sense) <= (options.relativeMIPGap ?? 0) {
        let termination: TerminationReason = upper.termination == .optimal && Self.gap(incumbent, bound, model.sense) <= 1e-9
          ? .optimal : .gapLimit
        return finish(best ?? upper, bound: bound, termination: termination, model, nodes, iterations, start, clock)
      }
      if upper.termination != .optimal && upper.termination != .gapLimit {
        return finish(best ?? Self.withoutPoint(upper), bound: bound, termination: upper.termination, model, nodes, iterations, start, clock)
      }
      cuts += 1
      noGoodCut(&relaxation, upper, name: "no_good[\(cuts)]")
    }
  }

  /// One solve within `share` of the time left (a millisecond when none is
  /// left, so that GLPK reports the time limit itself).
  private func solveStep(
    _ model: LinearModel, options: SolveOptions, share: Double = 1, start: ContinuousClock.Instant,
    clock: ContinuousClock
  ) throws(GLPKError) -> Solution {
    var stepOptions = options
    if let limit = options.timeLimit {
      stepOptions.timeLimit = max(share * (limit - (clock.now - start).inSeconds), 0.001)
    }
    return try Solver(options: stepOptions).solve(model)
  }

  /// M with the park choices fixed at `relaxed`'s values: the best parcels.
  private func solveParcels(
    _ model: LinearModel, parkChoicesOf relaxed: Solution, start: ContinuousClock.Instant, clock: ContinuousClock
  ) throws(GLPKError) -> Solution {
    var fixed = model
    for y in formulation.parkChoices { fixed.fix(y, at: relaxed[y].rounded()) }
    var exact = options
    exact.relativeMIPGap = 0
    return try solveStep(fixed, options: exact, start: start, clock: clock)
  }

  /// The greedy plan (``GreedyPlan``) as a solution of `model`, checked by
  /// GLPK with every variable fixed; nil when it breaks a row.
  private func greedyPlan(_ model: LinearModel, start: ContinuousClock.Instant, clock: ContinuousClock)
    throws(GLPKError) -> Solution?
  {
    var fixed = model
    for (j, value) in GreedyPlan.values(formulation, model: model).enumerated() {
      fixed.fix(Variable(index: j), at: value)
    }
    let plan = try solveStep(fixed, options: options, start: start, clock: clock)
    return plan.hasFeasiblePoint ? plan : nil
  }

  /// A relaxation's outcome without its point (its parcel choices may be
  /// fractional, so its values are no plan).
  static func withoutPoint(_ solution: Solution) -> Solution {
    var result = solution
    result.primalStatus = .noSolution
    result.objectiveValue = nil
    result.values = []
    result.activities = []
    result.duals = nil
    result.reducedCosts = nil
    return result
  }

  /// True when every parcel choice of `solution` is 0 or 1.
  private func isIntegral(_ solution: Solution) -> Bool {
    formulation.parcelChoices.allSatisfy { x in
      let v = solution[x]
      return abs(v - v.rounded()) <= 1e-6
    }
  }

  /// Σ_{y=0} y − Σ_{y=1} y ≥ 1 − |{y = 1}|: at least one park choice differs.
  private func noGoodCut(_ relaxation: inout LinearModel, _ solution: Solution, name: String) {
    var row = LinearExpression(reservingCapacity: formulation.parkChoices.count)
    var ones = 0.0
    for y in formulation.parkChoices {
      if solution[y] > 0.5 {
        row.add(y, times: -1)
        ones += 1
      } else {
        row.add(y, times: 1)
      }
    }
    relaxation.addConstraint(row >= 1 - ones, name: name)
  }

  /// The plan to return: `solution` trimmed to `model`'s rows, with the
  /// search's bound, gap, termination and totals.
  private func finish(
    _ solution: Solution, bound: Double?, termination: TerminationReason, _ model: LinearModel, _ nodes: Int,
    _ iterations: Int, _ start: ContinuousClock.Instant, _ clock: ContinuousClock
  ) -> Solution {
    var result = solution
    let rows = model.constraintCount
    if result.activities.count > rows { result.activities.removeLast(result.activities.count - rows) }
    if let duals = result.duals, duals.count > rows { result.duals = Array(duals.prefix(rows)) }
    result.basis = nil
    result.termination = termination
    if let bound, let objective = result.objectiveValue {
      // Plans already cut off were evaluated exactly: the bound over all
      // plans is the better of the incumbent and the remaining relaxation.
      result.bestBound = model.sense == .maximize ? max(bound, objective) : min(bound, objective)
      result.relativeGap = Self.gap(objective, result.bestBound ?? bound, model.sense)
    } else {
      result.bestBound = bound
      result.relativeGap = nil
    }
    result.nodes = nodes
    result.iterations = iterations
    result.solveSeconds = (clock.now - start).inSeconds
    return result
  }

  /// GLPK's relative gap: |incumbent − bound| / (|incumbent| + ε), 0 when
  /// the bound is on the incumbent's side.
  static func gap(_ incumbent: Double, _ bound: Double, _ sense: ObjectiveSense) -> Double {
    let difference = sense == .maximize ? bound - incumbent : incumbent - bound
    return max(0, difference) / (abs(incumbent) + Double.ulpOfOne)
  }
}
