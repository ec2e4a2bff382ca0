import GLPK

/// The LP relaxation of a standard-land model, solved over a working set of
/// parcel choices that pricing grows (column generation).
///
/// A project usually has many eligible parcels in a park and nearly all of
/// them are equivalent, yet each is a column: 290,000 on the 2,000-project
/// case, where GLPK's simplex needs about 90 s for the relaxation. This
/// solves a restricted LP with every park choice but, per project and park,
/// only the parcel choices worth the most and using the least land (and
/// those of a plan given as a hint); then it adds every parcel choice whose
/// reduced cost d = c − Σ_i a_i·π_i says it would improve the objective
/// (d > 0 for a maximisation), and repeats. When none does, the choices left
/// out sit at zero with reduced costs of the right sign, so the restricted
/// optimum is the optimum of the whole LP, and its objective a valid bound.
///
/// Before that, every round still gives a valid bound: the LP dual objective
/// with the restricted duals, z + Σ_j max(0, d_j) × (upper bound of j).
struct PricedRelaxation {
  let formulation: StandardLandModel
  /// Parcel choices per project and park in the first working set.
  var initialPerGroup = 2
  /// Parcel choices per project and park added in one round at most.
  var addedPerGroup = 2
  /// Reduced costs above this improve the objective.
  var tolerance = 1e-6
  /// Rounds at most (then the result is incomplete, with the dual bound).
  var maxRounds = Int.max
  /// Hears one line per round.
  var trace: ((String) -> Void)?

  struct Result {
    /// The LP solution over the whole model (choices left out are 0);
    /// duals from the last restricted LP.
    var solution: Solution
    /// An upper bound on the whole LP (and so on every plan), when known.
    var bound: Double?
    /// True when no parcel choice priced out: `solution` is the LP optimum.
    var complete: Bool
    var rounds: Int
    /// The parcel choices in the last restricted LP, by variable index.
    var working: Set<Int>
  }

  /// Solves the LP relaxation of `model` (a maximisation over this
  /// formulation's variables); `hint` (e.g. the greedy plan) seeds the
  /// working set; each LP gets `timeLeft()` seconds.
  func solve(_ model: LinearModel, hint: [Double]?, options: SolveOptions, timeLeft: () -> Double)
    throws(GLPKError) -> Result
  {
    var lp = model
    for v in lp.variables where lp.kind(of: v) != .continuous { lp.setKind(v, .continuous) }
    let choices = formulation.parcelChoices
    var isChoice = [Bool](repeating: false, count: model.variableCount)
    for x in choices { isChoice[x.index] = true }
    let columns = choiceColumns(model, isChoice: isChoice)
    var working = initialSet(model, hint: hint)

    var lpOptions = options
    lpOptions.method = .primalSimplex
    lpOptions.presolve = .on
    lpOptions.mipStart = nil
    lpOptions.relativeMIPGap = nil
    var rounds = 0
    var previous: (selection: ColumnSelection, basis: Basis)?
    while true {
      rounds += 1
      if options.timeLimit != nil { lpOptions.timeLimit = max(timeLeft(), 0.001) }
      // Each round's LP has only the working parcel choices as columns (the
      // others are 0): GLPK loads and prices 46k columns instead of 283k on
      // the 2,000-project case.
      let kept = ColumnSelection(
        columns: (0..<model.variableCount).filter { !isChoice[$0] || working.contains($0) }, of: model.variableCount)
      // The columns added since are nonbasic at 0.
      if let previous { lpOptions.warmStart = kept.restrict(previous.selection.expand(previous.basis)) }
      let restricted = try Solver(options: lpOptions).solve(lp.keepingColumns(kept.columns))
      // Later rounds start from this basis (the presolver cannot take a
      // start): 2,000-project case 76 s cold → 17 s warm, same optimum.
      lpOptions.presolve = .off
      if let basis = restricted.basis { previous = (kept, basis) }
      trace?("priced LP round \(rounds): \(restricted.termination.rawValue), objective "
        + (restricted.objectiveValue.map { String(format: "%.1f", $0) } ?? "none")
        + String(format: ", %d iterations, %.2f s, %d parcel choices", restricted.iterations, restricted.solveSeconds,
                 working.count))
      guard restricted.termination == .optimal, let z = restricted.objectiveValue, let duals = restricted.duals else {
        return Result(solution: Self.expand(restricted, kept, reducedCosts: [:]), bound: nil, complete: false,
                      rounds: rounds, working: working)
      }
      // Price every parcel choice left out.
      var candidates: [Int: [(index: Int, reducedCost: Double)]] = [:]
      var reducedCosts: [Int: Double] = [:]
      var dualBound = z
      for x in choices where !working.contains(x.index) {
        var d = model.objectiveCoefficient(of: x)
        for (row, a) in columns[x.index] ?? [] { d -= a * duals[row] }
        reducedCosts[x.index] = d
        guard d > tolerance else { continue }
        dualBound += d * model.upperBound(of: x)
        candidates[formulation.choiceOfPair[x.index].index, default: []].append((x.index, d))
      }
      if candidates.isEmpty || timeLeft() <= 0 || rounds >= maxRounds {
        return Result(
          solution: Self.expand(restricted, kept, reducedCosts: reducedCosts), bound: dualBound,
          complete: candidates.isEmpty, rounds: rounds, working: working)
      }
      for (_, group) in candidates {
        for c in group.sorted(by: { $0.reducedCost > $1.reducedCost }).prefix(addedPerGroup) {
          working.insert(c.index)
        }
      }
    }
  }

