import Foundation
import GLPK

/// The steps the phases are made of: one GLPK solve within the deadline and
/// the node budget, the parcels for given park choices, the LP-guided plan,
/// and the greedy, repaired and polished plans.
extension ParkFirstSearch {
  /// One solve within `share` of the time left (a millisecond when none is
  /// left, so that GLPK reports the time limit itself) and `nodeCap` nodes
  /// (and the nodes left in the budget), from `mipStart` when one is given
  /// (GLPK's presolver is then off). Charged to the ledger.
  func solveStep(
    _ model: LinearModel, exact: Bool = false, gap: Double? = nil, mipStart: [Double]?, warmStart: Basis? = nil,
    share: Double = 1, nodeCap: Int? = nil, _ deadline: Deadline
  ) throws(GLPKError) -> Solution {
    var stepOptions = options
    stepOptions.mipStart = mipStart
    if let warmStart {
      stepOptions.warmStart = warmStart
      stepOptions.presolve = .off
    }
    if exact { stepOptions.relativeMIPGap = 0 } else if let gap { stepOptions.relativeMIPGap = gap }
    if options.timeLimit != nil {
      stepOptions.timeLimit = max(share * deadline.remaining, settings.shortestStepSeconds)
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
    _ model: LinearModel, parkChoicesOf relaxed: Solution, candidates: [Solution?], _ deadline: Deadline
  ) throws(GLPKError) -> Solution {
    var fixed = model
    for y in formulation.parkChoices { fixed.fix(y, at: relaxed[y].rounded()) }
    // Relief options are park-level decisions too: fixed with the park
    // choices, so this step stays the small assignment problem it is
    // without relief (left free, it is a knapsack over the relief limits:
    // Examples/kunming with green power spent minutes here). The no-good cut
    // then covers them as well (``noGoodCut(_:_:name:)``).
    for c in formulation.reliefChoices { fixed.fix(c.variable, at: relaxed[c.variable].rounded()) }
    // Parcels in parks not chosen are out (implied by choose_park; fixing
    // them keeps them out of the LP's way).
    for (k, y) in formulation.choiceOfPair.enumerated() where relaxed[y].rounded() == 0 {
      fixed.fix(formulation.variable(k), at: 0)
    }
    let mipStart = candidates.compactMap { $0?.values }.first { fixed.infeasibility(of: $0) == nil }
    return try solveStep(fixed, exact: true, mipStart: mipStart, deadline)
  }

  /// A plan from the LP relaxation (`lpValues`, a point of this search's
  /// model): park choices the LP puts at 0 or 1 are fixed there and
  /// branch-and-cut decides the rest (within
  /// ``SearchSettings/guidedParksTimeShare`` of the time left and
  /// ``SearchSettings/guidedNodeLimit`` nodes); then the parcels. Nil when
  /// that finds no park choices in time.
  func lpGuidedPlan(lpValues: [Double], candidates: [Solution?], _ deadline: Deadline) throws(GLPKError) -> Solution? {
    var neighbourhood = parkRelaxation(formulation.model)
    let tolerance = settings.integralityTolerance
    for y in formulation.parkChoices {
      let v = lpValues[y.index]
      if v <= tolerance { neighbourhood.fix(y, at: 0) } else if v >= 1 - tolerance { neighbourhood.fix(y, at: 1) }
    }
    let parksStart = ContinuousClock.now
    let parks = try solveStep(
      neighbourhood, mipStart: nil, share: settings.guidedParksTimeShare, nodeCap: settings.guidedNodeLimit, deadline)
    report("park choices the LP leaves open", parks, since: parksStart)
    guard parks.hasFeasiblePoint, canGoOn(deadline) else { return nil }
    return try solveParcels(formulation.model, parkChoicesOf: parks, candidates: candidates, deadline)
  }

  /// The greedy plan (``GreedyPlan``) as a solution of `model`, checked
  /// against every row; nil when it breaks one (an added row the greedy
  /// rule does not know of).
  func greedyPlan(_ model: LinearModel) -> Solution? {
    Solution(feasiblePoint: GreedyPlan.values(formulation, model: model), of: model, termination: .timeLimit)
  }

  /// `plan` with every unplaced project placed where it fits and swapped
  /// in where that gains (``GreedyPlan/repaired(_:model:plan:)``), when that
  /// is better: plans stopped on the clock often leave such gains (2,000-
  /// project case: 3,477,487 → 3,482,036 in 0.3 s).
  func polished(_ plan: Solution?, _ model: LinearModel) -> Solution? {
    guard let plan, plan.hasFeasiblePoint else { return plan }
    let started = ContinuousClock.now
    guard let better = repairedPlan(plan.values, model),
      model.sense.isBetter(better.objectiveValue, than: plan.objectiveValue, by: settings.polishImprovement)
    else { return plan }
    report("plan polished (unplaced projects placed or swapped in)", better, since: started)
    return better
  }

  /// `values` (a plan of this formulation's variables) repaired to fit
  /// `model` (``GreedyPlan/repaired(_:model:plan:)``), as a plan checked
  /// against every row; nil when it breaks one.
  func repairedPlan(_ values: [Double], _ model: LinearModel) -> Solution? {
    repairedPoint(values, model).flatMap { Solution(feasiblePoint: $0, of: model, termination: .timeLimit) }
  }

  /// `values` repaired to fit `model` (``GreedyPlan/repaired(_:model:plan:)``),
  /// not yet checked; nil when it has another number of variables.
  func repairedPoint(_ values: [Double], _ model: LinearModel) -> [Double]? {
    guard values.count == model.variableCount else { return nil }
    return GreedyPlan.repaired(formulation, model: model, plan: values)
  }
}
