import Testing
@testable import StandardLand

/// The knapsack oracle behind the hull cuts is exact: its maximum equals
/// enumeration of every item set, with one and with two capacity rows.
@Suite struct ExactKnapsackTests {
  /// All 2ⁿ sets: the best value of a feasible one.
  static func enumerated(_ values: [Double], _ weights: [[Double]], _ capacities: [Double]) -> Double {
    var best = 0.0
    for mask in 0..<(1 << values.count) {
      let items = values.indices.filter { mask & (1 << $0) != 0 }
      let fits = capacities.indices.allSatisfy { r in items.reduce(0) { $0 + weights[r][$1] } <= capacities[r] }
      if fits { best = max(best, items.reduce(0) { $0 + values[$1] }) }
    }
    return best
  }

  @Test(arguments: Array(1...40) as [UInt64])
  func maximumEqualsEnumeration(_ seed: UInt64) throws {
    var rng = SplitMix(seed)
    let n = 4 + Int(seed % 9)
    let rows = seed % 2 == 0 ? 1 : 2
    let values = (0..<n).map { _ in rng.uniform(0, 1) < 0.15 ? 0 : rng.uniform(0, 10) }
    // Some items weigh nothing in a row, one may not fit at all.
    let weights = (0..<rows).map { _ in (0..<n).map { _ in rng.uniform(0, 1) < 0.1 ? 0 : rng.uniform(1, 40) } }
    let capacities = (0..<rows).map { _ in rng.uniform(20, 80) }
    let result = try #require(ExactKnapsack(weights: weights, capacities: capacities).maximize(values))
    #expect(abs(result.value - Self.enumerated(values, weights, capacities)) <= 1e-9)
    // The items named are feasible and worth the value.
    for r in 0..<rows { #expect(result.items.reduce(0) { $0 + weights[r][$1] } <= capacities[r] * (1 + 1e-9) + 1e-9) }
    #expect(abs(result.items.reduce(0) { $0 + values[$1] } - result.value) <= 1e-9)
  }

  /// With groups (at most one item each): equal to enumeration of every
  /// set with no two items of a group.
  @Test(arguments: Array(1...30) as [UInt64])
  func groupedMaximumEqualsEnumeration(_ seed: UInt64) throws {
    var rng = SplitMix(seed &+ 1_000)
    let n = 5 + Int(seed % 8)
    let groups = (0..<n).map { $0 / 3 }
    let values = (0..<n).map { _ in rng.uniform(0, 10) }
    let weights = [(0..<n).map { _ in rng.uniform(0, 1) < 0.1 ? 0 : rng.uniform(1, 40) }]
    let capacities = [rng.uniform(20, 80)]
    var best = 0.0
    for mask in 0..<(1 << n) {
      let items = (0..<n).filter { mask & (1 << $0) != 0 }
      guard Set(items.map { groups[$0] }).count == items.count else { continue }
      guard items.reduce(0, { $0 + weights[0][$1] }) <= capacities[0] else { continue }
      best = max(best, items.reduce(0) { $0 + values[$1] })
    }
    let result = try #require(ExactKnapsack(weights: weights, capacities: capacities, groups: groups).maximize(values))
    #expect(abs(result.value - best) <= 1e-9, "seed \(seed)")
    #expect(Set(result.items.map { groups[$0] }).count == result.items.count)
  }

  /// Hand case: capacity 10, weights 6, 5, 5, values 7, 4, 4: the two
  /// light items (8) beat the best ratio's item alone (7).
  @Test func twoLightItemsBeatTheBestRatio() throws {
    let result = try #require(ExactKnapsack(weights: [[6, 5, 5]], capacities: [10]).maximize([7, 4, 4]))
    #expect(result.value == 8)
    #expect(result.items == [1, 2])
  }

  /// Over its node limit it claims nothing.
  @Test func nodeLimitGivesNoAnswer() {
    let n = 30
    let weights = [(0..<n).map { Double(100 + $0) }]
    let values = (0..<n).map { Double(100 + $0) + 0.5 }
    #expect(ExactKnapsack(weights: weights, capacities: [1_000]).maximize(values, nodeLimit: 10) == nil)
  }
}
