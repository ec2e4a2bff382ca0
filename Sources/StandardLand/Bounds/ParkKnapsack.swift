import GLPK

/// A park's limit rows read as a 0–1 knapsack: every plan fits it, so
/// inequalities valid for the knapsack's 0–1 points
/// (``KnapsackHullSeparator``) are valid for the standard-land MIP.
///
/// Two knapsacks per park at most:
/// - **quotas**: the `energy_quota` and `carbon_quota` rows over the park
///   choices; an item is a park choice `y` (an `in_park[j,k]`, or the
///   `assign[j,p]` of a project's only parcel there);
/// - **land**: the `land_supply` row (增存挂钩) over the park's parcels; an
///   item is a parcel, used when Σⱼ `assign[j,p]` = 1 (at most 1 by
///   `parcel_once`).
///
/// With relief options (green power), the quota rows take tce and t CO2
/// off for a project placed with an option: the quotas knapsack is then a
/// multiple-choice one. Each park choice `y` is a group of items: *without
/// relief*, `y − Σₒ relief[j,k,o]` (0 or 1 by `relief_once`), weighing the
/// project's own energy (carbon), and *with option o*, `relief[j,k,o]`,
/// weighing the energy less the relief; at most one item per group. The
/// park's `relief_limit` rows (green land, roof area) are rows of the same
/// knapsack: an option weighs its use there, a project without relief 0.
///
/// A row is used only when every term is a pair with a coefficient ≥ 0, or
/// (quota rows) a relief option of the park whose item weighs ≥ 0; a land
/// row crediting stock land (negative coefficients) is left out. An item
/// weighs, in a row, the smallest coefficient of its pairs there: Σ
/// weight·item is then at most the row's activity for every plan, so the
/// knapsack is a relaxation of the rows.
struct ParkKnapsack: Sendable, Equatable {
  /// One term of an item: the item is Σ coefficient·variable.
  struct Term: Sendable, Equatable {
    let variable: Variable
    let coefficient: Double
  }

  /// Which rows of the park.
  enum Family: String, Sendable {
    case quotas, land
  }

  /// The park's id.
  let park: String
  /// Which rows.
  let family: Family
  /// The items: each is Σ coefficient·variable over its terms (0 or 1 in
  /// every plan).
  let items: [[Term]]
  /// Each item's group (at most one item per group; nil: no groups).
  let groups: [Int]?
  /// Weights by row, then item.
  let weights: [[Double]]
  /// The rows' upper bounds.
  let capacities: [Double]
  /// The rows, in `weights`' order.
  let rows: [Constraint]

  /// The name its cuts carry: the park's id, with `land` for the land row.
  var name: String { family == .quotas ? park : "\(park),land" }

  /// The knapsacks of every park with at least one usable row in `model`
  /// (`formulation`'s model, possibly with changed bounds or coefficients),
  /// in park order, quotas before land.
  static func all(_ formulation: StandardLandModel, in model: LinearModel) -> [ParkKnapsack] {
    let landCase = formulation.landCase
    // Items by park, in first-pair order, with the pairs behind each.
    var choicesOfPark: [String: [Variable]] = [:], pairsOfChoice: [Int: [Int]] = [:]
    var parcelsOfPark: [String: [Int]] = [:], pairsOfParcel: [Int: [Int]] = [:]
    for (k, pair) in formulation.pairs.enumerated() {
      let park = landCase.parcels[pair.parcel].parkID
      let y = formulation.choiceOfPair[k]
      if pairsOfChoice[y.index] == nil { choicesOfPark[park, default: []].append(y) }
      pairsOfChoice[y.index, default: []].append(k)
      if pairsOfParcel[pair.parcel] == nil { parcelsOfPark[park, default: []].append(pair.parcel) }
      pairsOfParcel[pair.parcel, default: []].append(k)
    }
    var reliefOfChoice: [Int: [ReliefChoice]] = [:]
    for c in formulation.reliefChoices { reliefOfChoice[c.choice.index, default: []].append(c) }
    var result: [ParkKnapsack] = []
    for park in landCase.parks {
      var quotaRows = [StandardLandModel.ParkLimit.energyQuota, .carbonQuota].compactMap { formulation.parkRows[$0]?[park.id] }
      // The park's relief limits (green land, roofs) weigh the options.
      if let limits = landCase.relief?.limits {
        quotaRows += formulation.reliefLimitRows.filter { limits[$0.limit].parkID == park.id }.map(\.row)
      }
      if let choices = choicesOfPark[park.id],
        let knapsack = quotas(park.id, choices, pairsOfChoice, reliefOfChoice, quotaRows, formulation, model)
      {
        result.append(knapsack)
      }
      if let parcels = parcelsOfPark[park.id], let row = formulation.parkRows[.landSupply]?[park.id] {
        let groups = parcels.map { pairsOfParcel[$0] ?? [] }
        let items = groups.map { $0.map { Term(variable: formulation.variable($0), coefficient: 1) } }
        if let knapsack = make(park.id, .land, items: items, pairs: groups, rows: [row], formulation, model) {
          result.append(knapsack)
        }
      }
    }
    return result
  }

