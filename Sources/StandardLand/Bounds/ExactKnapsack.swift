/// A 0–1 knapsack with one or more capacity rows, solved exactly by
/// depth-first branch-and-bound: max Σ vᵢ·zᵢ subject to Σ wᵣᵢ·zᵢ ≤ cᵣ for
/// every row r, zᵢ ∈ {0, 1}, with weights wᵣᵢ ≥ 0, and, when ``groups`` is
/// given, at most one item of each group (a multiple-choice knapsack: a
/// project placed without or with one of its relief options).
///
/// Written by hand: it is the oracle of ``KnapsackHullSeparator`` and runs
/// thousands of times on a few dozen items, where a GLPK MIP per call would
/// cost more in set-up than in solving. Its bound at a node is the smallest
/// of the rows' fractional (Dantzig) bounds, each a relaxation on its own.
///
/// An item fits a row when the row's weight stays ≤ its capacity × (1 +
/// ``capacityTolerance``): a set the MIP would accept within its feasibility
/// tolerance is never missed, so a cut built from the maximum stays valid.
struct ExactKnapsack {
  /// Weights by row, then item (≥ 0).
  let weights: [[Double]]
  /// Capacities by row (≥ 0).
  let capacities: [Double]
  /// The group of each item (nil: no groups); at most one item per group.
  var groups: [Int]? = nil
  /// Relative room on every capacity (see the type's note).
  static let capacityTolerance = 1e-9

  /// The best value and its items (indices into `values`), or nil when the
  /// search needed more than `nodeLimit` nodes (no claim is made then).
  func maximize(_ values: [Double], nodeLimit: Int = 200_000) -> (value: Double, items: [Int])? {
    let rowCount = capacities.count
    let room = capacities.map { $0 * (1 + Self.capacityTolerance) + Self.capacityTolerance }
    // Items worth nothing never help (every weight is ≥ 0); items too heavy
    // for a row alone never fit.
    let useful = values.indices.filter { i in
      values[i] > 0 && (0..<rowCount).allSatisfy { weights[$0][i] <= room[$0] }
    }
    // Free items (no weight in any row) are always taken, unless they
    // share a group (then the search decides).
    let free = groups == nil ? useful.filter { i in (0..<rowCount).allSatisfy { weights[$0][i] == 0 } } : []
    let heavy = useful.filter { i in !free.contains(i) }
    /// Item `i`'s value per weight in row `r`.
    func ratio(_ i: Int, row r: Int) -> Double { values[i] / max(weights[r][i], .leastNonzeroMagnitude) }
    /// More value per weight first, ties by `a` < `b`.
    func before(_ ra: Double, _ rb: Double, _ a: Int, _ b: Int) -> Bool { ra != rb ? ra > rb : a < b }
    // Branch in the order of the first row's value per weight (ties by index).
    let order = heavy.sorted { before(ratio($0, row: 0), ratio($1, row: 0), $0, $1) }
    // For each row, the items in its own ratio order (positions in `order`,
    // ties by position).
    let byRow: [[Int]] = (0..<rowCount).map { r in
      order.indices.sorted { before(ratio(order[$0], row: r), ratio(order[$1], row: r), $0, $1) }
    }
    var search = Search(
      values: order.map { values[$0] }, weights: (0..<rowCount).map { r in order.map { weights[r][$0] } },
      byRow: byRow, room: room, groups: groups.map { g in order.map { g[$0] } }, nodeLimit: nodeLimit)
    guard search.run() else { return nil }
    let freeValue = free.reduce(0) { $0 + values[$1] }
    let chosen = (free + search.bestItems.map { order[$0] }).sorted()
    return (search.bestValue + freeValue, chosen)
  }

  /// The depth-first search over items in `values`' order. Weights are
  /// kept flat (row r, item i at r × items + i) and the groups taken as
  /// flags: this runs millions of nodes per green example, where nested
  /// arrays and a hashed set cost a third of the whole run (perf, 2026-11-29).
  private struct Search {
    let values: [Double]
    /// Row-major: row r, item i at `r * values.count + i`.
    let weights: [Double]
    /// Per row, item positions in that row's ratio order.
    let byRow: [[Int]]
    let room: [Double]
    /// Each item's group, dense from 0 (empty: no groups).
    let group: [Int]
    let nodeLimit: Int
    var bestValue = 0.0
    var bestItems: [Int] = []
    var nodes = 0
    var taken: [Bool] = []
    var used: [Double] = []
    /// Groups with an item taken.
    var groupTaken: [Bool] = []

    init(values: [Double], weights: [[Double]], byRow: [[Int]], room: [Double], groups: [Int]?, nodeLimit: Int) {
      self.values = values
      self.weights = weights.flatMap { $0 }
      self.byRow = byRow
      self.room = room
      self.nodeLimit = nodeLimit
      // Renumber the groups densely, in order of first appearance.
      var dense: [Int: Int] = [:]
      group = (groups ?? []).map { g in
        if let d = dense[g] { return d }
        dense[g] = dense.count
        return dense.count - 1
      }
      groupTaken = Array(repeating: false, count: dense.count)
      taken = Array(repeating: false, count: values.count)
      used = Array(repeating: 0, count: room.count)
    }

    /// False when the node limit stopped it.
    mutating func run() -> Bool { visit(0, value: 0) }

    /// Decides items from `depth` on; `value` is the value taken so far.
    private mutating func visit(_ depth: Int, value: Double) -> Bool {
      nodes += 1
      if nodes > nodeLimit { return false }
      if value > bestValue {
        bestValue = value
        bestItems = taken.indices.filter { taken[$0] }
      }
      guard depth < values.count, bound(from: depth, value: value) > bestValue * (1 + 1e-12) else { return true }
      if fits(depth) {
        take(depth, true)
        let finished = visit(depth + 1, value: value + values[depth])
        take(depth, false)
        if !finished { return false }
      }
      return visit(depth + 1, value: value)
    }

    private func fits(_ i: Int) -> Bool {
      if !group.isEmpty, groupTaken[group[i]] { return false }
      let n = values.count
      for r in room.indices where used[r] + weights[r * n + i] > room[r] { return false }
      return true
    }

    private mutating func take(_ i: Int, _ on: Bool) {
      taken[i] = on
      if !group.isEmpty { groupTaken[group[i]] = on }
      let n = values.count
      for r in room.indices { used[r] += on ? weights[r * n + i] : -weights[r * n + i] }
    }

    /// The smallest fractional bound over the rows, items from `depth` on
    /// (those of groups already taken left out; the rest as if ungrouped,
    /// a relaxation).
    private func bound(from depth: Int, value: Double) -> Double {
      var best = Double.infinity
      let n = values.count
      let grouped = !group.isEmpty
      for r in room.indices {
        var left = room[r] - used[r], total = value
        let base = r * n
        for i in byRow[r] where i >= depth {
          if grouped, groupTaken[group[i]] { continue }
          let w = weights[base + i]
          if w <= left {
            left -= w
            total += values[i]
          } else {
            total += values[i] * left / w
            break
          }
        }
        best = min(best, total)
        if best <= bestValue { break }
      }
      return best
    }
  }
}
