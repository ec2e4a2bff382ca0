/// Solves a run of consecutive units one after the other, sharing the
/// reference units found so far (the frontier as far as it is known).
///
/// Per unit: the radial LP over the known frontier plus the unit itself;
/// the slack phase only when some slack could be positive at the optimum
/// (a slack whose reduced cost is strictly favourable is zero in every
/// optimal solution, so the radial point already maximises the slacks);
/// super-efficiency only for units on the frontier (for the others it
/// equals the efficiency: an optimal λ with λₒ = 0 always exists). A run's
/// results depend only on its units and the data, not on other runs or
/// threads, so the output is the same on any number of threads.
struct DEABlock: Sendable {
  let problem: DEAProblem
  let generation: ColumnGeneration
  let superEfficiency: Bool
  let peerTolerance: Double
  /// Reference units every run starts from.
  let seeds: [Int]

  var lp: RestrictedEnvelopment { generation.lp }

  /// The results of units `range`, in order.
  func run(_ range: Range<Int>) throws(EvaluationError) -> [DEAResult] {
    var frontier = Frontier(seeds, unitCount: problem.units.count)
    var results: [DEAResult] = []
    results.reserveCapacity(range.count)
    for o in range {
      do {
        results.append(try solve(o, &frontier))
      } catch {
        switch error {
        case .solverFailed(_, let reason): throw .solverFailed(unit: problem.units[o], reason: reason)
        default: throw error
        }
      }
    }
    return results
  }

  /// The reference units known so far, in the order they were found.
  struct Frontier {
    var units: [Int]
    var known: [Bool]

    init(_ seeds: [Int], unitCount: Int) {
      units = []
      known = [Bool](repeating: false, count: unitCount)
      learn(seeds)
    }

    mutating func learn(_ found: [Int]) {
      for j in found where !known[j] {
        known[j] = true
        units.append(j)
      }
    }
  }

  private func solve(_ o: Int, _ frontier: inout Frontier) throws(EvaluationError) -> DEAResult {
    let start = frontier.known[o] ? frontier.units : frontier.units + [o]
    guard let radial = try generation.solve(unit: o, columns: start, phase: .radial) else {
      throw .solverFailed(unit: problem.units[o], reason: "the envelopment LP has no optimum")
    }
    frontier.learn(radial.joined)
    let value = radial.point.objective
    let efficiency = lp.inputOriented ? value : (value > 0 ? 1 / value : 0)
    let onFrontier = lp.inputOriented ? value >= 1 - 1e-9 : value <= 1 + 1e-9
    if onFrontier { frontier.learn([o]) }

    // Slack phase, when a slack could be positive at the optimum.
    var point = radial.point, columns = radial.columns
    let sign = lp.radialSign
    if point.slackReducedCosts.contains(where: { sign * $0 <= 1e-7 }),
      let slacks = try generation.solve(unit: o, columns: radial.columns, phase: .slacks(fixedAt: point.radial))
    {
      frontier.learn(slacks.joined)
      point = slacks.point
      columns = slacks.columns
    }
    let data = lp.data, m = data.inputCount
    let references = (0..<(m + data.outputCount)).map { k in
      lp.reference(k, unit: o) * (k < m ? data.inputScale[k] : data.outputScale[k - m])
    }
    let slacks = (point.inputSlacks + point.outputSlacks).enumerated().map { k, slack in
      Self.clean(slack * (k < m ? data.inputScale[k] : data.outputScale[k - m]), reference: references[k])
    }
    var result = DEAResult(
      unit: problem.units[o], efficiency: efficiency, radial: value,
      inputSlacks: Array(slacks[..<m]), outputSlacks: Array(slacks[m...]),
      peers: columns.indices.filter { point.lambdas[$0] > peerTolerance }.sorted { columns[$0] < columns[$1] }
        .map { (problem.units[columns[$0]], point.lambdas[$0]) },
      superEfficiency: nil,
      isStronglyEfficient: abs(efficiency - 1) < 1e-7
        && zip(slacks, references).allSatisfy { $0 <= DEAResult.slackTolerance * $1 })

    if superEfficiency {
      let nearFrontier = lp.inputOriented ? value >= 1 - 1e-6 : value <= 1 + 1e-6
      if !nearFrontier {
        result.superEfficiency = efficiency
      } else if let s = try generation.solve(
        unit: o, columns: frontier.units.filter { $0 != o }, phase: .radial, excluding: o)
      {
        let v = s.point.objective
        let superValue = lp.inputOriented ? v : (v > 0 ? 1 / v : nil)
        // Never below the efficiency (it cannot be: fewer references); a
        // difference within the LP tolerance is rounding.
        result.superEfficiency = superValue.map { $0 < efficiency && efficiency - $0 <= 1e-9 ? efficiency : $0 }
      }
    }
    return result
  }

  /// A slack in the table's units, 0 when it is at most 10⁻⁹ × `reference`
  /// (the unit's own figure in that column, or the column's largest when
  /// the unit's own is 0): what the LP's checks leave of rounding, and no
  /// slack is ever negative (the checks allow −10⁻⁹ × `reference`).
  static func clean(_ slack: Double, reference: Double) -> Double {
    slack <= 1e-9 * reference ? 0 : slack
  }
}
