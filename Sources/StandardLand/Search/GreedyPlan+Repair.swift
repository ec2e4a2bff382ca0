import GLPK

/// Repairing a plan to fit a changed model (a project forced in, a limit
/// raised) and polishing one: the greedy rule applied to a plan instead of
/// to nothing.
extension GreedyPlan {
  /// `plan` (a full variable vector, e.g. the plan before a row changed)
  /// made to fit `model`: a required project it leaves out goes in on the
  /// eligible parcel where that costs least, the projects in its way (the
  /// parcel's holder, then the least valuable ones of the park on each row
  /// it breaks) coming out; then every unplaced project is placed where it
  /// fits and swapped in where that gains. The result is checked against
  /// every row by the caller, like the greedy plan.
  static func repaired(_ f: StandardLandModel, model: LinearModel, plan: [Double]) -> [Double] {
    var state = State(f, model: model)
    // The plan's relief options stay on with their projects' placements (a
    // project placed only with relief keeps its place only with its option).
    let relief = f.chosenRelief(plan)
    for k in f.pairs.indices where plan[k] > 0.5 && state.pairOfProject[f.pairs[k].project] == nil
      && state.pairOfParcel[f.pairs[k].parcel] == nil
    {
      let j = f.pairs[k].project
      var option = relief[j].flatMap { $0.choice == f.choiceOfPair[k] ? $0 : nil }
      if option == nil, state.needsRelief.contains(j) {
        // A plan without relief (the case without green power) places a
        // project that needs it: its first option there that fits.
        option = f.reliefChoices.first { $0.choice == f.choiceOfPair[k] && state.fitsRelief($0) }
        if option == nil { continue }
      }
      state.place(k)
      if let option { state.turnOn(option) }
    }
    let required = requiredProjects(f, model: model)
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
    let worth = f.landCase.projects.indices.map { j in f.pairs(ofProject: j).map(f.pairValue).max() ?? 0 }
    let byValue = f.landCase.projects.indices.filter { state.pairOfProject[$0] == nil && !f.pairs(ofProject: $0).isEmpty }
      .sorted { a, b in worth[a] != worth[b] ? worth[a] > worth[b] : a < b }
    state.fill(byValue, keeping: required)
    return state.point()
  }
}

extension GreedyPlan.State {
  /// The objective over the placed pairs.
  var value: Double {
    pairOfProject.values.reduce(0) { $0 + f.pairValue($1) }
      + reliefOf.values.reduce(0) { $0 + model.objectiveCoefficient(of: $1.variable) }
  }

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
}
