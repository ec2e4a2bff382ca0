import GLPK

/// Finds an inequality π·y ≤ M, valid for every 0–1 point of a
/// ``ParkKnapsack``, that a fractional point y* violates, when y* lies
/// outside the knapsack's convex hull (exact separation).
///
/// Over the items where y* > 0 it solves the polar LP max π·y* subject to
/// π(S) ≤ 1 for every feasible item set S and 0 ≤ π ≤ 1, by row generation:
/// ``ExactKnapsack`` names the feasible set of largest π(S), which becomes a
/// row, until none exceeds 1. Whatever π it ends with, the right-hand side
/// is the knapsack's exact maximum of π(S), so the inequality is valid even
/// when the row generation stops on its cap; items with y* = 0 get π = 0,
/// which keeps it valid (every weight is ≥ 0, so subsets of feasible sets
/// are feasible).
struct KnapsackHullSeparator {
  /// Row-generation rounds at most per separation.
  var maximumRounds = 200
  /// Nodes at most per knapsack solve; beyond, no inequality is claimed.
  var knapsackNodeLimit = 200_000
  /// y* must exceed the right-hand side by this (relative to it, and at
  /// least this much in absolute terms) for a cut to be returned.
  var minimumViolation = 1e-6
  /// Coefficients below this are dropped.
  static let smallestCoefficient = 1e-5

  /// A violated inequality: coefficients by item index and right-hand side.
  struct Cut: Sendable {
    var coefficients: [(item: Int, value: Double)]
    var rightHandSide: Double
  }

  /// The cut separating `point` (the items' values, in the knapsack's item
  /// order) from the knapsack's hull, or nil when none is found.
  func separate(_ knapsack: ParkKnapsack, point: [Double]) throws(GLPKError) -> Cut? {
    let support = point.indices.filter { point[$0] > 1e-9 }
    guard !support.isEmpty else { return nil }
    let oracle = ExactKnapsack(
      weights: knapsack.weights.map { row in support.map { row[$0] } }, capacities: knapsack.capacities,
      groups: knapsack.groups.map { g in support.map { g[$0] } })
    // All of the support fits (one item per group): y* ≤ that set's point,
    // inside the hull.
    if let all = oracle.maximize(Array(repeating: 1, count: support.count), nodeLimit: knapsackNodeLimit),
      all.items.count == support.count
    {
      return nil
    }
    var polar = LinearModel(name: "knapsack_polar")
    let pi = support.indices.map { polar.addVariable("pi[\($0)]", upperBound: 1) }
    polar.setObjective(
      LinearExpression(variables: pi, coefficients: support.map { point[$0] }), sense: .maximize)
    var coefficients = Array(repeating: 0.0, count: support.count)
    // Each LP starts from the last one's basis (``SolveOptions/warmStart(after:rowCount:)``).
    var options = SolveOptions()
    for _ in 0..<maximumRounds {
      let solution = try Solver(options: options).solve(polar)
      guard solution.termination == .optimal else { break }
      coefficients = pi.map { solution[$0] }
      guard let best = oracle.maximize(coefficients, nodeLimit: knapsackNodeLimit) else { return nil }
      if best.value <= 1 + 1e-9 { break }
      polar.addConstraint(
        LinearExpression(variables: best.items.map { pi[$0] }, coefficients: best.items.map { _ in 1 }) <= 1)
      options.warmStart(after: solution, rowCount: polar.constraintCount)
    }
    // Coefficients on a grid of 1e-6, the smallest dropped: no near-zero
    // entries to trouble the LP's basis (the right-hand side is the maximum
    // for these coefficients, so the cut stays valid).
    coefficients = coefficients.map { $0 < Self.smallestCoefficient ? 0 : ($0 / 1e-6).rounded() * 1e-6 }
    guard let maximum = oracle.maximize(coefficients, nodeLimit: knapsackNodeLimit)?.value else { return nil }
    let left = zip(coefficients, support).reduce(0) { $0 + $1.0 * point[$1.1] }
    guard left > maximum + minimumViolation * max(1, maximum) else { return nil }
    let terms = support.indices.filter { coefficients[$0] > 0 }.map { (item: support[$0], value: coefficients[$0]) }
    return Cut(coefficients: terms, rightHandSide: maximum)
  }
}
