import Foundation
import GLPK

/// The phases before the exact loop, in the order ``ParkFirstSearch/solve(_:start:)``
/// runs them: the first plan, the priced bound, the LP-guided plan and the
/// park groups.
extension ParkFirstSearch {
  /// Phase 1: the greedy plan, or `startPlan` repaired to fit `model` when
  /// that is better.
  func firstPlan(_ model: LinearModel, repairing startPlan: [Double]?, _ deadline: Deadline) -> Solution? {
    var greedy = greedyPlan(model)
    report("greedy plan", greedy, since: deadline.start)
    guard let values = startPlan.flatMap({ repairedPoint($0, model) }) else { return greedy }
    if let repaired = Solution(feasiblePoint: values, of: model, termination: .timeLimit),
      model.sense.isBetter(repaired.objectiveValue, than: greedy?.objectiveValue)
    {
      greedy = repaired
      report("plan repaired from the start", greedy, since: deadline.start)
    } else {
      progress?("plan repaired from the start not used: \(model.infeasibility(of: values) ?? "no better than the greedy plan")")
    }
    return greedy
  }

  /// A model without parcel choices (every project has at most one parcel
  /// per park) has nothing to decide parks first for: GLPK's
  /// branch-and-cut, from `greedy`.
  func plainBranchAndCut(_ model: LinearModel, from greedy: Solution?, _ deadline: Deadline) throws(GLPKError)
    -> Solution
  {
    var plain = options
    plain.mipStart = greedy?.values
    plain.nodeLimit = ledger.nodeLimitForNextCall
    var solution = try Solver(options: plain).solve(model)
    ledger.charge(solution)
    report("branch-and-cut", solution, since: deadline.start)
    if ledger.stoppedByClock, solution.termination == .optimal || solution.termination == .gapLimit {
      solution.termination = .timeLimit
    }
    return solution
  }

  /// Phase 2: the LP relaxation by pricing (fast where parcels are many):
  /// its bound, and on a large model its basis, go into `found`.
  func pricedBound(_ model: LinearModel, _ found: inout HeadStart, _ deadline: Deadline) throws(GLPKError)
    -> PricedRelaxation.Result
  {
    let lpStart = ContinuousClock.now
    var pricing = PricedRelaxation(formulation: formulation)
    pricing.trace = progress.map { say in { say($0) } }
    let priced = try pricing.solve(model, hint: found.greedy?.values, options: options, timeLeft: {
      let left = deadline.remaining
      if left <= 0 { ledger.clockRanOut() }
      return left
    })
    ledger.charge(priced.solution, branchAndCut: false)
    report("LP relaxation by pricing (\(priced.rounds) rounds, \(priced.working.count) of \(formulation.parcelChoices.count) parcel choices)",
           priced.solution, since: lpStart)
    found.lpBound = Self.tighter(priced.bound, found.lpBound, model.sense)
    // Only a large model's relaxation starts from this basis
    // (``SearchSettings/largeFromParcelChoices``).
    if priced.complete, isLarge {
      found.lpBasis = priced.solution.basis
    }
    return priced
  }

  /// The model restricted to the priced LP's parcel choices (and the
  /// greedy plan's), and the search over it.
  struct Restricted {
    let restriction: PairRestriction
    let search: ParkFirstSearch
  }

