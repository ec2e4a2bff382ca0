import Foundation
import GLPK

extension ParkFirstSearch {
  /// `plan` improved by ``ParkNeighbourhoods`` until `groupsEnd` (and the
  /// search's `deadline`): groups of two parks until a round over all of
  /// them finds nothing better, then of three, up to
  /// ``SearchSettings/largestGroup``; each group gets at most `perGroup`
  /// seconds and is solved to the search's gap over
  /// ``SearchSettings/groupGapDivisor``, within
  /// `nodeCap` nodes (with a node budget, the groups
  /// together get half the nodes left). The deadlines and the seconds per
  /// group are safety nets: when one stops the search, the ledger records
  /// it (the result is then time-limited). `bound`, a proven bound on
  /// the model's optimum (the priced LP's), ends the search as soon as the
  /// plan is within the search's gap of it: the plan is then proven.
  func improveByGroupsOfParks(
    _ model: LinearModel, relaxation: LinearModel, plan: Solution, until groupsEnd: Deadline, perGroup: Double,
    nodeCap: Int, bound: Double? = nil, _ deadline: Deadline
  ) throws(GLPKError) -> Solution {
    let search = ParkNeighbourhoods(formulation: formulation, variableCount: model.variableCount)
    var best = plan
    let parks = formulation.landCase.parks
    func left() -> Double { min(deadline.remaining, groupsEnd.remaining) }
    // With a node budget, the groups get half of what is left; the rest is
    // the proof's.
    let keep = ledger.nodesLeft.map { $0 - $0 / 2 }
    func nodesForGroups() -> Bool { ledger.hasNodesLeft && keep.map { (ledger.nodesLeft ?? 0) > $0 } ?? true }
    for size in 2...max(2, settings.largestGroup) {
      let groups = search.groupsOfParks(size: size)
      var sinceImproved = 0, step = 0
      while !groups.isEmpty, sinceImproved < groups.count {
        if let bound, let objective = best.objectiveValue,
          MIPGap.relative(objective: objective, bound: bound, sense: model.sense) <= targetGap
        {
          return best
        }
        guard left() > 0, nodesForGroups() else {
          if left() <= 0 { ledger.clockRanOut() }
          break
        }
        let group = groups[step % groups.count]
        step += 1
        sinceImproved += 1
        let stepStart = ContinuousClock.now
        // Better by more than GLPK's rounding (never better than no
        // incumbent value: the margin is then infinite).
        let margin = settings.relativeImprovement * max(1, abs(best.objectiveValue ?? .infinity))
        let incumbent = best.objectiveValue
        func improves(_ s: Solution) -> Bool {
          s.hasFeasiblePoint && model.sense.isBetter(s.objectiveValue, than: incumbent, by: margin)
        }
        let sub = search.neighbourhood(relaxation, of: best.values, parks: Set(group))
        let share = min(1, min(perGroup, left()) / max(deadline.remaining, 1e-3))
        let parkStep = try solveStep(
          sub, gap: targetGap / settings.groupGapDivisor, mipStart: nil, share: share,
          nodeCap: nodeCap, deadline)
        let name = "parks " + group.map { parks[$0].id }.joined(separator: " + ")
        guard improves(parkStep), canGoOn(deadline), left() > 0 else {
          if left() <= 0 { ledger.clockRanOut() }
          report(name + ", nothing better", parkStep, since: stepStart)
          continue
        }
        let fixedOutside = search.neighbourhood(model, of: best.values, parks: Set(group))
        let parcels = try solveParcels(fixedOutside, parkChoicesOf: parkStep, candidates: [], deadline)
        report(name, parcels, since: stepStart)
        if improves(parcels) {
          best = parcels
          sinceImproved = 0
        }
      }
    }
    return best
  }

  /// Branch-and-cut nodes at most for one group of parks:
  /// ``SearchSettings/largeGroupNodeLimit`` on a large model,
  /// ``SearchSettings/groupNodeLimit`` otherwise.
  var groupNodeLimit: Int { isLarge ? settings.largeGroupNodeLimit : settings.groupNodeLimit }
}
