import Testing
import ParkOptData
@testable import BenefitEvaluation

/// Park evaluation tree worked by hand.
struct ParkEvaluationTests {
  static let tree = """
    branches:
      - {name: benefit, weights: {default: 60, county: 40}, indicators: [{column: tax_per_mu, weight: 1}]}
      - {name: green, weights: {default: 40, county: 60},
         indicators: [{column: energy_per_value_added, weight: 1, higher_is_better: false}]}
    star_thresholds: [90, 70, 50, 22]
    """

  @Test func weightsPerClassNormalisationRanksAndStars() throws {
    let tree = try ParkTree.parse(text: Self.tree, file: "tree.yaml")
    let table = try CSVTable(text: """
      园区,级别,tax_per_mu,energy_per_value_added
      P1,national,30,0.5
      P2,county,20,1.0
      P3,provincial,10,0.7
      """, file: "park_indicators.csv")
    let scores = ParkEvaluator.evaluate(try ParkEvaluator.rows(table, tree: tree), tree: tree)
    // Tax normalised 1, 0.5, 0; energy (less is better, 0.5…1.0) 1, 0, 0.6.
    // P1: 0.6·100 + 0.4·100 = 100; P2 (county): 0.4·50 + 0.6·0 = 20; P3: 0.6·0 + 0.4·60 = 24.
    #expect(scores.map(\.score).map { ($0 * 1e9).rounded() / 1e9 } == [100, 20, 24])
    #expect(scores.map(\.rank) == [1, 3, 2])
    #expect(scores.map(\.stars) == [5, 1, 2])
    #expect(abs((scores[2].branchScores["green"] ?? 0) - 60) < 1e-9)
  }

  @Test func missingColumnIsReported() throws {
    let table = try CSVTable(text: "park,class\nP1,county\n", file: "p.csv")
    #expect(throws: DataErrors.self) { try ParkEvaluator.rows(table, tree: .standard) }
  }
}
