import Foundation
import Testing
@testable import GLPK

/// Branching priorities: the search branches on high-priority variables
/// first and still returns the optimum.
@Suite struct BranchingPriorityTests {
  /// Items with weights and values into two bins of capacity 10; each item
  /// in at most one bin, `inBin[i]` = the sum of its two assignments.
  static func twoBinKnapsack(priorities: Bool) -> (LinearModel, optimum: Double) {
    let weights: [Double] = [4, 5, 6, 3, 7, 2]
    let values: [Double] = [6, 7, 9, 4, 10, 3]
    var m = LinearModel(name: "bins")
    var assign: [[Variable]] = []
    for i in weights.indices {
      assign.append((0..<2).map { b in m.addVariable("x[\(i),\(b)]", upperBound: 1, kind: .binary) })
    }
    for b in 0..<2 {
      var load = LinearExpression()
      for i in weights.indices { load.add(assign[i][b], times: weights[i]) }
      m.addConstraint(load <= 10, name: "cap[\(b)]")
    }
    for i in weights.indices {
      let placed = m.addVariable("in[\(i)]", upperBound: 1, kind: .binary)
      m.addConstraint(assign[i][0] + assign[i][1] - placed == 0, name: "link[\(i)]")
      if priorities { m.setBranchingPriority(placed, 5) }
    }
    var total = LinearExpression()
    for i in weights.indices {
      total.add(assign[i][0], times: values[i])
      total.add(assign[i][1], times: values[i])
    }
    m.setObjective(total, sense: .maximize)
    return (m, bruteForce(weights, values))
  }

  /// The optimum by trying all 3^n placements (out, bin 0, bin 1).
  static func bruteForce(_ weights: [Double], _ values: [Double]) -> Double {
    var best = 0.0
    for code in 0..<Int(pow(3.0, Double(weights.count))) {
      var c = code, load = [0.0, 0.0], value = 0.0
      for i in weights.indices {
        let bin = c % 3 - 1
        c /= 3
        guard bin >= 0 else { continue }
        load[bin] += weights[i]
        value += values[i]
      }
      if load[0] <= 10, load[1] <= 10 { best = max(best, value) }
    }
    return best
  }

  @Test func bruteForceOptimumIsTheHandValue() {
    // {4,6} + {3,7} (or {4,6} + {5,3,2}) give 29; value 30 would need
    // weight 20 at ratio 1.5, which only items 4, 6 and 2 have.
    #expect(Self.bruteForce([4, 5, 6, 3, 7, 2], [6, 7, 9, 4, 10, 3]) == 29)
  }

  @Test func priorityRoundTrip() {
    var (m, _) = Self.twoBinKnapsack(priorities: false)
    let v = Variable(index: 0)
    #expect(m.branchingPriority(of: v) == 0)
    m.setBranchingPriority(v, 3)
    #expect(m.branchingPriority(of: v) == 3)
    m.setBranchingPriority(v, 0)
    #expect(m.branchingPriority(of: v) == 0)
  }

  @Test(arguments: [false, true])
  func sameOptimumWithAndWithoutPriorities(_ priorities: Bool) throws {
    let (m, optimum) = Self.twoBinKnapsack(priorities: priorities)
    var options = SolveOptions()
    options.relativeMIPGap = 0
    let s = try Solver(options: options).solve(m)
    #expect(s.termination == .optimal)
    #expect(abs((s.objectiveValue ?? 0) - optimum) < 1e-9)
  }
}
