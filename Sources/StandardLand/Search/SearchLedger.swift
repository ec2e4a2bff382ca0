import Foundation
import GLPK

/// What one ``ParkFirstSearch`` (with its inner searches) has spent and why
/// any of its steps stopped short.
///
/// The node budget is the search's deterministic work limit: every
/// branch-and-cut call gets the nodes left and is charged what it used (at
/// least one), so the same model stops at the same point on every machine.
/// A step stopped by the clock (the time limit, a safety net) is recorded:
/// the search's result then depends on the machine's speed and is reported
/// as time-limited even when it proves its plan optimal.
final class SearchLedger: @unchecked Sendable {
  private let lock = NSLock()
  private var left: Int?
  private var clock = false
  private var work = false

  /// A ledger with `nodes` branch-and-cut nodes to spend (nil: no limit).
  init(nodes: Int?) { left = nodes.map { max($0, 0) } }

  /// The node limit for the next branch-and-cut call (at least 1, so that
  /// GLPK stops at once when nothing is left); nil when unlimited.
  var nodeLimitForNextCall: Int? { lock.withLock { left.map { max($0, 1) } } }

  /// Nodes left in the budget (nil: no budget).
  var nodesLeft: Int? { lock.withLock { left } }

  /// True while nodes are left (always without a budget).
  var hasNodesLeft: Bool { lock.withLock { left.map { $0 > 0 } ?? true } }

  /// True when a step was stopped by the clock.
  var stoppedByClock: Bool { lock.withLock { clock } }

  /// True when a step was stopped by the node budget.
  var stoppedByWork: Bool { lock.withLock { work } }

  /// Records a finished GLPK call: its nodes (branch-and-cut only) and how
  /// it ended.
  func charge(_ solution: Solution, branchAndCut: Bool = true) {
    lock.withLock {
      if branchAndCut, let n = left { left = max(0, n - max(1, solution.nodes)) }
      if solution.termination == .timeLimit { clock = true }
      if solution.termination == .iterationLimit { work = true }
      if left == 0 { work = true }
    }
  }

  /// Records that a step was skipped or cut because the time was up.
  func clockRanOut() { lock.withLock { clock = true } }
}
