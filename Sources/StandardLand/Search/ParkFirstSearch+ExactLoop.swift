import Foundation
import GLPK

/// The exact loop: the park relaxation R solved, its park choices turned
/// into parcels, and cut off, until the bounds meet.
extension ParkFirstSearch {
  /// Phase 5: solves R (`relaxation`), turns its park choices into parcels
  /// (``solveParcels(_:parkChoicesOf:candidates:_:)``), and cuts them off
  /// (``noGoodCut(_:_:name:)``) until the best plan is within the gap of R's
  /// bound, R has no park choices left, or time or nodes run out.
  ///
  /// R gets most of the time left (``SearchSettings/relaxationTimeShare``);
  /// the rest is kept for turning its park choices into parcels. On small
  /// models it gets no MIP start: a start turns GLPK's presolver off, which
  /// cost more than the start saved (Examples/kunming 4.9 s → 7.3 s; the
  /// 200-project case's gap at 120 s 0.31 % → 0.40 %). On large ones
  /// (`found.lpBasis` set) the first solve starts from the priced LP's
  /// basis, optimal for R's LP, with the presolver off and the plan found
  /// so far as its start. The presolve is the only part of a step not held
  /// to the time limit (0.3 s on the 2,000-project case).
  ///
  /// R carries `hullCuts` (``hullCutsPhase(_:_:_:)``); should GLPK fail on R
  /// with them (a singular basis), the loop drops them and solves that
  /// round again without.
  func exactLoop(
    _ model: LinearModel, relaxation base: LinearModel, hullCuts: [KnapsackHullCuts.Cut], _ found: HeadStart,
    _ deadline: Deadline
  ) throws(GLPKError) -> Solution {
    var relaxation = base
    relaxation.addHullCuts(hullCuts)
    var withoutHullCuts: LinearModel? = hullCuts.isEmpty ? nil : base
    var best = found.best
    var nodes = 0, iterations = 0
    var cuts = 0
    while true {
      let stepStart = ContinuousClock.now
      let warm = cuts == 0 ? found.lpBasis : nil
      let upper: Solution
      do {
        upper = try solveStep(
          relaxation, mipStart: warm == nil ? nil : best?.values, warmStart: warm, share: settings.relaxationTimeShare,
          deadline)
      } catch {
        guard case .fatal = error, let plain = withoutHullCuts else { throw error }
        progress?("park relaxation \(cuts + 1) failed with the hull cuts (\(error)); solving it without them")
        relaxation = plain
        withoutHullCuts = nil
        continue
      }
      report("park relaxation \(cuts + 1)", upper, since: stepStart)
      nodes += upper.nodes
      iterations += upper.iterations
      if upper.termination == .infeasible {
        // No park choices left: the best plan seen is optimal (or none exists).
        if let best {
          return finish(best, bound: best.objectiveValue, termination: .optimal, model, nodes: nodes,
                        iterations: iterations, deadline)
        }
        return finish(upper, bound: nil, termination: .infeasible, model, nodes: nodes, iterations: iterations, deadline)
      }
      // Only a finished relaxation's objective bounds the plans not yet
      // seen; a stopped one gives its search's bound, if it has one.
      let bound = Self.tighter(
        upper.termination == .optimal ? upper.objectiveValue : upper.bestBound, found.lpBound, model.sense)
      if upper.hasFeasiblePoint {
        if isIntegral(upper) {
          if model.sense.isBetter(upper.objectiveValue, than: best?.objectiveValue) { best = upper }
        } else if canGoOn(deadline) {
          let parcelStart = ContinuousClock.now
          let parcels = try solveParcels(model, parkChoicesOf: upper, candidates: [best, found.greedy], deadline)
          report("parcels for park choices \(cuts + 1)", parcels, since: parcelStart)
          nodes += parcels.nodes
          iterations += parcels.iterations
          if parcels.hasFeasiblePoint, model.sense.isBetter(parcels.objectiveValue, than: best?.objectiveValue) {
            best = parcels
          }
        }
      }
      guard let bound else {
        // Stopped before the relaxation had a bound: no gap is known.
        return finish(best ?? Self.withoutPoint(upper), bound: nil, termination: upper.termination, model,
                      nodes: nodes, iterations: iterations, deadline)
      }
      if let incumbent = best?.objectiveValue, MIPGap.relative(objective: incumbent, bound: bound, sense: model.sense) <= targetGap {
        let termination: TerminationReason =
          upper.termination == .optimal && MIPGap.relative(objective: incumbent, bound: bound, sense: model.sense) <= settings.optimalGap
          ? .optimal : .gapLimit
        return finish(best ?? upper, bound: bound, termination: termination, model, nodes: nodes,
                      iterations: iterations, deadline)
      }
      if upper.termination != .optimal && upper.termination != .gapLimit {
        return finish(best ?? Self.withoutPoint(upper), bound: bound, termination: upper.termination, model,
                      nodes: nodes, iterations: iterations, deadline)
      }
      if !canGoOn(deadline) {
        return finish(best ?? Self.withoutPoint(upper), bound: bound, termination: stopReason, model,
                      nodes: nodes, iterations: iterations, deadline)
      }
      cuts += 1
      noGoodCut(&relaxation, upper, name: "no_good[\(cuts)]")
      if var plain = withoutHullCuts {
        noGoodCut(&plain, upper, name: "no_good[\(cuts)]")
        withoutHullCuts = plain
      }
    }
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
  func isIntegral(_ solution: Solution) -> Bool {
    formulation.parcelChoices.allSatisfy { x in
      let v = solution[x]
      return abs(v - v.rounded()) <= settings.integralityTolerance
    }
  }

  /// Σ_{y=0} y − Σ_{y=1} y ≥ 1 − |{y = 1}| over the park choices and the
  /// relief choices: at least one of them differs (each such vector was
  /// solved exactly for its parcels by ``solveParcels(_:parkChoicesOf:candidates:_:)``).
  func noGoodCut(_ relaxation: inout LinearModel, _ solution: Solution, name: String) {
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
}
