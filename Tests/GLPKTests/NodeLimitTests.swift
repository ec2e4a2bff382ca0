import Testing
@testable import GLPK

/// The branch-and-cut node limit: a work limit that stops the same search at
/// the same point every time.
@Suite struct NodeLimitTests {
  /// A 0-1 knapsack that needs a real tree: 30 items, weights 1…30 scaled
  /// by an odd factor, capacity half the total (no cuts, no heuristics).
  static func knapsack() -> LinearModel {
    var m = LinearModel(name: "knapsack30")
    let n = 30
    let x = (0..<n).map { m.addVariable("x[\($0)]", upperBound: 1, kind: .binary) }
    var load = LinearExpression(), total = LinearExpression()
    for i in 0..<n {
      load.add(x[i], times: Double(2 * i + 11))
      total.add(x[i], times: Double(2 * i + 11) + Double((i * 7) % 5))
    }
    m.addConstraint(load <= Double((0..<n).reduce(0) { $0 + 2 * $1 + 11 }) / 2 + 0.5, name: "capacity")
    m.setObjective(total, sense: .maximize)
    return m
  }

  static func options(nodeLimit: Int?) -> SolveOptions {
    var o = SolveOptions()
    o.heuristics = []
    o.presolve = .off
    o.relativeMIPGap = 0
    o.nodeLimit = nodeLimit
    return o
  }

  @Test func theSearchStopsAtTheNodeLimitAndSaysSo() throws {
    let full = try Solver(options: Self.options(nodeLimit: nil)).solve(Self.knapsack())
    #expect(full.termination == .optimal)
    #expect(full.nodes > 10, "the knapsack must need a tree (\(full.nodes) nodes)")
    let stopped = try Solver(options: Self.options(nodeLimit: 5)).solve(Self.knapsack())
    #expect(stopped.termination == .iterationLimit)
    #expect(stopped.nodes >= 5 && stopped.nodes <= 7, "\(stopped.nodes) nodes")
  }

  @Test func aNodeLimitedSearchEndsTheSameEveryTime() throws {
    let runs = try (0..<3).map { _ in try Solver(options: Self.options(nodeLimit: 8)).solve(Self.knapsack()) }
    for run in runs.dropFirst() {
      #expect(run.termination == runs[0].termination)
      #expect(run.nodes == runs[0].nodes)
      #expect(run.values == runs[0].values)
      #expect(run.bestBound == runs[0].bestBound)
    }
  }

  @Test func aNodeLimitBelowOneIsRejected() {
    #expect(throws: GLPKError.self) { try Solver(options: Self.options(nodeLimit: 0)).solve(Self.knapsack()) }
  }
}
