import Testing
import GLPK

/// `LinearModel.shiftingOrigin`: a solve with a column fixed inside its
/// bounds continues, from exactly that point, to the full model's optimum.
@Suite struct ShiftedModelTests {
  /// A toy sizing LP: capacity `cap` (cost 30 per unit, ≤ 200), each hour's
  /// generation ≤ cf × cap, load met by generation or import (cost 1 + t %
  /// 3 per unit, ≤ 20 an hour), surplus spilled.
  static func sizing(hours: Int = 48) -> (LinearModel, Variable) {
    var m = LinearModel()
    let cap = m.addVariable("cap", lowerBound: 0, upperBound: 200)
    var cost = LinearExpression()
    cost.add(cap, times: 30)
    for t in 0..<hours {
      let cf = [0.0, 0.1, 0.35, 0.7, 0.9, 0.6, 0.25, 0.05][t % 8]
      let load = 10 + Double((t * 5) % 7)
      let g = m.addVariable("gen[\(t)]", lowerBound: 0)
      let imp = m.addVariable("import[\(t)]", lowerBound: 0, upperBound: 20)
      m.addConstraint(g - cf * cap <= 0, name: "available[\(t)]")
      m.addConstraint(g + imp >= load, name: "balance[\(t)]")
      cost.add(imp, times: 1 + Double(t % 3))
    }
    m.setObjective(cost, sense: .minimize)
    return (m, cap)
  }

