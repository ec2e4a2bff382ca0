import Testing
@testable import GLPK

/// The interior point's orderings, and the best point GLPK keeps when the
/// interior point fails.
@Suite struct InteriorPointBestPointTests {
  /// An infeasible 3 × 3 LP (third row: −3x − y − 3z = 3 with x, y, z ≥ 0) on
  /// which GLPK 5.0's interior point ends in numerical instability at a best
  /// point (found by a seeded random search).
  static func unstableModel() -> (LinearModel, [Variable]) {
    var m = LinearModel()
    let x = m.addVariable("x"), y = m.addVariable("y"), z = m.addVariable("z")
    m.addConstraint(variables: [y, z], coefficients: [-3, 3], lower: -1, upper: -1, name: "r1")
    m.addConstraint(variables: [y, z], coefficients: [3, 1e6], lower: -1, upper: .infinity, name: "r2")
    m.addConstraint(variables: [x, y, z], coefficients: [-3, -1, -3], lower: 3, upper: 3, name: "r3")
    m.setObjective(LinearExpression(variables: [x, y, z], coefficients: [-2, -2, 2]), sense: .minimize)
    return (m, [x, y, z])
  }

  @Test func aFailedInteriorPointKeepsItsBestPointMarkedInfeasible() throws {
    let (model, v) = Self.unstableModel()
    var o = SolveOptions()
    o.method = .interiorPoint
    let s = try Solver(options: o).solve(model)
    #expect(s.termination == .numericalTrouble)
    #expect(s.primalStatus == .infeasiblePoint)
    #expect(s.dualStatus == .infeasiblePoint)
    #expect(!s.hasFeasiblePoint && !s.isOptimal)
    #expect(s.values.count == 3 && s.activities.count == 3)
    #expect(s.duals?.count == 3 && s.reducedCosts?.count == 3)
    // The point is GLPK's: objective and activities are those of its values.
    let objective = -2 * s[v[0]] - 2 * s[v[1]] + 2 * s[v[2]]
    #expect(abs(try #require(s.objectiveValue) - objective) < 1e-9)
    #expect(abs(s.activities[2] - (-3 * s[v[0]] - s[v[1]] - 3 * s[v[2]])) < 1e-9)
    // … and it is not feasible: the third row cannot hold.
    #expect(s.activities[2] < 3 - 1)
  }

  @Test(arguments: SolveOptions.InteriorOrdering.allCases)
  func everyOrderingSolvesTheTransportationProblem(_ ordering: SolveOptions.InteriorOrdering) throws {
    let model = try MathProgProgram(modelPath: "\(SolveMethodTests.examples)/transp.mod").translate()
    var o = SolveOptions()
    o.method = .interiorPoint
    o.interiorOrdering = ordering
    o.messageLevel = 3
    let s = try Solver(options: o).solve(model)
    #expect(s.termination == .optimal)
    #expect(abs(try #require(s.objectiveValue) - 153.675) < 1e-6)
    let named = ["amd": "minimum degree ordering (AMD)", "symamd": "minimum degree ordering (SYMAMD)",
                 "none": "Original ordering is being used"]
    #expect(s.log.contains(try #require(named[ordering.rawValue])), "\(s.log)")
  }
}
