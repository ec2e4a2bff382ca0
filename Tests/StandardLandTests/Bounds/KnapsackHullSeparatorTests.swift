import Testing
@testable import GLPK
@testable import StandardLand

/// The separator's cuts are valid for every feasible item set and cut off
/// the point they were asked about.
@Suite struct KnapsackHullSeparatorTests {
  static func knapsack(_ weights: [[Double]], _ capacities: [Double]) -> ParkKnapsack {
    ParkKnapsack(
      park: "K", family: .quotas, items: weights[0].indices.map { [.init(variable: Variable(index: $0), coefficient: 1)] },
      groups: nil, weights: weights, capacities: capacities,
      rows: capacities.indices.map { Constraint(index: $0) })
  }

  /// Three items of weight 3 under a capacity of 5: one at a time, so the
  /// hull is y₁ + y₂ + y₃ ≤ 1, and (½, ½, ½), which fits the row (4.5 ≤
  /// 5), is cut off by exactly that.
  @Test func threeItemsOneAtATime() throws {
    let cut = try #require(try KnapsackHullSeparator().separate(Self.knapsack([[3, 3, 3]], [5]), point: [0.5, 0.5, 0.5]))
    #expect(abs(cut.rightHandSide - 1) <= 1e-9)
    #expect(cut.coefficients.map(\.item) == [0, 1, 2])
    for term in cut.coefficients { #expect(abs(term.value - 1) <= 1e-9) }
  }

  /// A point inside the hull (all of its support fits) gets no cut.
  @Test func pointInsideTheHullIsNotCut() throws {
    #expect(try KnapsackHullSeparator().separate(Self.knapsack([[3, 3, 3]], [6]), point: [1, 0.9, 0]) == nil)
  }

  @Test(arguments: Array(1...25) as [UInt64])
  func cutsAreValidAndViolated(_ seed: UInt64) throws {
    var rng = SplitMix(seed)
    let n = 5 + Int(seed % 6)
    let rows = seed % 3 == 0 ? 2 : 1
    let weights = (0..<rows).map { _ in (0..<n).map { _ in rng.uniform(5, 40) } }
    let capacities = (0..<rows).map { _ in rng.uniform(30, 70) }
    // A fractional point on the rows: each item at random, scaled to fit.
    var point = (0..<n).map { _ in rng.uniform(0, 1) }
    for r in 0..<rows {
      let load = zip(weights[r], point).reduce(0) { $0 + $1.0 * $1.1 }
      if load > capacities[r] { point = point.map { $0 * capacities[r] / load } }
    }
    guard let cut = try KnapsackHullSeparator().separate(Self.knapsack(weights, capacities), point: point) else {
      Issue.record("seed \(seed): no cut (every seed of this generator has one)")
      return
    }
    // Valid: no feasible set exceeds the right-hand side.
    var coefficient = Array(repeating: 0.0, count: n)
    for term in cut.coefficients { coefficient[term.item] = term.value }
    for mask in 0..<(1 << n) {
      let items = (0..<n).filter { mask & (1 << $0) != 0 }
      guard (0..<rows).allSatisfy({ r in items.reduce(0) { $0 + weights[r][$1] } <= capacities[r] }) else { continue }
      #expect(items.reduce(0) { $0 + coefficient[$1] } <= cut.rightHandSide + 1e-9, "seed \(seed): set \(items)")
    }
    // Violated by the point.
    #expect(zip(coefficient, point).reduce(0) { $0 + $1.0 * $1.1 } > cut.rightHandSide + 1e-7)
  }
}
