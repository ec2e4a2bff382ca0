import GLPK

extension ParkFirstSearch {
  /// `plan` improved by ``ParkNeighbourhoods`` until `deadline` (seconds
  /// after `start`): groups of two parks until a round over all of them
  /// finds nothing better, then of three, up to `largestGroup`; each group
  /// gets at most `perGroup` seconds and is solved to a tenth of the
  /// search's gap, within ``groupNodeLimit`` nodes (with a node budget, the
  /// groups together get half the nodes left). The deadline and the
  /// seconds per group are safety nets: when one stops the search, the
  /// ledger records it (the result is then time-limited).
  func improveByGroupsOfParks(
    _ model: LinearModel, relaxation: LinearModel, plan: Solution, deadline: Double,
    perGroup: Double, largestGroup: Int = 4, start: ContinuousClock.Instant, clock: ContinuousClock
  ) throws(GLPKError) -> Solution {
    let search = ParkNeighbourhoods(formulation: formulation, variableCount: model.variableCount)
    var best = plan
    let parks = formulation.landCase.parks
    func left() -> Double { min(timeLeft(start, clock), deadline - (clock.now - start).inSeconds) }
    // With a node budget, the groups get half of what is left; the rest is
    // the proof's.
    let keep = ledger.nodesLeft.map { $0 - $0 / 2 }
    func nodesForGroups() -> Bool { ledger.hasNodesLeft && keep.map { (ledger.nodesLeft ?? 0) > $0 } ?? true }
    for size in 2...max(2, largestGroup) {
      let groups = search.groupsOfParks(size: size)
      var sinceImproved = 0, step = 0
      while !groups.isEmpty, sinceImproved < groups.count {
        guard left() > 0, nodesForGroups() else {
          if left() <= 0 { ledger.clockRanOut() }
          break
        }
        let group = groups[step % groups.count]
        step += 1
        sinceImproved += 1
        let stepStart = clock.now
        let incumbent = best.objectiveValue ?? -.infinity
        // Better by more than GLPK's rounding.
        func improves(_ s: Solution) -> Bool {
          s.hasFeasiblePoint && (s.objectiveValue ?? -.infinity) > incumbent + 1e-6 * max(1, abs(incumbent))
        }
        let sub = search.neighbourhood(relaxation, of: best.values, parks: Set(group))
        let share = min(1, min(perGroup, left()) / max(timeLeft(start, clock), 1e-3))
        let parkStep = try solveStep(sub, gap: (options.relativeMIPGap ?? 0) / 10, mipStart: nil, share: share,
                                     nodeCap: Self.groupNodeLimit, start: start, clock: clock)
        let name = "parks " + group.map { parks[$0].id }.joined(separator: " + ")
        guard improves(parkStep), canGoOn(start, clock), left() > 0 else {
          if left() <= 0 { ledger.clockRanOut() }
          report(name + ", nothing better", parkStep, since: stepStart, clock)
          continue
        }
        let fixedOutside = search.neighbourhood(model, of: best.values, parks: Set(group))
        let parcels = try solveParcels(fixedOutside, parkChoicesOf: parkStep, candidates: [], start: start, clock: clock)
        report(name, parcels, since: stepStart, clock)
        if improves(parcels) {
          best = parcels
          sinceImproved = 0
        }
      }
    }
    return best
  }
}
