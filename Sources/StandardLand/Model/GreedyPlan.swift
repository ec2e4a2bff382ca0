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
    let landCase = f.landCase
    let required = Set(f.projectRows.filter { model.lowerBound(of: $0.value) >= 0.5 }.map(\.key))
    let keyOf = landCase.projects.indices.map(key)
    let order = landCase.projects.indices.filter { !f.pairs(ofProject: $0).isEmpty }.sorted { a, b in
      let ra = required.contains(a), rb = required.contains(b)
      if ra != rb { return ra }
      return keyOf[a] != keyOf[b] ? keyOf[a] > keyOf[b] : a < b
    }
    for j in order { state.placeBest(j) }
    // Swaps, then whatever fits on the parcels they freed.
    for j in order where state.pairOfProject[j] == nil { state.swapIn(j, keeping: required) }
    for j in order where state.pairOfProject[j] == nil { state.placeBest(j) }
    var values = [Double](repeating: 0, count: model.variableCount)
    for k in state.pairOfProject.values {
      values[k] = 1
      values[f.choiceOfPair[k].index] = 1
    }
    return values
  }

  /// `plan` (a full variable vector, e.g. the plan before a row changed)
  /// made to fit `model`: a required project it leaves out goes in on the
  /// eligible parcel where that costs least, the projects in its way (the
  /// parcel's holder, then the least valuable ones of the park on each row
  /// it breaks) coming out; then every unplaced project is placed where it
  /// fits and swapped in where that gains. The result is checked against
  /// every row by the caller, like the greedy plan.
  static func repaired(_ f: StandardLandModel, model: LinearModel, plan: [Double]) -> [Double] {
    var state = State(f, model: model)
    for k in f.pairs.indices where plan[k] > 0.5 && state.pairOfProject[f.pairs[k].project] == nil
      && state.pairOfParcel[f.pairs[k].parcel] == nil
    {
      state.place(k)
    }
    let required = Set(f.projectRows.filter { model.lowerBound(of: $0.value) >= 0.5 }.map(\.key))
    for j in required.sorted() where state.pairOfProject[j] == nil {
      var best: (state: State, value: Double)?
      for k in f.pairs(ofProject: j) where state.isOpen(k) {
        var trial = state
        guard trial.forceIn(k, keeping: required) else { continue }
        let value = trial.value
        if best == nil || value > best!.value + 1e-9 { best = (trial, value) }
      }
      if let best { state = best.state }
    }
    let byValue = f.landCase.projects.indices.filter { state.pairOfProject[$0] == nil && !f.pairs(ofProject: $0).isEmpty }
      .sorted { a, b in
        let va = f.pairs(ofProject: a).map(f.pairValue).max() ?? 0, vb = f.pairs(ofProject: b).map(f.pairValue).max() ?? 0
        return va != vb ? va > vb : a < b
      }
    for j in byValue where state.pairOfProject[j] == nil { state.placeBest(j) }
    for j in byValue where state.pairOfProject[j] == nil { state.swapIn(j, keeping: required) }
    for j in byValue where state.pairOfProject[j] == nil { state.placeBest(j) }
    var values = [Double](repeating: 0, count: model.variableCount)
    for k in state.pairOfProject.values {
      values[k] = 1
      values[f.choiceOfPair[k].index] = 1
    }
    return values
  }

  /// The plan being built: placed pairs and the park rows' activities.
  private struct State {
    let f: StandardLandModel
    let model: LinearModel
    /// The park rows touched by each pair, with their coefficients.
    var rowsOfPair: [[(row: Int, coefficient: Double)]]
    var activity: [Int: Double] = [:]
    var pairOfProject: [Int: Int] = [:]
    var pairOfParcel: [Int: Int] = [:]
    /// Placed pairs by park.
    var placedInPark: [String: Set<Int>] = [:]

    init(_ f: StandardLandModel, model: LinearModel) {
      self.f = f
      self.model = model
      rowsOfPair = [[(row: Int, coefficient: Double)]](repeating: [], count: f.pairs.count)
      for (row, byPair) in f.parkRowCoefficients(in: model).sorted(by: { $0.key < $1.key }) {
        for (k, c) in byPair { rowsOfPair[k].append((row, c)) }
        activity[row] = 0
      }
    }

    func park(_ k: Int) -> String { f.landCase.parcels[f.pairs[k].parcel].parkID }
    func isOpen(_ k: Int) -> Bool { model.upperBound(of: Variable(index: k)) >= 0.5 }

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
      pairOfProject[j] = nil
      pairOfParcel[p] = nil
      placedInPark[park(k)]?.remove(k)
      for r in rowsOfPair[k] { activity[r.row, default: 0] -= r.coefficient }
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

    /// The objective over the placed pairs.
    var value: Double { pairOfProject.values.reduce(0) { $0 + f.pairValue($1) } }

    /// Places pair `k`, taking out the parcel's holder and then, while a
    /// park row of `k` would break, the least valuable placed project of
    /// the park (not a required one) that moves that row back; false when
    /// nothing more can come out.
    mutating func forceIn(_ k: Int, keeping required: Set<Int>) -> Bool {
      let before = activity
      var touched = Set(rowsOfPair[k].map(\.row))
      if let holder = pairOfParcel[f.pairs[k].parcel] {
        guard !required.contains(f.pairs[holder].project) else { return false }
        remove(holder)
      }
      while !fits(k) {
        let broken = rowsOfPair[k].compactMap { r -> (row: Int, sign: Double)? in
          let now = activity[r.row] ?? 0, after = now + r.coefficient, row = Constraint(index: r.row)
          if after > model.upperBound(of: row) + 1e-9 { return (r.row, 1) }
          if after < min(model.lowerBound(of: row), now) - 1e-9 { return (r.row, -1) }
          return nil
        }
        guard let row = broken.first else { break }
        let victim = (placedInPark[park(k)] ?? []).filter { i in
          !required.contains(f.pairs[i].project)
            && rowsOfPair[i].contains { $0.row == row.row && $0.coefficient * row.sign > 1e-12 }
        }.min { a, b in (f.pairValue(a), a) < (f.pairValue(b), b) }
        guard let victim else { return false }
        touched.formUnion(rowsOfPair[victim].map(\.row))
        remove(victim)
      }
      place(k)
      // Taking a project out may break another row (a leading project out
      // lowers the park's share).
      return holds(touched, before: before)
    }

    /// True when each of `rows` is within its bounds, or no further outside
    /// them than in `before`.
    func holds(_ rows: Set<Int>, before: [Int: Double]) -> Bool {
      rows.allSatisfy { r in
        let now = activity[r] ?? 0, was = before[r] ?? 0, row = Constraint(index: r)
        let upper = model.upperBound(of: row), lower = model.lowerBound(of: row)
        return (now <= upper + 1e-9 || now <= was + 1e-9) && (now >= lower - 1e-9 || now >= was - 1e-9)
      }
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
          let gain = value - f.pairValue(i)
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
          if ok { bestSwap = (k, i, gain) }
        }
      }
      guard let bestSwap else { return }
      remove(bestSwap.drop)
      place(bestSwap.add)
    }
  }
}
