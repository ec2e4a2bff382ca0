import GLPK

/// The relief part of the explanations: what the chosen options take off
/// each park's quotas, the labels a project could use, and the value of
/// one more unit of a relief limit.
extension UnplacedExplainer {
  /// `summary` with the park's relief: tce and t taken off its quotas by
  /// the options chosen, and each of its relief limits' use.
  func addRelief(to summary: inout ParkSummary) {
    guard let relief = landCase.relief else { return }
    let chosen = formulation.reliefChoices.filter { c in
      c.parkID == summary.parkID && solution.values.indices.contains(c.variable.index)
        && solution.values[c.variable.index] > 0.5
    }
    for c in chosen {
      summary.energyReliefTce += relief.options[c.option].energyReliefTce
      summary.carbonReliefTonnes += relief.options[c.option].carbonReliefTonnes
    }
    summary.reliefUses = relief.limits.filter { $0.parkID == summary.parkID }.map { limit in
      let used = chosen.reduce(0.0) { total, c in
        total + relief.options[c.option].use(of: limit.resource)
      }
      return ReliefUse(resource: limit.resource, used: used, limit: limit.amount)
    }
  }

  /// The labels of project `j`'s relief options (eligible parks), in order.
  func reliefLabels(of j: Int) -> [String] {
    guard let relief = landCase.relief else { return [] }
    var seen = Set<String>()
    return formulation.reliefChoices.filter { $0.project == j }.compactMap {
      let label = relief.options[$0.option].label
      return seen.insert(label).inserted ? label : nil
    }
  }

  /// True when relief limit `limit` holds back an option of its park (one
  /// not chosen would exceed it): only such limits are valued.
  func reliefLimitBinds(_ limit: ReliefLimitRow) -> Bool { smallestReliefExcess(limit) != nil }

  /// Raises relief limit `limit` in `model` by the smallest amount that lets
  /// one more option of its park in (at least 1 unit; 1 when none is held
  /// back by it).
  func raiseRelief(_ limit: ReliefLimitRow, _ model: inout LinearModel) -> LimitRaise {
    let upper = model.upperBound(of: limit.row)
    let activity = solution.activity(limit.row)
    let resource = landCase.relief?.limits[limit.limit].resource ?? ""
    let step = max(1, (smallestReliefExcess(limit) ?? 1).rounded(.up))
    model.setBounds(limit.row, lower: -.infinity, upper: upper + step)
    return LimitRaise(step: step, unit: resource, used: activity, available: upper)
  }

  /// By how much the cheapest option of the park not chosen would exceed
  /// relief limit `limit`; nil when none would.
  func smallestReliefExcess(_ limit: ReliefLimitRow) -> Double? {
    let upper = formulation.model.upperBound(of: limit.row)
    let activity = solution.activity(limit.row)
    let resource = landCase.relief?.limits[limit.limit].resource ?? ""
    let parkID = landCase.relief?.limits[limit.limit].parkID ?? ""
    return formulation.reliefChoices.compactMap { c -> Double? in
      guard c.parkID == parkID, solution.values[c.variable.index] < 0.5,
        let option = landCase.relief?.options[c.option]
      else { return nil }
      let use = option.use(of: resource)
      let over = activity + use - upper
      return over > 1e-6 ? over : nil
    }.min()
  }

  /// The value of relief limit `limit` from the re-solve with it raised by `step`.
  func reliefLimitValue(_ limit: ReliefLimitRow, step: Double, _ raised: Solution) -> ReliefLimitValue {
    let base = solution.objectiveValue ?? 0
    let gain = max(0, (raised.objectiveValue ?? base) - base)
    let l = landCase.relief?.limits[limit.limit]
    return ReliefLimitValue(
      parkID: l?.parkID ?? "", resource: l?.resource ?? "", used: solution.activity(limit.row),
      available: formulation.model.upperBound(of: limit.row), step: step, objectiveGain: gain,
      gainProven: raised.termination == .optimal || raised.termination == .gapLimit,
      stoppedByClock: raised.termination == .timeLimit, valuePerUnit: gain / step)
  }
}
