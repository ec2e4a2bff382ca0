import GLPK

/// A quick plan that respects every park limit: projects in order of value
/// (must-place ones first), each on its most valuable free eligible parcel
/// that keeps the park's rows within their bounds.
///
/// It is the search's first incumbent, so that a time limit reached before
/// branch-and-cut finds a plan still returns one (and says it is not proven).
/// Its values are checked by GLPK (``ParkFirstSearch`` solves the model with
/// every variable fixed at them), so a start that breaks a row the greedy
/// rule does not know of (an added row) is simply not used.
enum GreedyPlan {
  /// The full variable vector of the plan.
  static func values(_ f: StandardLandModel, model: LinearModel) -> [Double] {
    let landCase = f.landCase
    // The park rows touched by each pair, with their coefficients.
    var rowsOfPair = [[(row: Int, coefficient: Double)]](repeating: [], count: f.pairs.count)
    var activity: [Int: Double] = [:]
    for (row, byPair) in f.parkRowCoefficients(in: model).sorted(by: { $0.key < $1.key }) {
      for (k, c) in byPair { rowsOfPair[k].append((row, c)) }
      activity[row] = 0
    }
    func fits(_ k: Int) -> Bool {
      rowsOfPair[k].allSatisfy { r in
        let after = (activity[r.row] ?? 0) + r.coefficient
        let row = Constraint(index: r.row)
        return after <= model.upperBound(of: row) + 1e-9 && after >= min(model.lowerBound(of: row), activity[r.row] ?? 0) - 1e-9
      }
    }
    let required = Set(f.projectRows.filter { model.lowerBound(of: $0.value) >= 0.5 }.map(\.key))
    let order = landCase.projects.indices.filter { !f.pairs(ofProject: $0).isEmpty }.sorted { a, b in
      let ra = required.contains(a), rb = required.contains(b)
      if ra != rb { return ra }
      let va = f.pairs(ofProject: a).map(f.pairValue).max() ?? 0, vb = f.pairs(ofProject: b).map(f.pairValue).max() ?? 0
      return va != vb ? va > vb : a < b
    }
    var values = [Double](repeating: 0, count: model.variableCount)
    var taken = Set<Int>()
    for j in order {
      let candidates = f.pairs(ofProject: j).filter { k in
        !taken.contains(f.pairs[k].parcel) && model.upperBound(of: Variable(index: k)) >= 0.5
      }.sorted { a, b in
        let va = f.pairValue(a), vb = f.pairValue(b)
        if va != vb { return va > vb }
        return landCase.parcels[f.pairs[a].parcel].areaMu < landCase.parcels[f.pairs[b].parcel].areaMu
      }
      guard let k = candidates.first(where: fits) else { continue }
      taken.insert(f.pairs[k].parcel)
      for r in rowsOfPair[k] { activity[r.row, default: 0] += r.coefficient }
      values[k] = 1
      values[f.choiceOfPair[k].index] = 1
    }
    return values
  }
}