  @Test func fromAFixedSolveToTheOptimumExactly() throws {
    let (model, cap) = Self.sizing()
    let cold = try Solver().solve(model)
    let optimum = try #require(cold.objectiveValue)
    let best = cold[cap]
    #expect(best > 1 && best < 199, "the optimum's capacity is inside its bounds: \(best)")
    for value in [best * 0.6, best * 1.3] {
      var fixed = model
      fixed.fix(cap, at: value)
      let stage = try Solver().solve(fixed)
      #expect(stage.termination == .optimal)
      let shifted = model.shiftingOrigin([(cap, value)])
      var warm = SolveOptions()
      warm.warmStart = shifted.startingBasis(from: try #require(stage.basis))
      let finish = try Solver(options: warm).solve(shifted.model)
      #expect(finish.termination == .optimal)
      let reached = try #require(finish.objectiveValue)
      #expect(abs(reached - optimum) <= 1e-9 * abs(optimum), "\(value): \(reached) vs \(optimum)")
      #expect(abs(shifted.originalValues(finish.values)[cap.index] - best) <= 1e-7, "the same capacity")
      // Started from the fixed solve's point: far fewer iterations than cold.
      #expect(finish.iterations < cold.iterations, "\(finish.iterations) vs \(cold.iterations) cold")
      // Back on the original model, the basis found is optimal as it is.
      var back = SolveOptions()
      back.warmStart = shifted.originalBasis(from: try #require(finish.basis))
      let original = try Solver(options: back).solve(model)
      #expect(original.termination == .optimal && original.iterations == 0)
      #expect(abs(try #require(original.objectiveValue) - optimum) <= 1e-9 * abs(optimum))
      // Mapped back without that solve: the same values, activities, duals,
      // reduced costs and basis.
      let mapped = shifted.originalSolution(finish, of: model)
      #expect(mapped.values.count == original.values.count)
      for (a, b) in zip(mapped.values, original.values) { #expect(abs(a - b) <= 1e-7) }
      for (a, b) in zip(mapped.activities, original.activities) { #expect(abs(a - b) <= 1e-7) }
      let mappedDuals = try #require(mapped.duals), duals = try #require(original.duals)
      #expect(mappedDuals.count == duals.count)
      for (a, b) in zip(mappedDuals, duals) { #expect(abs(a - b) <= 1e-9) }
      let mappedCosts = try #require(mapped.reducedCosts), costs = try #require(original.reducedCosts)
      for (a, b) in zip(mappedCosts, costs) { #expect(abs(a - b) <= 1e-9) }
      #expect(abs(mappedCosts[cap.index]) <= 1e-9, "the capacity is basic: no reduced cost")
      #expect(mapped.basis?.columns == original.basis?.columns)
      #expect(mapped.basis?.rows == original.basis?.rows)
      #expect(abs(try #require(mapped.objectiveValue) - optimum) <= 1e-9 * abs(optimum))
    }
  }

  @Test func theShiftedModelHasTheSameOptimumFromAnyStart() throws {
    let (model, cap) = Self.sizing(hours: 16)
    let optimum = try #require(try Solver().solve(model).objectiveValue)
    let shifted = model.shiftingOrigin([(cap, 25)])
    #expect(shifted.model.constraintCount == model.constraintCount + 1)
    #expect(shifted.model.lowerBound(of: shifted.boundRows[0]) == -25)
    #expect(shifted.model.upperBound(of: shifted.boundRows[0]) == 175)
    let solved = try Solver().solve(shifted.model)
    #expect(abs(try #require(solved.objectiveValue) - optimum) <= 1e-9 * abs(optimum))
  }

  /// A column that ends at a bound: its bound row is non-basic there, and
  /// the original basis puts the column non-basic at that bound.
  @Test func aColumnEndingAtItsBoundMapsBackToThatBound() throws {
    var (model, cap) = Self.sizing(hours: 16)
    model.setObjectiveCoefficient(cap, 0.01)  // capacity nearly free: all 200
    let optimum = try #require(try Solver().solve(model).objectiveValue)
    var fixed = model
    fixed.fix(cap, at: 20)
    let stage = try Solver().solve(fixed)
    let shifted = model.shiftingOrigin([(cap, 20)])
    var warm = SolveOptions()
    warm.warmStart = shifted.startingBasis(from: try #require(stage.basis))
    let finish = try Solver(options: warm).solve(shifted.model)
    #expect(abs(shifted.originalValues(finish.values)[cap.index] - 200) <= 1e-9)
    var back = SolveOptions()
    let basis = shifted.originalBasis(from: try #require(finish.basis))
    back.warmStart = basis
    let original = try Solver(options: back).solve(model)
    #expect(original.iterations == 0)
    #expect(abs(try #require(original.objectiveValue) - optimum) <= 1e-9 * abs(optimum))
    // The capacity ends at its upper bound: its reduced cost (the bound
    // row's dual, mapped back) is the original's, and not zero.
    let mapped = shifted.originalSolution(finish, of: model)
    let reduced = try #require(mapped.reducedCosts?[cap.index]), expected = try #require(original.reducedCosts?[cap.index])
    #expect(abs(reduced - expected) <= 1e-9 && abs(expected) > 1e-6, "\(reduced) vs \(expected)")
  }

  /// Columns the fixed solve also fixed at a bound, their own or one a row
  /// implies (each hour's generation at its available output where a first
  /// fixed-capacity solve has it there: `fixNearBounds`): the restricted
  /// solve has the same optimum, the start makes the row-fixed columns basic
  /// and those rows non-basic, and the finish reaches the full optimum
  /// exactly, in fewer iterations than cold.
  @Test func columnsFixedNearABoundAreFreedAgain() throws {
    let (model, cap) = Self.sizing()
    let cold = try Solver().solve(model)
    let optimum = try #require(cold.objectiveValue)
    let value = cold[cap] * 0.8
    var fixed = model
    fixed.fix(cap, at: value)
    let first = try Solver().solve(fixed)
    let point = fixed.variables.filter { $0 != cap }.map { (variable: $0, value: first[$0]) }
    var restricted = fixed
    let released = restricted.fixNearBounds(point, tolerance: 1e-9, throughRows: true)
    let throughRows = released.filter { $0.constraint != nil }
    let atOutput = throughRows.filter { restricted.name(of: $0.constraint!)?.hasPrefix("available") == true }
    #expect(atOutput.count >= 10, "\(atOutput.count) hours at their available output")
    #expect(atOutput.allSatisfy { $0.status == .atUpper })
    #expect(released.count > throughRows.count, "imports at 0 or 20")
    let stage = try Solver().solve(restricted)
    #expect(stage.termination == .optimal)
    let restrictedValue = try #require(stage.objectiveValue), fixedValue = try #require(first.objectiveValue)
    #expect(abs(restrictedValue - fixedValue) <= 1e-9 * abs(fixedValue))
    let shifted = model.shiftingOrigin([(cap, value)])
    let start = shifted.startingBasis(from: try #require(stage.basis), released: released)
    for f in throughRows {
      #expect(start.columns[f.variable.index] == .basic)
      #expect(start.rows[f.constraint!.index] == f.status)
    }
    var warm = SolveOptions()
    warm.warmStart = start
    let finish = try Solver(options: warm).solve(shifted.model)
    #expect(finish.termination == .optimal)
    #expect(abs(try #require(finish.objectiveValue) - optimum) <= 1e-9 * abs(optimum))
    #expect(finish.iterations < cold.iterations, "\(finish.iterations) vs \(cold.iterations) cold")
  }
}
