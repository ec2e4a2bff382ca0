import GLPK

extension ParkFirstSearch {
  /// Phase 4½: the park relaxation tightened by the park knapsacks' hull
  /// cuts (``KnapsackHullCuts``), and the LP bound with them, before the
  /// exact loop. The cuts are valid for every plan, so the loop's bound
  /// stays a bound on the model; they make R's branch-and-cut far shorter
  /// (Examples/kunming's P008 forced in: not proven in 22,548 nodes without
  /// them). With a ``hullCutPool`` it starts from the pool's cuts (the
  /// plan's, for a re-solve) and fills an empty pool with its own; starting
  /// from a pool's cuts it separates at most
  /// ``SearchSettings/hullCutRoundsFromPool`` rounds more.
  ///
  /// Returns the cuts (none when switched off, on a large model, or when
  /// GLPK failed on the LP with them: the search then goes on without).
  func hullCutsPhase(_ model: LinearModel, _ found: inout HeadStart, _ deadline: Deadline) -> [KnapsackHullCuts.Cut] {
    guard settings.hullCuts, !isLarge, canGoOn(deadline) else { return [] }
    let started = ContinuousClock.now
    var limits = SolveOptions()
    if options.timeLimit != nil { limits.timeLimit = max(deadline.remaining, settings.shortestStepSeconds) }
    limits.iterationLimit = options.iterationLimit
    let result: KnapsackHullCuts.Result
    do {
      var cutter = KnapsackHullCuts()
      if !(hullCutPool?.cuts ?? []).isEmpty { cutter.maximumRounds = settings.hullCutRoundsFromPool }
      result = try cutter.cuts(
        for: model, formulation, known: hullCutPool?.cuts ?? [], limits: limits,
        expired: { options.timeLimit != nil && deadline.expired })
    } catch {
      progress?("knapsack hull cuts dropped: \(error)")
      return []
    }
    if deadline.expired { ledger.clockRanOut() }
    hullCutPool?.offer(result.cuts)
    if let bound = result.bound { found.lpBound = Self.tighter(bound, found.lpBound, model.sense) }
    progress?(String(
      format: "knapsack hull cuts: %d in %d rounds, LP bound %@ → %@ (%.2f s)", result.cuts.count, result.rounds,
      result.firstBound.map { String(format: "%.1f", $0) } ?? "none",
      result.bound.map { String(format: "%.1f", $0) } ?? "none", (ContinuousClock.now - started).inSeconds))
    return result.cuts
  }
}