  /// The restricted LP's solution as one of the whole LP: the columns left
  /// out are 0, nonbasic at their lower bound, with the reduced costs priced.
  static func expand(_ solution: Solution, _ kept: ColumnSelection, reducedCosts: [Int: Double]) -> Solution {
    var full = solution
    if !solution.values.isEmpty { full.values = kept.expand(solution.values, filling: 0) }
    if let d = solution.reducedCosts {
      var expanded = kept.expand(d, filling: 0)
      for (j, value) in reducedCosts { expanded[j] = value }
      full.reducedCosts = expanded
    }
    full.basis = solution.basis.map(kept.expand)
    return full
  }

  /// For each parcel choice, its (row, coefficient) entries, read in one
  /// pass over the rows (the model is stored by rows).
  private func choiceColumns(_ model: LinearModel, isChoice: [Bool]) -> [Int: [(Int, Double)]] {
    var columns: [Int: [(Int, Double)]] = [:]
    for row in model.constraints {
      let e = model.expression(of: row)
      for (v, a) in zip(e.variables, e.coefficients) where isChoice[Int(v)] {
        columns[Int(v), default: []].append((row.index, a))
      }
    }
    return columns
  }

  /// Per project and park: the parcel choices worth the most, then using
  /// the least land (new land counts, stock land relieves the quota); plus
  /// the choices forced in and those `hint` makes.
  private func initialSet(_ model: LinearModel, hint: [Double]?) -> Set<Int> {
    var groups: [Int: [Int]] = [:]
    for x in formulation.parcelChoices { groups[formulation.choiceOfPair[x.index].index, default: []].append(x.index) }
    var working = Set<Int>()
    let landCase = formulation.landCase
    for (_, ks) in groups {
      let ranked = ks.sorted { a, b in
        let va = model.objectiveCoefficient(of: formulation.variable(a))
        let vb = model.objectiveCoefficient(of: formulation.variable(b))
        if va != vb { return va > vb }
        let pa = landCase.parcels[formulation.pairs[a].parcel], pb = landCase.parcels[formulation.pairs[b].parcel]
        let la = pa.source == .new ? pa.areaMu : -pa.areaMu, lb = pb.source == .new ? pb.areaMu : -pb.areaMu
        return la != lb ? la < lb : a < b
      }
      working.formUnion(ranked.prefix(initialPerGroup))
    }
    // A choice forced in (lower bound above 0) must stay in the LP.
    for x in formulation.parcelChoices where model.lowerBound(of: x) > 0 { working.insert(x.index) }
    if let hint {
      for x in formulation.parcelChoices where x.index < hint.count && hint[x.index] > 0.5 { working.insert(x.index) }
    }
    return working
  }
}
