import Foundation
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
/// optimum of M, not of an approximation. Only the node budget or the time
/// limit can stop it short, and then the result says so.
///
/// Same model, same result: every step is bounded by work (branch-and-cut
/// nodes: the budget given, and caps on the heuristic steps), never by the
/// clock alone. The time limit is a safety net: a step it stops makes the
/// whole result time-limited (``SearchLedger``), since it then depends on the
/// machine's speed.
///
/// Before the loop (maximisation), the plan and the bound get a head start.
/// ``solve(_:start:)`` runs the phases in this order, each in its own
/// function:
///
/// 1. the first plan: greedy (``GreedyPlan``), or the start given repaired;
/// 2. the priced bound: the LP relaxation by pricing (``PricedRelaxation``);
/// 3. the LP-guided plan: the LP's park choices at 0 or 1 kept, the rest
///    decided by branch-and-cut, then the parcels;
/// 4. park groups: that plan improved a few parks at a time
///    (``ParkNeighbourhoods``);
/// 5. the exact loop above, unless the priced bound already proves the plan.
///
/// Every step reads the time left from one ``Deadline`` and its thresholds
/// from ``SearchSettings``.
public struct ParkFirstSearch: Sendable {
  /// The formulation whose variables tell park and parcel choices apart.
  public let formulation: StandardLandModel
  /// Time limit, relative gap and the other branch-and-cut options.
  public let options: SolveOptions
  /// Hears one line per step (which solve, its outcome, its seconds).
  public var progress: (@Sendable (String) -> Void)?
  /// The node budget spent and how steps stopped, shared with the inner
  /// searches (over a restricted model).
  let ledger: SearchLedger
  /// Thresholds, time shares and node caps of the steps.
  let settings: SearchSettings
  /// Hull cuts shared with related searches (the plan's and its
  /// re-solves'); nil: this search finds its own.
  var hullCutPool: HullCutPool?

  /// A search; `nodeLimit` is its budget of branch-and-cut nodes over all
  /// its GLPK calls (nil: none; ``SolveOptions/nodeLimit`` is ignored).
  public init(
    formulation: StandardLandModel, options: SolveOptions, nodeLimit: Int? = nil,
    progress: (@Sendable (String) -> Void)? = nil
  ) {
    self.init(
      formulation: formulation, options: options, settings: .standard, ledger: SearchLedger(nodes: nodeLimit),
      progress: progress)
  }

  init(
    formulation: StandardLandModel, options: SolveOptions, settings: SearchSettings, ledger: SearchLedger,
    progress: (@Sendable (String) -> Void)?
  ) {
    self.formulation = formulation
    self.options = options
    self.settings = settings
    self.ledger = ledger
    self.progress = progress
  }

  /// What the phases before the exact loop hand on to it.
  struct HeadStart {
    /// The first plan (greedy, or the start repaired).
    var greedy: Solution?
    /// The best plan so far.
    var best: Solution?
    /// The priced LP's bound, when it was solved.
    var lpBound: Double?
    /// The priced LP's basis, for the first relaxation of a large model.
    var lpBasis: Basis?
  }

  /// Solves `model` (the formulation's model, possibly with changed bounds,
  /// coefficients or added rows, but the same variables); `start`, a plan
  /// of a related model (e.g. the plan before a project was forced in), is
  /// repaired to fit (``GreedyPlan/repaired(_:model:plan:)``) and used as
  /// the first plan when it beats the greedy one. `bound`, when given, is a
  /// valid bound on `model`'s optimum known from outside (the plan's proven
  /// bound, for a model that only restricts the plan's: a project forced
  /// in); it stands with the priced LP's, the tighter one counting.
  ///
  /// Every GLPK call gets the time left before ``options``' time limit, so
  /// the search ends within the limit (plus the last LP iteration or node);
  /// when nothing better is found in time, the greedy plan is returned, as
  /// a time-limited plan with no gap claimed unless a bound was proven.
  public func solve(_ model: LinearModel, start startPlan: [Double]? = nil, bound knownBound: Double? = nil)
    throws(GLPKError) -> Solution
  {
    let deadline = Deadline(limit: options.timeLimit)
    let greedy = firstPlan(model, repairing: startPlan, deadline)
    if formulation.parcelChoices.isEmpty {
      return try plainBranchAndCut(model, from: greedy, deadline)
    }
    let relaxation = parkRelaxation(model)
    var found = HeadStart(greedy: greedy, best: greedy, lpBound: knownBound)
    if let proven = provenByLP(model, found, deadline) { return proven }
    if model.sense == .maximize, canGoOn(deadline) {
      let priced = try pricedBound(model, &found, deadline)
      let restricted = try lpGuidedPhase(model, priced: priced, &found, deadline)
      if let proven = provenByLP(model, found, deadline) { return proven }
      if startPlan == nil || settings.parkGroupsFromStart {
        try parkGroupsPhase(model, relaxation: relaxation, restricted: restricted, &found, deadline)
      }
      if let proven = provenByLP(model, found, deadline) { return proven }
    }
    let hullCuts = hullCutsPhase(model, &found, deadline)
    if let proven = provenByLP(model, found, deadline) { return proven }
    if let best = found.best, let lpBound = found.lpBound, !canGoOn(deadline) {
      // No time or nodes left for the relaxation (loading it alone takes
      // seconds where it is large): the LP's bound stands.
      return finish(best, bound: lpBound, termination: stopReason, model, nodes: 0, iterations: 0, deadline)
    }
    if isLarge, found.lpBasis == nil, let best = found.best {
      // A large model's relaxation starts from the priced LP's basis; the
      // priced LP stopped short (the time limit), and without the basis
      // GLPK's presolver and root LP take minutes, not held to the limit
      // (2,000-project case, `--time-limit 5`: 3.9 s spent past it).
      return finish(best, bound: found.lpBound, termination: stopReason, model, nodes: 0, iterations: 0, deadline)
    }
    return try exactLoop(model, relaxation: relaxation, hullCuts: hullCuts, found, deadline)
  }

