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
/// Before the loop (maximisation), the plan and the bound get a head start:
/// the LP relaxation by pricing (``PricedRelaxation``, a bound), a plan from
/// its park choices, and that plan improved a few parks at a time
/// (``ParkNeighbourhoods``).
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

  /// A search; `nodeLimit` is its budget of branch-and-cut nodes over all
  /// its GLPK calls (nil: none; ``SolveOptions/nodeLimit`` is ignored).
  public init(
    formulation: StandardLandModel, options: SolveOptions, nodeLimit: Int? = nil,
    progress: (@Sendable (String) -> Void)? = nil
  ) {
    self.init(formulation: formulation, options: options, ledger: SearchLedger(nodes: nodeLimit), progress: progress)
  }

  init(formulation: StandardLandModel, options: SolveOptions, ledger: SearchLedger, progress: (@Sendable (String) -> Void)?) {
    self.formulation = formulation
    self.options = options
    self.ledger = ledger
    self.progress = progress
  }

  /// Branch-and-cut nodes at most for the park choices the LP leaves open
  /// (a heuristic step; Examples/kunming needs at most a few hundred).
  static let guidedNodeLimit = 5_000
  /// Branch-and-cut nodes at most for one group of parks re-decided: most
  /// groups of Examples/kunming need under 200, a few over 2,000 without
  /// finding anything better.
  static let groupNodeLimit = 200

  /// Solves `model` (the formulation's model, possibly with changed bounds,
  /// coefficients or added rows, but the same variables); `start`, a plan
  /// of a related model (e.g. the plan before a project was forced in), is
  /// repaired to fit (``GreedyPlan/repaired(_:model:plan:)``) and used as
  /// the first plan when it beats the greedy one.
  ///
  /// Every GLPK call gets the time left before ``options``' time limit, so
  /// the search ends within the limit (plus the last LP iteration or node);
  /// when nothing better is found in time, the greedy plan is returned, as
  /// a time-limited plan with no gap claimed unless a bound was proven.
  public func solve(_ model: LinearModel, start startPlan: [Double]? = nil) throws(GLPKError) -> Solution {
    let clock = ContinuousClock()
    let start = clock.now
    var greedy = greedyPlan(model)
    report("greedy plan", greedy, since: start, clock)
    if let startPlan, let repaired = repairedPlan(startPlan, model),
      (repaired.objectiveValue ?? -.infinity) > (greedy?.objectiveValue ?? -.infinity)
    {
      greedy = repaired
      report("plan repaired from the start", greedy, since: start, clock)
    }
    if formulation.parcelChoices.isEmpty {
      var plain = options
      plain.mipStart = greedy?.values
      plain.nodeLimit = ledger.nodeLimitForNextCall
      var solution = try Solver(options: plain).solve(model)
      ledger.charge(solution)
      report("branch-and-cut", solution, since: start, clock)
      if ledger.stoppedByClock, solution.termination == .optimal || solution.termination == .gapLimit {
        solution.termination = .timeLimit
      }
      return solution
    }
    var relaxation = model
    for x in formulation.parcelChoices { relaxation.setKind(x, .continuous) }
    var best = greedy
    // The LP relaxation by pricing (fast where parcels are many), and from
    // it a plan: its park choices at 0 or 1 kept, the rest decided by
    // branch-and-cut, then parcels (a relaxation-induced neighbourhood).
    var lpBound: Double?
    var lpBasis: Basis?
    let large = formulation.parcelChoices.count >= Self.largeFromParcelChoices
    if model.sense == .maximize, canGoOn(start, clock) {
      let lpStart = clock.now
      var pricing = PricedRelaxation(formulation: formulation)
      pricing.trace = progress.map { say in { say($0) } }
      let priced = try pricing.solve(model, hint: greedy?.values, options: options, timeLeft: {
        let left = timeLeft(start, clock)
        if left <= 0 { ledger.clockRanOut() }
        return left
      })
      ledger.charge(priced.solution, branchAndCut: false)
      report("LP relaxation by pricing (\(priced.rounds) rounds, \(priced.working.count) of \(formulation.parcelChoices.count) parcel choices)",
             priced.solution, since: lpStart, clock)
      lpBound = priced.bound
      // Where the LP is large, GLPK's presolver and root LP cost more than
      // the presolver saves in branch-and-cut (2,000-project case: root LP
      // 90 s; from this basis, 29 iterations); where it is small, they cost
      // nothing and the presolver helps (200-project case: bound after 50 s
      // 295,826 with it, 295,870 without).
      if priced.complete, large {
        lpBasis = priced.solution.basis
      }
      // The plan is searched among the priced LP's parcel choices (and the
      // greedy plan's): a model a fifth the size on the 2,000-project case.
      let restriction = priced.complete
        ? formulation.restricted(model) { priced.working.contains($0) || (greedy?.values[$0] ?? 0) > 0.5 } : nil
      let inner = restriction.map {
        ParkFirstSearch(formulation: $0.formulation, options: options, ledger: ledger, progress: progress)
      }
      if let restriction, let inner, canGoOn(start, clock) {
        let planStart = clock.now
        let guided = try inner.lpGuidedPlan(
          lpValues: restriction.restrict(priced.solution.values),
          candidates: [restriction.restrict(best), restriction.restrict(greedy)], start: start, clock: clock)
        report("plan from the LP's park choices", guided, since: planStart, clock)
        if let guided = guided.flatMap({ restriction.expand($0, in: model) }),
          (guided.objectiveValue ?? -.infinity) > (best?.objectiveValue ?? -.infinity)
        {
          best = guided
        }
        // Polished among the restricted pairs, where the park-group search
        // below works on large cases.
        if let restrictedBest = restriction.restrict(best) {
          best = inner.polished(restrictedBest, restriction.formulation.model, clock)
            .flatMap { restriction.expand($0, in: model) } ?? best
        } else if !large {
          best = polished(best, model, clock)
        }
      }
      if let plan = best, plan.hasFeasiblePoint, canGoOn(start, clock),
        Self.gap(plan.objectiveValue ?? 0, lpBound ?? .infinity, model.sense) > (options.relativeMIPGap ?? 0)
      {
        // Half the time left improves the plan; the rest goes to the
        // relaxation's branch-and-cut, which tightens the bound. Where the
        // LP is large, branch-and-cut does a few nodes a second (2,000-project
        // case: 3 nodes in 3.7 s, bound unchanged), so the plan gets all of
        // it (the relaxation gets what the search leaves when no group of
        // parks improves), and the parks are re-decided among the
        // restricted pairs, each group for at most 3 s. Elsewhere a group
        // ends on its node cap; its 60 s is only a safety net.
        let lnsStart = clock.now
        let deadline = (lnsStart - start).inSeconds + (large ? 1 : 0.5) * timeLeft(start, clock)
        var improved = plan
        if large, let restriction, let inner, let restrictedPlan = restriction.restrict(plan) {
          var relaxed = restriction.formulation.model
          for x in restriction.formulation.parcelChoices { relaxed.setKind(x, .continuous) }
          let better = try inner.improveByGroupsOfParks(
            restriction.formulation.model, relaxation: relaxed, plan: restrictedPlan, deadline: deadline,
            perGroup: 3, start: start, clock: clock)
          improved = restriction.expand(better, in: model) ?? plan
        } else if !large {
          improved = try improveByGroupsOfParks(
            model, relaxation: relaxation, plan: plan, deadline: deadline, perGroup: 60, start: start, clock: clock)
        }
        report("plan improved a few parks at a time", improved, since: lnsStart, clock)
        best = polished(improved, model, clock)
      }
      if let incumbent = best?.objectiveValue, let lpBound, Self.gap(incumbent, lpBound, model.sense) <= (options.relativeMIPGap ?? 0) {
        let termination: TerminationReason = Self.gap(incumbent, lpBound, model.sense) <= 1e-9 ? .optimal : .gapLimit
        return finish(best!, bound: lpBound, termination: termination, model, 0, 0, start, clock)
      }
    }
    if let best, let lpBound, !canGoOn(start, clock) {
      // No time or nodes left for the relaxation (loading it alone takes
      // seconds where it is large): the LP's bound stands.
      return finish(best, bound: lpBound, termination: stopReason, model, 0, 0, start, clock)
    }
    var nodes = 0, iterations = 0
    var cuts = 0
    while true {
      // The relaxation gets most of the time left; the rest is kept for
      // turning its park choices into parcels. On small models it gets no
      // MIP start: a start turns GLPK's presolver off, which cost more than
      // the start saved (Examples/kunming 4.9 s → 7.3 s; the 200-project
      // case's gap at 120 s 0.31 % → 0.40 %). On large ones (`lpBasis` set)
      // the first solve starts from the priced LP's basis, optimal for the
      // relaxation's LP, with the presolver off and the plan found so far
      // as its start. The presolve is the only part of a step not held to
      // the time limit (0.3 s on the 2,000-project case).
      let stepStart = clock.now
      let warm = cuts == 0 ? lpBasis : nil
      let upper = try solveStep(relaxation, mipStart: warm == nil ? nil : best?.values, warmStart: warm, share: 0.85,
                                start: start, clock: clock)
      report("park relaxation \(cuts + 1)", upper, since: stepStart, clock)
      nodes += upper.nodes
      iterations += upper.iterations
      if upper.termination == .infeasible {
        // No park choices left: the best plan seen is optimal (or none exists).
        if let best { return finish(best, bound: best.objectiveValue, termination: .optimal, model, nodes, iterations, start, clock) }
        return finish(upper, bound: nil, termination: .infeasible, model, nodes, iterations, start, clock)
      }
      // Only a finished relaxation's objective bounds the plans not yet
      // seen; a stopped one gives its search's bound, if it has one.
      let bound = Self.tighter(upper.termination == .optimal ? upper.objectiveValue : upper.bestBound, lpBound, model.sense)
      if upper.hasFeasiblePoint {
        if isIntegral(upper) {
          if (upper.objectiveValue ?? -.infinity) > (best?.objectiveValue ?? -.infinity) { best = upper }
        } else if canGoOn(start, clock) {
          let parcelStart = clock.now
          let parcels = try solveParcels(model, parkChoicesOf: upper, candidates: [best, greedy], start: start, clock: clock)
          report("parcels for park choices \(cuts + 1)", parcels, since: parcelStart, clock)
          nodes += parcels.nodes
          iterations += parcels.iterations
          if parcels.hasFeasiblePoint, (parcels.objectiveValue ?? -.infinity) > (best?.objectiveValue ?? -.infinity) {
            best = parcels
          }
        }
      }
      guard let bound else {
        // Stopped before the relaxation had a bound: no gap is known.
        return finish(best ?? Self.withoutPoint(upper), bound: nil, termination: upper.termination, model, nodes, iterations, start, clock)
      }
      if let incumbent = best?.objectiveValue, Self.gap(incumbent, bound, model.sense) <= (options.relativeMIPGap ?? 0) {
        let termination: TerminationReason = upper.termination == .optimal && Self.gap(incumbent, bound, model.sense) <= 1e-9
          ? .optimal : .gapLimit
        return finish(best ?? upper, bound: bound, termination: termination, model, nodes, iterations, start, clock)
      }
      if upper.termination != .optimal && upper.termination != .gapLimit {
        return finish(best ?? Self.withoutPoint(upper), bound: bound, termination: upper.termination, model, nodes, iterations, start, clock)
      }
      if !canGoOn(start, clock) {
        return finish(best ?? Self.withoutPoint(upper), bound: bound, termination: stopReason, model, nodes, iterations, start, clock)
      }
      cuts += 1
      noGoodCut(&relaxation, upper, name: "no_good[\(cuts)]")
    }
  }

  /// Tells ``progress`` how a step ended.
  func report(_ step: String, _ s: Solution?, since: ContinuousClock.Instant, _ clock: ContinuousClock) {
    guard let progress else { return }
    let seconds = String(format: "%.2f s", (clock.now - since).inSeconds)
    guard let s else { return progress("\(step): none (\(seconds))") }
    let objective = s.objectiveValue.map { String(format: "%.1f", $0) } ?? "none"
    let bound = s.bestBound.map { String(format: "%.1f", $0) } ?? "none"
    let started = s.mipStartUsed ? ", from the start given" : ""
    progress(
      "\(step): \(s.termination.rawValue), objective \(objective), bound \(bound), \(s.nodes) nodes, "
        + "\(s.iterations) iterations, \(seconds) (GLPK \(String(format: "%.2f s", s.solveSeconds)))\(started)")
  }

  /// Seconds left before the time limit (infinity without one).
  func timeLeft(_ start: ContinuousClock.Instant, _ clock: ContinuousClock) -> Double {
    guard let limit = options.timeLimit else { return .infinity }
    return limit - (clock.now - start).inSeconds
  }

  /// True while both time and nodes are left; records a clock run out.
  func canGoOn(_ start: ContinuousClock.Instant, _ clock: ContinuousClock) -> Bool {
    if timeLeft(start, clock) <= 0 {
      ledger.clockRanOut()
      return false
    }
    return ledger.hasNodesLeft
  }

  /// Why the search stops early: the clock, else the node budget.
  var stopReason: TerminationReason { ledger.stoppedByClock || ledger.hasNodesLeft ? .timeLimit : .iterationLimit }

  /// One solve within `share` of the time left (a millisecond when none is
  /// left, so that GLPK reports the time limit itself) and `nodeCap` nodes
  /// (and the nodes left in the budget), from `mipStart` when one is given
  /// (GLPK's presolver is then off). Charged to the ledger.
  func solveStep(
    _ model: LinearModel, exact: Bool = false, gap: Double? = nil, mipStart: [Double]?, warmStart: Basis? = nil,
    share: Double = 1, nodeCap: Int? = nil,
    start: ContinuousClock.Instant, clock: ContinuousClock
  ) throws(GLPKError) -> Solution {
    var stepOptions = options
    stepOptions.mipStart = mipStart
    if let warmStart {
      stepOptions.warmStart = warmStart
      stepOptions.presolve = .off
    }
    if exact { stepOptions.relativeMIPGap = 0 } else if let gap { stepOptions.relativeMIPGap = gap }
    if options.timeLimit != nil {
      stepOptions.timeLimit = max(share * timeLeft(start, clock), 0.001)
    }
    let budget = ledger.nodeLimitForNextCall
    stepOptions.nodeLimit = [nodeCap, budget].compactMap { $0 }.min()
    let solution = try Solver(options: stepOptions).solve(model)
    ledger.charge(solution)
    return solution
  }

  /// M with the park choices fixed at `relaxed`'s values: the best parcels,
  /// from the first of `candidates` that fits those park choices.
  func solveParcels(
    _ model: LinearModel, parkChoicesOf relaxed: Solution, candidates: [Solution?], start: ContinuousClock.Instant,
    clock: ContinuousClock
  ) throws(GLPKError) -> Solution {
    var fixed = model
    for y in formulation.parkChoices { fixed.fix(y, at: relaxed[y].rounded()) }
    // Relief options are park-level decisions too: fixed with the park
    // choices, so this step stays the small assignment problem it is
    // without relief (left free, it is a knapsack over the relief limits:
    // Examples/kunming with green power spent minutes here). The no-good cut
    // then covers them as well (``noGoodCut``).
    for c in formulation.reliefChoices { fixed.fix(c.variable, at: relaxed[c.variable].rounded()) }
    // Parcels in parks not chosen are out (implied by choose_park; fixing
    // them keeps them out of the LP's way).
    for (k, y) in formulation.choiceOfPair.enumerated() where relaxed[y].rounded() == 0 {
      fixed.fix(Variable(index: k), at: 0)
    }
    let mipStart = candidates.compactMap { $0?.values }.first { fixed.infeasibility(of: $0) == nil }
    return try solveStep(fixed, exact: true, mipStart: mipStart, start: start, clock: clock)
  }

  /// A plan from the LP relaxation (`lpValues`, a point of this search's
  /// model): park choices the LP puts at 0 or 1 are fixed there and
  /// branch-and-cut decides the rest (within half the time left); then the
  /// parcels. Nil when that finds no park choices in time.
  func lpGuidedPlan(
    lpValues: [Double], candidates: [Solution?], start: ContinuousClock.Instant, clock: ContinuousClock
  ) throws(GLPKError) -> Solution? {
    var neighbourhood = formulation.model
    for x in formulation.parcelChoices { neighbourhood.setKind(x, .continuous) }
    for y in formulation.parkChoices {
      let v = lpValues[y.index]
      if v <= 1e-6 { neighbourhood.fix(y, at: 0) } else if v >= 1 - 1e-6 { neighbourhood.fix(y, at: 1) }
    }
    let parksStart = clock.now
    let parks = try solveStep(neighbourhood, mipStart: nil, share: 0.5, nodeCap: Self.guidedNodeLimit, start: start, clock: clock)
    report("park choices the LP leaves open", parks, since: parksStart, clock)
    guard parks.hasFeasiblePoint, canGoOn(start, clock) else { return nil }
    return try solveParcels(formulation.model, parkChoicesOf: parks, candidates: candidates, start: start, clock: clock)
  }

  /// From this many parcel choices on, the relaxation's branch-and-cut
  /// starts from the priced LP's basis instead of GLPK's presolver, and
  /// the plan's neighbourhoods keep to the priced LP's parcel choices.
  static let largeFromParcelChoices = 20_000

  /// The tighter of two bounds (either may be missing).
  static func tighter(_ a: Double?, _ b: Double?, _ sense: ObjectiveSense) -> Double? {
    guard let a else { return b }
    guard let b else { return a }
    return sense == .maximize ? min(a, b) : max(a, b)
  }

  /// The greedy plan (``GreedyPlan``) as a solution of `model`, checked
  /// against every row; nil when it breaks one (an added row the greedy
  /// rule does not know of).
  private func greedyPlan(_ model: LinearModel) -> Solution? {
    Solution(feasiblePoint: GreedyPlan.values(formulation, model: model), of: model, termination: .timeLimit)
  }

  /// `plan` with every unplaced project placed where it fits and swapped
  /// in where that gains (``GreedyPlan/repaired(_:model:plan:)``), when that
  /// is better: plans stopped on the clock often leave such gains (2,000-
  /// project case: 3,477,487 → 3,482,036 in 0.3 s).
  func polished(_ plan: Solution?, _ model: LinearModel, _ clock: ContinuousClock) -> Solution? {
    guard let plan, plan.hasFeasiblePoint else { return plan }
    let started = clock.now
    guard let better = repairedPlan(plan.values, model),
      (better.objectiveValue ?? -.infinity) > (plan.objectiveValue ?? -.infinity) + 1e-9
    else { return plan }
    report("plan polished (unplaced projects placed or swapped in)", better, since: started, clock)
    return better
  }

  /// `values` (a plan of this formulation's variables) repaired to fit
  /// `model` (``GreedyPlan/repaired(_:model:plan:)``), as a plan checked
  /// against every row; nil when it breaks one.
  private func repairedPlan(_ values: [Double], _ model: LinearModel) -> Solution? {
    guard values.count == model.variableCount else { return nil }
    return Solution(
      feasiblePoint: GreedyPlan.repaired(formulation, model: model, plan: values), of: model, termination: .timeLimit)
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

  /// Σ_{y=0} y − Σ_{y=1} y ≥ 1 − |{y = 1}| over the park choices and the
  /// relief choices: at least one of them differs (each such vector was
  /// solved exactly for its parcels by ``solveParcels``).
  private func noGoodCut(_ relaxation: inout LinearModel, _ solution: Solution, name: String) {
    let decisions = formulation.parkChoices + formulation.reliefChoices.map(\.variable)
    var row = LinearExpression(reservingCapacity: decisions.count)
    var ones = 0.0
    for y in decisions {
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
