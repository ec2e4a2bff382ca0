import GLPK

/// Names the rows and limits behind an infeasibility the sizing LP proved
/// (one that ``InfeasibilityCheck`` did not see): the LP is solved again
/// with every rule allowed to fall short at a prohibitive price, and the
/// shortfalls and the limits that bind say what to relax. It explains; the
/// proof is the LP's.
///
/// The model is the sparse form of ``SizingModel`` (ratio rows ÷ hours) with
/// - unserved load allowed in every hour at ``penaltyWanPerMWh`` (when the
///   case does not allow it);
/// - a slack column on each 650号 ratio row (`expr − slack ≤ limit`) at the
///   same price per MWh;
/// - the case's own costs otherwise (they keep the capacities bounded, which
///   the interior point needs).
struct ShortfallExplanation {
  let parameters: SizingParameters

  /// The price of one MWh short, 万元 (1,000 yuan/kWh): far above any
  /// tariff or capacity cost per MWh of a case.
  static let penaltyWanPerMWh = 100.0

  /// The reasons, or nil when the interior point did not reach the
  /// penalised LP's optimum or found no shortfall.
  func reasons(options: SolveOptions) throws(GLPKError) -> [String]? {
    var p = parameters
    let T = p.hours
    let hours = Double(max(1, T))
    let unservedCounts = p.unservedPenaltyWan == nil
    if unservedCounts { p.unservedPenaltyWan = Self.penaltyWanPerMWh }
    var built = SizingModel(p, sparseForm: true, ratioScale: 1 / hours)
    var slacks: [(SizingModel.RatioKind, Variable)] = []
    for kind in SizingModel.RatioKind.allCases {
      guard let row = built.ratioRows[kind] else { continue }
      let slack = built.model.addVariable("shortfall[\(kind.rawValue)]")
      built.model.setCoefficient(row, slack, -1)
      // One unit of slack is `hours` MWh of the row (it is ÷ hours).
      built.model.setObjectiveCoefficient(slack, Self.penaltyWanPerMWh * hours * p.yearWeight)
      slacks.append((kind, slack))
    }
    let solution = try Solver(options: options).solve(built.model)
    guard solution.termination == .optimal else { return nil }
    let tolerance = 1e-6 * max(1, p.totalLoadMWh)
    let unserved = unservedCounts ? built.unserved.map { max(0, solution[$0]) } : []
    let unservedTotal = unserved.reduce(0, +)
    let ratioShort = slacks.map { ($0.0, max(0, solution[$0.1]) * hours) }.filter { $0.1 > tolerance }
    guard unservedTotal > tolerance || !ratioShort.isEmpty else { return nil }
    let relax = relaxing(built, solution)
    var reasons: [String] = []
    if unservedTotal > tolerance {
      let hourTolerance = 1e-6 * max(1, p.loadMW.max() ?? 1)
      let short = unserved.indices.filter { unserved[$0] > hourTolerance }
      let worst = short.max { unserved[$0] < unserved[$1] } ?? 0
      reasons.append(
        "balance[t] cannot hold in every hour: with load allowed to go unserved at a prohibitive price, "
          + fmt(unservedTotal) + " MWh (" + fmt(100 * unservedTotal / max(1e-9, p.totalLoadMWh))
          + " % of the load) goes unserved in \(short.count) of the \(T) hours (first hour \(short.first ?? 0); worst hour"
          + " \(worst): " + fmt(unserved[worst]) + " of " + fmt(p.loadMW[worst]) + " MW): relax " + relax
          + InfeasibilityCheck.unservedHint(p))
    }
    for (kind, short) in ratioShort {
      reasons.append(
        "\(kind.rawValue) cannot hold: allowed to fall short at a prohibitive price, it misses by " + fmt(short)
          + " MWh over the \(T) hours: relax " + InfeasibilityCheck.policyKey(kind) + " (or policy.target), or " + relax)
    }
    return reasons
  }

  /// The scenario limits whose relaxing would lower the penalised cost, most
  /// valuable first (their duals in the penalised LP).
  private func relaxing(_ built: SizingModel, _ s: Solution) -> String {
    let p = built.parameters
    var limits: [(key: String, value: Double)] = []
    let threshold = 1e-6 * Self.penaltyWanPerMWh
    for c in p.capacities where c.upper.isFinite {
      guard let v = built.capacity[c.kind], let d = s.reducedCost(v), -d > threshold else { continue }
      limits.append((InfeasibilityCheck.maxKey(c), -d))
    }
    for (name, row) in built.areaRows.sorted(by: { $0.key < $1.key }) {
      guard let y = s.dual(row), -y > threshold else { continue }
      limits.append((name == "ground_land" ? "ground_land_limit_mu" : "\(name).area_limit_mu", -y))
    }
    if let key = InfeasibilityCheck.importKey(p) {
      var value = 0.0
      for v in built.imports { if let d = s.reducedCost(v), d < 0 { value -= d } }
      if value > threshold { limits.append((key, value)) }
    }
    guard !limits.isEmpty else { return "the rules named (no capacity, land or import limit binds)" }
    return limits.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
      .joined(separator: ", ")
  }

  private func fmt(_ x: Double) -> String { InfeasibilityCheck.oneDecimal(x) }
}
