import Foundation
import GLPK
import ParkOptData

/// The re-solves behind the explanations: one per project forced in, park
/// limit raised and relief limit raised, run in parallel through
/// ``UnplacedExplainer/reSolve``.
extension UnplacedExplainer {
  /// What the explanations found: the unplaced projects' reasons, the
  /// limit values, and how many re-solves the safety time limit stopped.
  struct Explained: Sendable {
    var unplaced: [UnplacedProject]
    var limitValues: [LimitValue]
    var reliefLimitValues: [ReliefLimitValue]
    var stoppedByClock: Int
  }

  /// Explains every unplaced project, re-solving with each eligible one
  /// forced in, when `unplaced`; values every limiting park row when
  /// `limits`. The re-solves run `threads` at a time, each within the
  /// scenario's node budget (`explain_node_limit`), so their results do not
  /// depend on the machine; at most `explain_max_resolves` of them run
  /// (forced-in projects in project order, then limits in park order): a
  /// project beyond is explained without one, a limit beyond is not valued.
  /// `stoppedByClock` counts re-solves the safety time limit stopped.
  func explain(unplaced: Bool, limits: Bool, threads: Int) throws(GLPKError) -> Explained {
    let placed = placedProjects
    let left = unplaced ? landCase.projects.indices.filter { !placed.contains($0) } : []
    let jobs = reSolveJobs(left: left, limits: limits)
    let done = ReSolveCounter()
    let outcomes = try ParallelJobs(threads: threads).map(jobs.count) { i throws(GLPKError) -> ReSolveOutcome in
      let clock = ContinuousClock(), started = clock.now
      let outcome = try run(jobs[i])
      if let progress, case .solved(let solution, _) = outcome {
        progress(String(
          format: "re-solve %d of %d (%@): %@, objective %@, bound %@, %d nodes, %.2f s", done.increment(), jobs.count,
          describe(jobs[i]), solution.termination.rawValue, solution.objectiveValue.map { String(format: "%.1f", $0) } ?? "none",
          solution.bestBound.map { String(format: "%.1f", $0) } ?? "none", solution.nodes, (clock.now - started).inSeconds))
      }
      return outcome
    }
    var forcedSolution: [Int: Solution] = [:]
    var result = Explained(unplaced: [], limitValues: [], reliefLimitValues: [], stoppedByClock: 0)
    for (job, outcome) in zip(jobs, outcomes) {
      guard case .solved(let solution, let raise) = outcome else { continue }
      if solution.termination == .timeLimit { result.stoppedByClock += 1 }
      switch job {
      case .forceIn(let j): forcedSolution[j] = solution
      case .raise(let limit, let park):
        if let raise { result.limitValues.append(limitValue(limit, landCase.parks[park], raise, solution)) }
      case .raiseRelief(let r):
        if let raise {
          result.reliefLimitValues.append(reliefLimitValue(formulation.reliefLimitRows[r], step: raise.step, solution))
        }
      }
    }
    result.unplaced = left.map { reason(for: $0, forced: forcedSolution[$0]) }
    return result
  }

  /// A re-solve behind an explanation: a project forced in, or a park
  /// limit (by park index) raised.
  enum ReSolveJob: Sendable {
    case forceIn(Int)
    case raise(StandardLandModel.ParkLimit, Int)
    /// A relief limit (index into ``StandardLandModel/reliefLimitRows``) raised.
    case raiseRelief(Int)
  }

  /// A re-solve's solution, with the raise made when a limit was raised.
  enum ReSolveOutcome: Sendable {
    case solved(Solution, LimitRaise?)
    case skipped
  }

  /// The re-solves to run, in order (projects in `left` with a usable
  /// eligible pair, ``StandardLandModel/usablePairs(ofProject:_:)``, then binding park limits, then binding relief limits when
  /// `limits`), cut to `explain_max_resolves`.
  func reSolveJobs(left: [Int], limits: Bool) -> [ReSolveJob] {
    let forced = left.filter { !formulation.usablePairs(ofProject: $0, requiredRelief).isEmpty }
    let raised = limits ? limitingRows() : []
    let reliefRows = limits
      ? formulation.reliefLimitRows.indices.filter { reliefLimitBinds(formulation.reliefLimitRows[$0]) }
        .map { ReSolveJob.raiseRelief($0) }
      : []
    let allJobs = forced.map { ReSolveJob.forceIn($0) } + raised.map { ReSolveJob.raise($0.limit, $0.park) } + reliefRows
    return Array(allJobs.prefix(landCase.scenario.explainMaxReSolves ?? allJobs.count))
  }

  /// Builds `job`'s model and re-solves it.
  func run(_ job: ReSolveJob) throws(GLPKError) -> ReSolveOutcome {
    switch job {
    case .forceIn(let j):
      // Forcing a project in only restricts the plan's model: the plan's
      // bound bounds it too.
      return .solved(try reSolve(modelForcingIn(j), solution.bestBound), nil)
    case .raise(let limit, let park):
      var model = formulation.model
      guard let row = formulation.parkRows[limit]?[landCase.parks[park].id] else { return .skipped }
      let raised = raise(limit, landCase.parks[park], row, &model)
      return .solved(try reSolve(model, nil), raised)
    case .raiseRelief(let r):
      var model = formulation.model
      let raised = raiseRelief(formulation.reliefLimitRows[r], &model)
      return .solved(try reSolve(model, nil), raised)
    }
  }

  /// `job` in a progress line.
  func describe(_ job: ReSolveJob) -> String {
    switch job {
    case .forceIn(let j): return "\(landCase.projects[j].id) forced in"
    case .raise(let limit, let park): return "\(limit.rawValue)[\(landCase.parks[park].id)] raised"
    case .raiseRelief(let r): return "\(formulation.model.name(of: formulation.reliefLimitRows[r].row) ?? "relief_limit") raised"
    }
  }
}

/// Counts finished re-solves across threads (for the progress lines).
private final class ReSolveCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0
  /// Adds one and returns the new count.
  func increment() -> Int { lock.withLock { value += 1; return value } }
}
