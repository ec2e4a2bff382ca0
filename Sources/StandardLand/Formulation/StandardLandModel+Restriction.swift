import GLPK

/// A standard-land formulation over a subset of its pairs, and the way
/// between its variables and the full model's.
///
/// Pairs left out are as if fixed at 0, so every plan of the restricted
/// model is a plan of the full one. A search that fixes most parcel choices
/// at 0 for many solves (the LP-guided plan and the park-group search on
/// the 2,000-project case keep 46k of 283k) builds the smaller model once;
/// GLPK then loads and presolves only what can move.
struct PairRestriction {
  /// The formulation over the pairs kept (rows unchanged).
  let formulation: StandardLandModel
  /// Which of the full model's variables the restricted model's stand for.
  let selection: ColumnSelection

  /// `values` of the full model, restricted to the columns kept.
  func restrict(_ values: [Double]) -> [Double] { selection.restrict(values) }

  /// `values` of the restricted model as the full model's (0 elsewhere).
  func expand(_ values: [Double]) -> [Double] { selection.expand(values, filling: 0) }

  /// A plan of the restricted model as a plan of `model` (nil when it is
  /// none, which cannot happen for a plan of the restricted model).
  func expand(_ solution: Solution, in model: LinearModel) -> Solution? {
    guard solution.hasFeasiblePoint else { return nil }
    var plan = Solution(feasiblePoint: expand(solution.values), of: model, termination: solution.termination)
    plan?.nodes = solution.nodes
    plan?.iterations = solution.iterations
    plan?.solveSeconds = solution.solveSeconds
    return plan
  }

  /// A plan of the full model as one of the restricted model; nil when it
  /// uses a pair left out.
  func restrict(_ solution: Solution?) -> Solution? {
    guard let solution, solution.hasFeasiblePoint else { return nil }
    return Solution(feasiblePoint: restrict(solution.values), of: formulation.model, termination: solution.termination)
  }
}

extension StandardLandModel {
  /// The formulation over `model` (this formulation's model, possibly with
  /// changed bounds, coefficients or added rows, but the same variables)
  /// with only the pairs `keep` says to keep, and every park choice (a pair
  /// that is a park choice is always kept).
  func restricted(_ model: LinearModel, keepingPairs keep: (Int) -> Bool) -> PairRestriction {
    var isChoice = [Bool](repeating: false, count: model.variableCount)
    for y in parkChoices { isChoice[y.index] = true }
    let keptPairs = pairs.indices.filter { isChoice[$0] || keep($0) }
    let columns = keptPairs + Array(pairs.count..<model.variableCount)
    var newIndex = [Int](repeating: -1, count: model.variableCount)
    for (k, j) in columns.enumerated() { newIndex[j] = k }
    let restrictedModel = model.keepingColumns(columns)
    let restrictedVariables = restrictedModel.variables
    func mapped(_ v: Variable) -> Variable { restrictedVariables[newIndex[v.index]] }
    let formulation = StandardLandModel(
      landCase: landCase, pairs: keptPairs.map { pairs[$0] }, model: restrictedModel,
      projectRows: projectRows, parkRows: parkRows, parkChoices: parkChoices.map(mapped),
      parcelChoices: parcelChoices.filter { newIndex[$0.index] >= 0 }.map(mapped),
      choiceOfPair: keptPairs.map { mapped(choiceOfPair[$0]) },
      reliefChoices: reliefChoices.map { $0.mapped(mapped) }, reliefLimitRows: reliefLimitRows)
    return PairRestriction(formulation: formulation, selection: ColumnSelection(columns: columns, of: model.variableCount))
  }
}
