import Testing
@testable import GLPK
@testable import StandardLand

/// The bound a search reports is never below the optimum, and its plan
/// never above it: whatever stopped it (a node budget of 1 to 200 nodes
/// over all its GLPK calls), and on both paths (small models, and models
/// taken as large: relaxation from the priced LP's basis, groups on the
/// restricted model). The optimum is plain branch-and-cut's at gap 0.
@Suite struct SearchBoundValidityTests {
  @Test(arguments: Array(1...8) as [UInt64])
  func boundsNeverBelowTheOptimum(_ seed: UInt64) throws {
    let f = ParkNeighbourhoodsTests.formulation(seed: seed)
    let exact = ParkFirstSearchTests.exactOptions()
    let plain = try Solver(options: exact).solve(f.model)
    try #require(plain.termination == .optimal, "seed \(seed): pick another seed")
    let optimum = try #require(plain.objectiveValue)
    let tolerance = 1e-6 * max(1, abs(optimum))
    var large = SearchSettings.standard
    large.largeFromParcelChoices = 1
    var boundsSeen = 0
    for settings in [SearchSettings.standard, large] {
      for nodes in [1, 3, 10, 30, 200] {
        let search = ParkFirstSearch(
          formulation: f, options: exact, settings: settings, ledger: SearchLedger(nodes: nodes), progress: nil)
        let result = try search.solve(f.model)
        if let objective = result.objectiveValue {
          #expect(objective <= optimum + tolerance, "seed \(seed), \(nodes) nodes: plan \(objective) > \(optimum)")
          #expect(f.model.infeasibility(of: result.values) == nil, "seed \(seed), \(nodes) nodes")
        }
        if let bound = result.bestBound {
          boundsSeen += 1
          #expect(bound >= optimum - tolerance, "seed \(seed), \(nodes) nodes: bound \(bound) < optimum \(optimum)")
        }
        if result.termination == .optimal {
          #expect(abs((result.objectiveValue ?? .nan) - optimum) <= tolerance, "seed \(seed), \(nodes) nodes")
        }
      }
    }
    #expect(boundsSeen > 0)
  }
}
