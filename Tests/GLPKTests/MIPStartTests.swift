import Testing
@testable import GLPK

/// MIP starts: a checked feasible start becomes GLPK's first incumbent; an
/// infeasible one is never used.
@Suite struct MIPStartTests {
  static let weights: [Double] = [4, 5, 6, 3, 7, 2, 8, 9]
  static let values: [Double] = [6, 7, 9, 4, 10, 3, 11, 12]

  /// A 0-1 knapsack of capacity 20 (its LP relaxation is fractional).
  static func knapsack() -> LinearModel {
    var m = LinearModel(name: "knapsack")
    let x = weights.indices.map { m.addVariable("x[\($0)]", upperBound: 1, kind: .binary) }
    var load = LinearExpression(), total = LinearExpression()
    for i in weights.indices {
      load.add(x[i], times: weights[i])
      total.add(x[i], times: values[i])
    }
    m.addConstraint(load <= 20, name: "capacity")
    m.setObjective(total, sense: .maximize)
    return m
  }

  /// The optimum by trying every subset.
  static func bruteForce() -> Double {
    var best = 0.0
    for mask in 0..<(1 << weights.count) {
      let items = weights.indices.filter { mask & (1 << $0) != 0 }
      if items.reduce(0, { $0 + weights[$1] }) <= 20 { best = max(best, items.reduce(0) { $0 + values[$1] }) }
    }
    return best
  }

  /// Item 0 only: feasible, worth 6, far from the optimum.
  static let poorStart: [Double] = [1, 0, 0, 0, 0, 0, 0, 0]

  static func options(gap: Double, start: [Double]?) -> SolveOptions {
    var o = SolveOptions()
    o.relativeMIPGap = gap
    o.heuristics = []
    o.mipStart = start
    return o
  }

  @Test func optimumIsTheHandValue() {
    // {6,7,...}: items 2, 4, 5 and 3 (weights 6+7+2+3 = 18) give 26; items
    // 4, 2, 1, 5 (7+6+5+2 = 20) give 29.
    #expect(Self.bruteForce() == 29)
  }

  /// With any gap accepted, the search stops at the root with the start as
  /// its incumbent: the start was taken, not found by GLPK.
  @Test func startIsTheFirstIncumbent() throws {
    let s = try Solver(options: Self.options(gap: 10, start: Self.poorStart)).solve(Self.knapsack())
    #expect(s.mipStartUsed)
    #expect(s.termination == .gapLimit)
    #expect(s.objectiveValue == 6)
    #expect(s.values == Self.poorStart)
    #expect(s.log.contains("Solution found by heuristic: 6"))
    let without = try Solver(options: Self.options(gap: 10, start: nil)).solve(Self.knapsack())
    #expect(!without.mipStartUsed)
    #expect(without.objectiveValue != 6)
  }

  @Test func searchFromAStartStillFindsTheOptimum() throws {
    let s = try Solver(options: Self.options(gap: 0, start: Self.poorStart)).solve(Self.knapsack())
    #expect(s.mipStartUsed)
    #expect(s.termination == .optimal)
    #expect(s.objectiveValue == Self.bruteForce())
  }

  /// Stopped in the root LP (one simplex iteration), before GLPK could take
  /// the start: the start is returned, with no bound.
  @Test func limitBeforeTheSearchReturnsTheStart() throws {
    var o = Self.options(gap: 0, start: Self.poorStart)
    o.iterationLimit = 1
    let s = try Solver(options: o).solve(Self.knapsack())
    #expect(s.termination == .iterationLimit)
    #expect(s.mipStartUsed)
    #expect(s.hasFeasiblePoint)
    #expect(s.values == Self.poorStart)
    #expect(s.objectiveValue == 6)
    #expect(s.activities == [4])
    #expect(s.bestBound == nil && s.relativeGap == nil)
  }

  @Test(arguments: [
    ([1, 1, 1, 1, 1, 1, 1, 1], "capacity: activity 44.0 is above 20.0"),
    ([0.5, 0, 0, 0, 0, 0, 0, 0], "'x[0]' = 0.5 is not integral"),
    ([2, 0, 0, 0, 0, 0, 0, 0], "'x[0]' = 2.0 is above its upper bound 1.0"),
  ] as [([Double], String)])
  func infeasibleStartIsNotUsed(_ start: [Double], _ why: String) throws {
    let s = try Solver(options: Self.options(gap: 10, start: start)).solve(Self.knapsack())
    #expect(!s.mipStartUsed)
    #expect(s.log.contains("MIP start not used: \(why)"))
    // Whatever GLPK found instead is a feasible point of its own.
    #expect(s.hasFeasiblePoint)
    #expect(Self.knapsack().infeasibility(of: s.values) == nil)
    let exact = try Solver(options: Self.options(gap: 0, start: start)).solve(Self.knapsack())
    #expect(exact.objectiveValue == Self.bruteForce())
    // Stopped before any search, an infeasible start is not returned.
    var o = Self.options(gap: 0, start: start)
    o.iterationLimit = 1
    o.presolve = .off  // (the iteration limit holds the root LP only)
    let stopped = try Solver(options: o).solve(Self.knapsack())
    #expect(stopped.termination == .iterationLimit)
    #expect(!stopped.hasFeasiblePoint)
  }

  @Test func startOfTheWrongLengthIsRejected() {
    #expect(throws: GLPKError.self) {
      try Solver(options: Self.options(gap: 0, start: [1, 0])).solve(Self.knapsack())
    }
  }

  @Test func pointEvaluation() {
    let m = Self.knapsack()
    let point = [0, 1, 1, 0, 1, 1, 0, 0] as [Double]
    #expect(m.activities(at: point) == [20])
    #expect(m.objectiveValue(at: point) == 29)
    #expect(m.infeasibility(of: point) == nil)
    let s = Solution(feasiblePoint: point, of: m, termination: .timeLimit)
    #expect(s?.objectiveValue == 29)
    #expect(s?.activities == [20])
    #expect(Solution(feasiblePoint: [1, 1, 1, 1, 1, 1, 1, 1], of: m, termination: .timeLimit) == nil)
  }
}