  /// Phase 3: a plan from the LP's park choices (a relaxation-induced
  /// neighbourhood), searched among the priced LP's parcel choices (a
  /// model a fifth the size on the 2,000-project case), then polished.
  /// Returns the restricted model the park groups work on when large; nil
  /// when pricing did not finish.
  func lpGuidedPhase(
    _ model: LinearModel, priced: PricedRelaxation.Result, _ found: inout HeadStart, _ deadline: Deadline
  ) throws(GLPKError) -> Restricted? {
    guard priced.complete else { return nil }
    let greedy = found.greedy
    let restriction = formulation.restricted(model) { priced.working.contains($0) || (greedy?.values[$0] ?? 0) > 0.5 }
    let inner = ParkFirstSearch(
      formulation: restriction.formulation, options: options, settings: settings, ledger: ledger, progress: progress)
    let restricted = Restricted(restriction: restriction, search: inner)
    guard canGoOn(deadline) else { return restricted }
    let planStart = ContinuousClock.now
    let guided = try inner.lpGuidedPlan(
      lpValues: restriction.restrict(priced.solution.values),
      candidates: [restriction.restrict(found.best), restriction.restrict(greedy)], deadline)
    report("plan from the LP's park choices", guided, since: planStart)
    if let guided = guided.flatMap({ restriction.expand($0, in: model) }),
      model.sense.isBetter(guided.objectiveValue, than: found.best?.objectiveValue)
    {
      found.best = guided
    }
    // Polished among the restricted pairs, where the park-group search
    // works on large cases.
    if let restrictedBest = restriction.restrict(found.best) {
      found.best = inner.polished(restrictedBest, restriction.formulation.model)
        .flatMap { restriction.expand($0, in: model) } ?? found.best
    } else if !isLarge {
      found.best = polished(found.best, model)
    }
    return restricted
  }

  /// Phase 4: the plan improved a few parks at a time, while the priced
  /// bound does not prove it yet. It gets a share of the time left
  /// (``SearchSettings/parkGroupsTimeShare``, all of it when large); the
  /// rest goes to the relaxation's branch-and-cut. A large model's parks
  /// are re-decided among the restricted pairs, each group for a few
  /// seconds; elsewhere a group ends on its node cap.
  func parkGroupsPhase(
    _ model: LinearModel, relaxation: LinearModel, restricted: Restricted?, _ found: inout HeadStart,
    _ deadline: Deadline
  ) throws(GLPKError) {
    guard let plan = found.best, plan.hasFeasiblePoint, canGoOn(deadline),
      MIPGap.relative(objective: plan.objectiveValue ?? 0, bound: found.lpBound ?? .infinity, sense: model.sense) > targetGap
    else { return }
    let lnsStart = ContinuousClock.now
    let share = isLarge ? settings.largeParkGroupsTimeShare : settings.parkGroupsTimeShare
    let groupsEnd = Deadline(
      limit: (lnsStart - deadline.start).inSeconds + share * deadline.remaining, start: deadline.start)
    var improved = plan
    if isLarge, let restricted, let restrictedPlan = restricted.restriction.restrict(plan) {
      let restrictedModel = restricted.restriction.formulation.model
      let better = try restricted.search.improveByGroupsOfParks(
        restrictedModel, relaxation: restricted.search.parkRelaxation(restrictedModel), plan: restrictedPlan,
        until: groupsEnd, perGroup: settings.largeSecondsPerGroup, nodeCap: groupNodeLimit, bound: found.lpBound,
        deadline)
      improved = restricted.restriction.expand(better, in: model) ?? plan
    } else if !isLarge {
      improved = try improveByGroupsOfParks(
        model, relaxation: relaxation, plan: plan, until: groupsEnd, perGroup: settings.secondsPerGroup,
        nodeCap: groupNodeLimit, bound: found.lpBound, deadline)
    }
    report("plan improved a few parks at a time", improved, since: lnsStart)
    found.best = polished(improved, model)
  }

  /// The plan, finished, when the priced LP's bound already proves it to
  /// the gap asked for; nil otherwise.
  func provenByLP(_ model: LinearModel, _ found: HeadStart, _ deadline: Deadline) -> Solution? {
    guard let best = found.best, let incumbent = best.objectiveValue, let lpBound = found.lpBound else { return nil }
    let gap = MIPGap.relative(objective: incumbent, bound: lpBound, sense: model.sense)
    guard gap <= targetGap else { return nil }
    let termination: TerminationReason = gap <= settings.optimalGap ? .optimal : .gapLimit
    return finish(best, bound: lpBound, termination: termination, model, nodes: 0, iterations: 0, deadline)
  }
}
