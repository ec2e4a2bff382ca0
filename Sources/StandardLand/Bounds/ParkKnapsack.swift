import GLPK

/// One park's quota rows read as a knapsack over its park choices: every
/// plan's park choices in the park fit it, so inequalities valid for the
/// knapsack's 0–1 points (``KnapsackHullSeparator``) are valid for the
/// standard-land MIP.
///
/// The rows are the park's `energy_quota` and `carbon_quota` rows whose
/// every term is a pair with a coefficient ≥ 0 (a row with relief options,
/// whose coefficients are negative, is left out). A park choice `y` (an
/// `in_park[j,k]`, or the `assign[j,p]` of a project's only parcel there)
/// weighs, in a row, the smallest coefficient of its pairs there: Σ w·y is
/// then at most the row's activity for every plan, so the knapsack is a
/// relaxation of the row.
struct ParkKnapsack: Sendable, Equatable {
  /// The park's id.
  let park: String
  /// The park choices, the knapsack's items.
  let items: [Variable]
  /// Weights by row, then item.
  let weights: [[Double]]
  /// The rows' upper bounds.
  let capacities: [Double]
  /// The rows, in `weights`' order.
  let rows: [Constraint]

  /// The knapsacks of every park with at least one such row in `model`
  /// (`formulation`'s model, possibly with changed bounds or coefficients),
  /// in park order.
  static func all(_ formulation: StandardLandModel, in model: LinearModel) -> [ParkKnapsack] {
    let landCase = formulation.landCase
    // Park choices by park, in variable order, and the pairs behind each.
    var choicesOfPark: [String: [Variable]] = [:]
    var pairsOfChoice: [Int: [Int]] = [:]
    for (k, pair) in formulation.pairs.enumerated() {
      let y = formulation.choiceOfPair[k]
      if pairsOfChoice[y.index] == nil {
        choicesOfPark[landCase.parcels[pair.parcel].parkID, default: []].append(y)
      }
      pairsOfChoice[y.index, default: []].append(k)
    }
    let pairCount = formulation.pairs.count
    var result: [ParkKnapsack] = []
    for park in landCase.parks {
      guard let items = choicesOfPark[park.id] else { continue }
      var weights: [[Double]] = [], capacities: [Double] = [], rows: [Constraint] = []
      for limit in [StandardLandModel.ParkLimit.energyQuota, .carbonQuota] {
        guard let row = formulation.parkRows[limit]?[park.id] else { continue }
        let upper = model.upperBound(of: row)
        guard upper.isFinite, upper >= 0 else { continue }
        let e = model.expression(of: row)
        var coefficient: [Int: Double] = [:]
        var pure = true
        for (v, c) in zip(e.variables, e.coefficients) where c != 0 {
          if Int(v) >= pairCount || c < 0 { pure = false; break }
          coefficient[Int(v), default: 0] += c
        }
        guard pure else { continue }
        weights.append(items.map { y in (pairsOfChoice[y.index] ?? []).map { coefficient[$0] ?? 0 }.min() ?? 0 })
        capacities.append(upper)
        rows.append(row)
      }
      if !rows.isEmpty {
        result.append(ParkKnapsack(park: park.id, items: items, weights: weights, capacities: capacities, rows: rows))
      }
    }
    return result
  }
}
