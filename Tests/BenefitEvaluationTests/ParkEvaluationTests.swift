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

  /// The issues of a park table read with `tree` (empty when it reads).
  static func issues(_ text: String, tree: ParkTree) -> [String] {
    do {
      _ = try ParkEvaluator.rows(try CSVTable(text: text, file: "p.csv"), tree: tree)
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  /// A park id twice, a class a branch has no weight for (and no `default`)
  /// and a header-only table are errors, all reported at once.
  @Test func duplicateParksClassesWithoutWeightAndEmptyTablesAreErrors() throws {
    let tree = try ParkTree.parse(text: """
      branches:
        - {name: a, weights: {national: 1, 省级: 2}, indicators: [{column: c, weight: 1}]}
      """, file: "tree.yaml")
    #expect(Self.issues("park,class,c\nP1,national,1\nP2,city,2\nP1,National,3\nP4,,4\n", tree: tree) == [
      "p.csv, row 3, column 'class': 'city' has no weight in branch 'a', which has no `default` (classes: national, provincial)",
      "p.csv, row 4, column 'park': 'P1' already used in row 2",
      "p.csv, row 5, column 'class': no class given (so 'default') has no weight in branch 'a', which has no `default` (classes: national, provincial)",
    ])
    #expect(Self.issues("park,class,c\n", tree: tree) == ["p.csv: has no data rows; at least one is needed"])
  }

  /// Park classes match ignoring case, and 国家级/省级/县级 are national/provincial/county.
  @Test func parkClassesMatchIgnoringCaseAndInChinese() throws {
    let table = try CSVTable(text: """
      园区,级别,tax_per_mu,energy_per_value_added
      P1,National,30,0.5
      P2,县级,20,1.0
      P3,PROVINCIAL,10,0.7
      """, file: "park_indicators.csv")
    let tree = try ParkTree.parse(text: Self.tree, file: "tree.yaml")
    let scores = ParkEvaluator.evaluate(try ParkEvaluator.rows(table, tree: tree), tree: tree)
    // As in weightsPerClassNormalisationRanksAndStars: P2 takes the county weights.
    #expect(scores.map(\.score).map { ($0 * 1e9).rounded() / 1e9 } == [100, 20, 24])
    #expect(scores.map(\.parkClass) == ["National", "县级", "PROVINCIAL"])
    #expect(throws: DataErrors.self) {
      try ParkTree.parse(text: "branches: [{name: a, weights: {county: 1, 县级: 2}, indicators: [{column: c, weight: 1}]}]", file: "t")
    }
  }
}