  /// The quotas knapsack of a park: plain, or multiple-choice when its
  /// park choices have relief options.
  private static func quotas(
    _ park: String, _ choices: [Variable], _ pairsOfChoice: [Int: [Int]], _ reliefOfChoice: [Int: [ReliefChoice]],
    _ rows: [Constraint], _ formulation: StandardLandModel, _ model: LinearModel
  ) -> ParkKnapsack? {
    guard choices.contains(where: { reliefOfChoice[$0.index] != nil }) else {
      return make(
        park, .quotas, items: choices.map { [Term(variable: $0, coefficient: 1)] },
        pairs: choices.map { pairsOfChoice[$0.index] ?? [] }, rows: rows, formulation, model)
    }
    // Items: per park choice, "without relief", then one per option.
    var items: [[Term]] = [], groups: [Int] = [], pairs: [[Int]] = [], options: [Variable?] = []
    for (g, y) in choices.enumerated() {
      let relief = reliefOfChoice[y.index] ?? []
      items.append([Term(variable: y, coefficient: 1)] + relief.map { Term(variable: $0.variable, coefficient: -1) })
      options.append(nil)
      for c in relief {
        items.append([Term(variable: c.variable, coefficient: 1)])
        options.append(c.variable)
      }
      let itemCount = 1 + relief.count
      groups += Array(repeating: g, count: itemCount)
      pairs += Array(repeating: pairsOfChoice[y.index] ?? [], count: itemCount)
    }
    return make(
      park, .quotas, items: items, pairs: pairs, options: options, groups: groups, rows: rows, formulation, model)
  }

  /// The knapsack of `rows` over `items`, or nil when no row is usable.
  /// `pairs` holds the pairs behind each item; `options`, when given, the
  /// relief option each item stands for (nil: none), whose coefficient is
  /// added to the item's weight; `groups`, the items' groups.
  ///
  /// A row is usable when its upper bound is finite and ≥ 0, every term is
  /// a pair with a coefficient > 0 or one of `options`, and every item
  /// weighs ≥ 0.
  private static func make(
    _ park: String, _ family: Family, items: [[Term]], pairs: [[Int]], options: [Variable?]? = nil,
    groups: [Int]? = nil, rows candidates: [Constraint], _ formulation: StandardLandModel, _ model: LinearModel
  ) -> ParkKnapsack? {
    let pairCount = formulation.pairs.count
    let optionVariables = Set((options ?? []).compactMap { $0?.index })
    var weights: [[Double]] = [], capacities: [Double] = [], rows: [Constraint] = []
    rowLoop: for row in candidates {
      let upper = model.upperBound(of: row)
      guard upper.isFinite, upper >= 0 else { continue }
      let e = model.expression(of: row)
      var coefficient: [Int: Double] = [:]
      for (v, c) in zip(e.variables, e.coefficients) where c != 0 {
        let index = Int(v)
        guard (index < pairCount && c > 0) || optionVariables.contains(index) else { continue rowLoop }
        coefficient[index, default: 0] += c
      }
      var rowWeights: [Double] = []
      for i in items.indices {
        let own = pairs[i].map { coefficient[$0] ?? 0 }.min() ?? 0
        let weight = own + (options?[i].map { coefficient[$0.index] ?? 0 } ?? 0)
        guard weight >= 0 else { continue rowLoop }
        rowWeights.append(weight)
      }
      weights.append(rowWeights)
      capacities.append(upper)
      rows.append(row)
    }
    guard !rows.isEmpty else { return nil }
    return ParkKnapsack(
      park: park, family: family, items: items, groups: groups, weights: weights, capacities: capacities, rows: rows)
  }
}