  /// True from ``SearchSettings/largeFromParcelChoices`` parcel choices on.
  var isLarge: Bool { formulation.parcelChoices.count >= settings.largeFromParcelChoices }

  /// The relative gap the search stops at (``SolveOptions/relativeMIPGap``, 0 when unset).
  var targetGap: Double { options.relativeMIPGap ?? 0 }

  /// The park relaxation R of `model`: the parcel choices continuous.
  func parkRelaxation(_ model: LinearModel) -> LinearModel {
    var relaxation = model
    for x in formulation.parcelChoices { relaxation.setKind(x, .continuous) }
    return relaxation
  }

  /// Tells ``progress`` how a step ended.
  func report(_ step: String, _ s: Solution?, since: ContinuousClock.Instant) {
    guard let progress else { return }
    let seconds = String(format: "%.2f s", (ContinuousClock.now - since).inSeconds)
    guard let s else { return progress("\(step): none (\(seconds))") }
    let objective = s.objectiveValue.map { String(format: "%.1f", $0) } ?? "none"
    let bound = s.bestBound.map { String(format: "%.1f", $0) } ?? "none"
    let started = s.mipStartUsed ? ", from the start given" : ""
    progress(
      "\(step): \(s.termination.rawValue), objective \(objective), bound \(bound), \(s.nodes) nodes, "
        + "\(s.iterations) iterations, \(seconds) (GLPK \(String(format: "%.2f s", s.solveSeconds)))\(started)")
  }

  /// True while both time and nodes are left; records a clock run out.
  func canGoOn(_ deadline: Deadline) -> Bool {
    if deadline.expired {
      ledger.clockRanOut()
      return false
    }
    return ledger.hasNodesLeft
  }

  /// Why the search stops early: the clock, else the node budget.
  var stopReason: TerminationReason { ledger.stoppedByClock || ledger.hasNodesLeft ? .timeLimit : .iterationLimit }

  /// The plan to return: `solution` trimmed to `model`'s rows, with the
  /// search's bound, gap, termination and totals.
  func finish(
    _ solution: Solution, bound: Double?, termination: TerminationReason, _ model: LinearModel, nodes: Int,
    iterations: Int, _ deadline: Deadline
  ) -> Solution {
    var result = solution
    var termination = termination
    if ledger.stoppedByClock, termination != .infeasible {
      // A step the clock stopped: the result depends on the machine's speed.
      termination = .timeLimit
    }
    let rows = model.constraintCount
    if result.activities.count > rows { result.activities.removeLast(result.activities.count - rows) }
    if let duals = result.duals, duals.count > rows { result.duals = Array(duals.prefix(rows)) }
    result.basis = nil
    result.termination = termination
    if let bound, let objective = result.objectiveValue {
      // Plans already cut off were evaluated exactly: the bound over all
      // plans is the better of the incumbent and the remaining relaxation.
      result.bestBound = model.sense == .maximize ? max(bound, objective) : min(bound, objective)
      result.relativeGap = MIPGap.relative(objective: objective, bound: result.bestBound ?? bound, sense: model.sense)
    } else {
      result.bestBound = bound
      result.relativeGap = nil
    }
    result.nodes = nodes
    result.iterations = iterations
    result.solveSeconds = deadline.elapsed
    return result
  }
}
