import Testing
@testable import GLPK

/// GLPK examples rebuilt with the Swift API give the optimum of the same
/// model translated from its MathProg file, and the published value.
@Suite struct RebuiltExamplesTests {
  static let examples = "/usr/share/doc/glpk-utils/examples"

  /// transp.mod: Dantzig's transportation problem; published optimum 153.675.
  @Test func transportation() throws {
    let plants = ["Seattle": 350.0, "San-Diego": 600.0]
    let markets = ["New-York": 325.0, "Chicago": 300.0, "Topeka": 275.0]
    let miles: [String: [String: Double]] = [
      "Seattle": ["New-York": 2.5, "Chicago": 1.7, "Topeka": 1.8],
      "San-Diego": ["New-York": 2.5, "Chicago": 1.8, "Topeka": 1.4],
    ]
    var m = LinearModel(name: "transp")
    var ship: [String: [String: Variable]] = [:]
    for i in plants.keys.sorted() {
      for j in markets.keys.sorted() { ship[i, default: [:]][j] = m.addVariable("x[\(i),\(j)]") }
    }
    for (i, capacity) in plants {
      m.addConstraint(.sum(ship[i, default: [:]].values) <= capacity, name: "supply[\(i)]")
    }
    for (j, demand) in markets {
      m.addConstraint(.sum(plants.keys.compactMap { ship[$0]?[j] }) >= demand, name: "demand[\(j)]")
    }
    var cost = LinearExpression()
    for (i, row) in ship {
      for (j, x) in row { cost.add(x, times: 90 * (miles[i]?[j] ?? 0) / 1000) }
    }
    m.setObjective(cost, sense: .minimize)
    let s = try Solver().solve(m)
    let reference = try MathProgProgram(modelPath: "\(Self.examples)/transp.mod").solve().solution
    #expect(abs(try #require(s.objectiveValue) - 153.675) < 1e-9)
    #expect(abs(try #require(s.objectiveValue) - reference.objectiveValue!) < 1e-9)
  }

  /// plan.mod: blending with bounds, equality and a ranged constraint.
  @Test func blending() throws {
    var m = LinearModel(name: "plan")
    let bounds: [(String, Double, Double)] = [
      ("bin1", 0, 200), ("bin2", 0, 2500), ("bin3", 400, 800), ("bin4", 100, 700), ("bin5", 0, 1500),
      ("alum", 0, .infinity), ("silicon", 0, .infinity),
    ]
    let v = bounds.map { m.addVariable($0.0, lowerBound: $0.1, upperBound: $0.2) }
    func row(_ c: [Double]) -> LinearExpression { LinearExpression(variables: Array(v.prefix(c.count)), coefficients: c) }
    m.setObjective(row([0.03, 0.08, 0.17, 0.12, 0.15, 0.21, 0.38]), sense: .minimize)
    m.addConstraint(row([1, 1, 1, 1, 1, 1, 1]) == 2000, name: "yield")
    m.addConstraint(row([0.15, 0.04, 0.02, 0.04, 0.02, 0.01, 0.03]) <= 60, name: "fe")
    m.addConstraint(row([0.03, 0.05, 0.08, 0.02, 0.06, 0.01]) <= 100, name: "cu")
    m.addConstraint(row([0.02, 0.04, 0.01, 0.02, 0.02]) <= 40, name: "mn")
    m.addConstraint(row([0.02, 0.03, 0, 0, 0.01]) <= 30, name: "mg")
    m.addConstraint(row([0.70, 0.75, 0.80, 0.75, 0.80, 0.97]) >= 1500, name: "al")
    m.addConstraint(.range(row([0.02, 0.06, 0.08, 0.12, 0.02, 0.01, 0.97]), 250...300), name: "si")
    let s = try Solver().solve(m)
    let reference = try MathProgProgram(modelPath: "\(Self.examples)/plan.mod").solve().solution
    #expect(s.termination == .optimal)
    #expect(abs(try #require(s.objectiveValue) - reference.objectiveValue!) <= 1e-9 * reference.objectiveValue!)
  }

  /// assign.mod: 8×8 assignment (Christofides); published optimum 76, as a MIP.
  @Test func assignment() throws {
    let c: [[Double]] = [
      [13, 21, 20, 12, 8, 26, 22, 11], [12, 36, 25, 41, 40, 11, 4, 8], [35, 32, 13, 36, 26, 21, 13, 37],
      [34, 54, 7, 8, 12, 22, 11, 40], [21, 6, 45, 18, 24, 34, 12, 48], [42, 19, 39, 15, 14, 16, 28, 46],
      [16, 34, 38, 3, 34, 40, 22, 24], [26, 20, 5, 17, 45, 31, 37, 43],
    ]
    var m = LinearModel(name: "assign")
    let x = (0..<8).map { i in m.addVariables(count: 8, kind: .binary) { "x[\(i + 1),\($0 + 1)]" } }
    for i in 0..<8 { m.addConstraint(.sum(x[i]) == 1, name: "phi[\(i + 1)]") }
    for j in 0..<8 { m.addConstraint(.sum((0..<8).map { x[$0][j] }) == 1, name: "psi[\(j + 1)]") }
    m.setObjective(.sum(0..<64) { k in c[k / 8][k % 8] * x[k / 8][k % 8] }, sense: .minimize)
    let s = try Solver().solve(m)
    #expect(s.termination == .optimal)
    #expect(s.objectiveValue == 76)
    #expect(s.values.allSatisfy { $0 == 0 || $0 == 1 })
  }
}
