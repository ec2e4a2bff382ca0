import GLPK

/// A quick plan that respects every park limit: projects in order (must-place
/// ones first), each on its most valuable free eligible parcel
/// that keeps the park's rows within their bounds (among equally valuable
/// ones, the parcel whose park has the most room left on the rows it
/// uses), then improved by swaps: an unplaced project replaces a placed,
/// less valuable one in the same park when that makes room for it.
///
/// It is the search's first incumbent and MIP start, so that a time limit
/// reached before branch-and-cut finds a plan still returns one (and says
/// it is not proven). Its values are checked against every row of the model
/// (``ParkFirstSearch``), so a start that breaks a row the greedy rule does
/// not know of (an added row) is simply not used.
enum GreedyPlan {
  /// The full variable vector of the plan: the best of the plans built with
  /// projects ordered by value, by value per tce of energy and by value per
  /// mu of the smallest parcel they can use.
  static func values(_ f: StandardLandModel, model: LinearModel) -> [Double] {
    let landCase = f.landCase
    let best = landCase.projects.indices.map { j in f.pairs(ofProject: j).map(f.pairValue).max() ?? 0 }
    let area = landCase.projects.indices.map { j in
      f.pairs(ofProject: j).map { landCase.parcels[f.pairs[$0].parcel].areaMu }.min() ?? 1
    }
    let keys: [(Int) -> Double] = [
      { best[$0] }, { best[$0] / max(landCase.projects[$0].energyTce, 1e-9) }, { best[$0] / max(area[$0], 1e-9) },
    ]
    var chosen: (values: [Double], objective: Double)?
    for key in keys {
      let values = plan(f, model: model, key: key)
      let objective = model.objectiveValue(at: values)
      if chosen == nil || objective > (chosen?.objective ?? 0) + 1e-9 { chosen = (values, objective) }
    }
    return chosen?.values ?? [Double](repeating: 0, count: model.variableCount)
  }

  /// One plan: projects by `key`, highest first (must-place ones first).
  private static func plan(_ f: StandardLandModel, model: LinearModel, key: (Int) -> Double) -> [Double] {
    var state = State(f, model: model)
    let required = requiredProjects(f, model: model)
    let keyOf = f.landCase.projects.indices.map(key)
    let order = f.landCase.projects.indices.filter { !f.pairs(ofProject: $0).isEmpty }.sorted { a, b in
      let ra = required.contains(a), rb = required.contains(b)
      if ra != rb { return ra }
      return keyOf[a] != keyOf[b] ? keyOf[a] > keyOf[b] : a < b
    }
    state.fill(order, keeping: required)
    return state.point()
  }

  /// The projects `model` requires (project row's lower bound 1).
  static func requiredProjects(_ f: StandardLandModel, model: LinearModel) -> Set<Int> {
    var required = Set(f.projectRows.filter { model.lowerBound(of: $0.value) >= 0.5 }.map(\.key))
    // A project with one eligible parcel has no row: its pair's bound says it.
    for j in f.landCase.projects.indices where f.projectRows[j] == nil {
      let pairs = f.pairs(ofProject: j)
      if pairs.count == 1, model.lowerBound(of: f.variable(pairs[0])) >= 0.5 { required.insert(j) }
    }
    return required
  }

  /// The plan being built: placed pairs and the park rows' activities.
  /// Shared with the repair (GreedyPlan+Repair.swift).
  struct State {
    let f: StandardLandModel
    let model: LinearModel
    /// The park rows touched by each pair, with their coefficients.
    var rowsOfPair: [[(row: Int, coefficient: Double)]]
    var activity: [Int: Double] = [:]
    var pairOfProject: [Int: Int] = [:]
    var pairOfParcel: [Int: Int] = [:]
    /// Placed pairs by park.
    var placedInPark: [String: Set<Int>] = [:]
    /// Projects placed only with a relief option (``QuotaRelief/requiredProjectIDs``):
    /// the greedy rule leaves relief options at 0, so it skips them.
    let needsRelief: Set<Int>

    init(_ f: StandardLandModel, model: LinearModel) {
      self.f = f
      self.model = model
      needsRelief = f.reliefRequiredProjects
      rowsOfPair = [[(row: Int, coefficient: Double)]](repeating: [], count: f.pairs.count)
      for (row, byPair) in f.parkRowCoefficients(in: model).sorted(by: { $0.key < $1.key }) {
        for (k, c) in byPair.sorted(by: { $0.key < $1.key }) {
          if k < f.pairs.count { rowsOfPair[k].append((row, c)) } else { rowsOfRelief[k, default: []].append((row, c)) }
        }
        activity[row] = 0
      }
    }

    /// The park rows touched by each relief option (by variable index).
    var rowsOfRelief: [Int: [(row: Int, coefficient: Double)]] = [:]
    /// The relief option on for a placed project, by project.
    var reliefOf: [Int: ReliefChoice] = [:]

    /// Turns relief option `c` on for its placed project.
    mutating func turnOn(_ c: ReliefChoice) {
      reliefOf[c.project] = c
      for r in rowsOfRelief[c.variable.index] ?? [] { activity[r.row, default: 0] += r.coefficient }
    }

    func park(_ k: Int) -> String { f.landCase.parcels[f.pairs[k].parcel].parkID }
    func isOpen(_ k: Int) -> Bool {
      model.upperBound(of: f.variable(k)) >= 0.5 && !needsRelief.contains(f.pairs[k].project)
    }

