import Testing
@testable import GLPK

/// A model with only some columns is the model with the others fixed at 0.
@Suite struct KeepingColumnsTests {
  @Test(arguments: [[0, 2, 4], [5, 1, 3], [0, 1, 2, 3, 4, 5], [4]])
  func sameOptimumAsFixingTheOthersAtZero(_ kept: [Int]) throws {
    let (model, _) = BranchingPriorityTests.twoBinKnapsack(priorities: true)
    // Keep the kept items' assignments (columns 2i, 2i+1) and every `in`.
    let itemColumns = kept.flatMap { [2 * $0, 2 * $0 + 1] }
    let inColumns = Array(12..<18)
    let columns = itemColumns + inColumns
    let small = model.keepingColumns(columns)
    var fixed = model
    for j in 0..<12 where !itemColumns.contains(j) { fixed.fix(Variable(index: j), at: 0) }

    #expect(small.variableCount == columns.count)
    #expect(small.constraintCount == model.constraintCount)
    #expect(small.validate().isEmpty)
    for (k, j) in columns.enumerated() { #expect(small.columnName[k] == model.columnName[j]) }
    // The `in` columns keep their branching priority under their new index.
    for k in itemColumns.count..<columns.count { #expect(small.branchingPriorities[k] == 5) }

    var options = SolveOptions()
    options.relativeMIPGap = 0
    let a = try Solver(options: options).solve(small)
    let b = try Solver(options: options).solve(fixed)
    #expect(a.termination == .optimal && b.termination == .optimal)
    let value = try #require(a.objectiveValue)
    #expect(abs(value - (b.objectiveValue ?? .nan)) < 1e-9)
    // The small model's plan, put back, is a plan of the full model.
    let selection = ColumnSelection(columns: columns, of: model.variableCount)
    let full = selection.expand(a.values, filling: 0)
    #expect(model.infeasibility(of: full) == nil)
    #expect(abs(model.objectiveValue(at: full) - value) < 1e-9)
    #expect(selection.restrict(full) == a.values)
  }

  /// A basis over some columns, put back, has the others nonbasic at their
  /// lower bound; restricted again, it is the same basis.
  @Test func basisRoundTrip() {
    let selection = ColumnSelection(columns: [3, 0], of: 4)
    let basis = Basis(rows: [.basic], columns: [.basic, .atUpper])
    let full = selection.expand(basis)
    #expect(full == Basis(rows: [.basic], columns: [.atUpper, .atLower, .atLower, .basic]))
    #expect(selection.restrict(full) == basis)
  }

  @Test func keepingEveryColumnKeepsTheOptimum() throws {
    let (model, optimum) = BranchingPriorityTests.twoBinKnapsack(priorities: false)
    var options = SolveOptions()
    options.relativeMIPGap = 0
    let all = model.keepingColumns(Array(0..<model.variableCount))
    #expect(try Solver(options: options).solve(all).objectiveValue == optimum)
  }
}