    /// True when adding pair `k` keeps its park rows within their bounds (a
    /// row already outside, e.g. a share that existing firms miss, must not
    /// get worse).
    func fits(_ k: Int) -> Bool {
      rowsOfPair[k].allSatisfy { r in
        let now = activity[r.row] ?? 0, after = now + r.coefficient
        let row = Constraint(index: r.row)
        return after <= model.upperBound(of: row) + 1e-9 && after >= min(model.lowerBound(of: row), now) - 1e-9
      }
    }

    /// True when turning relief option `c` on keeps its park's relief
    /// limits (`relief_limit[k,r]`, at the model's bounds) within their
    /// bounds, with the options already on; the quota rows it lowers only
    /// gain room.
    func fitsRelief(_ c: ReliefChoice) -> Bool {
      guard let relief = f.landCase.relief else { return true }
      for limitRow in f.reliefLimitRows {
        let limit = relief.limits[limitRow.limit]
        guard limit.parkID == c.parkID else { continue }
        let more = relief.options[c.option].use(of: limit.resource)
        guard more > 0 else { continue }
        let used = reliefOf.values.filter { $0.parkID == c.parkID }.reduce(0) {
          $0 + relief.options[$1.option].use(of: limit.resource)
        }
        let bound = model.upperBound(of: limitRow.row)
        if used + more > bound + 1e-9 * max(1, abs(bound)) { return false }
      }
      return true
    }

    /// The largest share of a row's room left that pair `k` would use.
    func pressure(_ k: Int) -> Double {
      rowsOfPair[k].reduce(0) { worst, r in
        let now = activity[r.row] ?? 0, row = Constraint(index: r.row)
        let room = r.coefficient > 0 ? model.upperBound(of: row) - now : now - model.lowerBound(of: row)
        guard room.isFinite, r.coefficient != 0 else { return worst }
        return max(worst, abs(r.coefficient) / max(room, 1e-9))
      }
    }

    mutating func place(_ k: Int) {
      let (j, p) = f.pairs[k]
      pairOfProject[j] = k
      pairOfParcel[p] = k
      placedInPark[park(k), default: []].insert(k)
      for r in rowsOfPair[k] { activity[r.row, default: 0] += r.coefficient }
    }

    mutating func remove(_ k: Int) {
      let (j, p) = f.pairs[k]
      if let c = reliefOf.removeValue(forKey: j) {
        for r in rowsOfRelief[c.variable.index] ?? [] { activity[r.row, default: 0] -= r.coefficient }
      }
      pairOfProject[j] = nil
      pairOfParcel[p] = nil
      placedInPark[park(k)]?.remove(k)
      for r in rowsOfPair[k] { activity[r.row, default: 0] -= r.coefficient }
    }

    /// Places the unplaced projects of `order`, in turn, where they fit
    /// best; then swaps them in where that gains, and places whatever fits
    /// on the parcels the swaps freed.
    mutating func fill(_ order: [Int], keeping required: Set<Int>) {
      for j in order where pairOfProject[j] == nil { placeBest(j) }
      for j in order where pairOfProject[j] == nil { swapIn(j, keeping: required) }
      for j in order where pairOfProject[j] == nil { placeBest(j) }
    }

    /// The full variable vector: placed pairs and their park choices at 1
    /// (relief options at 0).
    func point() -> [Double] {
      var values = [Double](repeating: 0, count: model.variableCount)
      for k in pairOfProject.values {
        values[k] = 1
        values[f.choiceOfPair[k].index] = 1
      }
      for c in reliefOf.values { values[c.variable.index] = 1 }
      return values
    }

    /// Places project `j` on its most valuable free parcel that fits.
    mutating func placeBest(_ j: Int) {
      var chosen: (k: Int, value: Double, pressure: Double, area: Double)?
      for k in f.pairs(ofProject: j) where pairOfParcel[f.pairs[k].parcel] == nil && isOpen(k) && fits(k) {
        let value = f.pairValue(k), pressure = pressure(k), area = f.landCase.parcels[f.pairs[k].parcel].areaMu
        if let c = chosen {
          if value < c.value - 1e-9 { continue }
          if abs(value - c.value) <= 1e-9 && (pressure, area) >= (c.pressure, c.area) { continue }
        }
        chosen = (k, value, pressure, area)
      }
      if let chosen { place(chosen.k) }
    }

    /// Places unplaced project `j` by taking out the least valuable placed
    /// project (not a required one) of a park whose removal lets one of
    /// `j`'s pairs fit, when that gains value.
    mutating func swapIn(_ j: Int, keeping required: Set<Int>) {
      var bestSwap: (add: Int, drop: Int, gain: Double)?
      for k in f.pairs(ofProject: j) where isOpen(k) {
        let value = f.pairValue(k)
        let holder = pairOfParcel[f.pairs[k].parcel]
        let candidates = holder.map { [$0] } ?? Array(placedInPark[park(k)] ?? [])
        for i in candidates where !required.contains(f.pairs[i].project) {
          // Taking i out takes its relief option out too (its cost with it).
          let option = reliefOf[f.pairs[i].project]
          let gain = value - f.pairValue(i) - (option.map { model.objectiveCoefficient(of: $0.variable) } ?? 0)
          guard gain > 1e-9, gain > (bestSwap?.gain ?? 0) else { continue }
          let before = activity
          remove(i)
          var ok = pairOfParcel[f.pairs[k].parcel] == nil && fits(k)
          if ok {
            // Taking i out must not break a row of its own (a leading
            // project out lowers the park's share).
            place(k)
            ok = holds(Set(rowsOfPair[i].map(\.row) + rowsOfPair[k].map(\.row)), before: before)
            remove(k)
          }
          place(i)
          if let option { turnOn(option) }
          if ok { bestSwap = (k, i, gain) }
        }
      }
      guard let bestSwap else { return }
      remove(bestSwap.drop)
      place(bestSwap.add)
    }
  }
}
