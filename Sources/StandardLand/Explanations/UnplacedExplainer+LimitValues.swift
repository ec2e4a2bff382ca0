import GLPK

/// Limit values: which park rows to value, how each is raised for its
/// re-solve, and the objective gained per unit.
extension UnplacedExplainer {
  /// How a park limit was raised for its re-solve.
  struct LimitRaise: Sendable {
    var step: Double, unit: String, used: Double, available: Double
  }

  /// The park rows to value: those that bind (``bindingLimits(in:)``), by
  /// limit and park index. Each is re-solved raised by a step (the smallest
  /// raise that lets a blocked project in, at least 1 unit; one percentage
  /// point for the share) and valued by the objective gained per unit.
  func limitingRows() -> [(limit: StandardLandModel.ParkLimit, park: Int)] {
    landCase.parks.indices.flatMap { p in
      let limiting = Set(bindingLimits(in: landCase.parks[p].id))
      return StandardLandModel.ParkLimit.allCases.compactMap { limit -> (limit: StandardLandModel.ParkLimit, park: Int)? in
        guard let row = formulation.parkRows[limit]?[landCase.parks[p].id], let name = formulation.model.name(of: row),
          limiting.contains(name)
        else { return nil }
        return (limit, p)
      }
    }
  }

  /// The value of `limit` in `park` from the re-solve with it raised.
  func limitValue(_ limit: StandardLandModel.ParkLimit, _ park: Park, _ raise: LimitRaise, _ raised: Solution)
    -> LimitValue
  {
    let base = solution.objectiveValue ?? 0
    let gain = max(0, (raised.objectiveValue ?? base) - base)
    return LimitValue(
      limit: limit, parkID: park.id, used: raise.used, available: raise.available, unit: raise.unit, step: raise.step,
      objectiveGain: gain, gainProven: raised.termination == .optimal || raised.termination == .gapLimit,
      stoppedByClock: raised.termination == .timeLimit,
      valuePerUnit: gain / raise.step)
  }

  /// Raises `limit` of `park` (its row `row`) in `model` by one step and
  /// says by how much.
  func raise(_ limit: StandardLandModel.ParkLimit, _ park: Park, _ row: Constraint, _ model: inout LinearModel)
    -> LimitRaise
  {
    let activity = solution.activity(row)
    switch limit {
    case .energyQuota, .carbonQuota, .landSupply:
      // The smallest raise that lets a blocked project onto a free parcel
      // (at least 1 unit); 10 % of the limit when none is blocked.
      let upper = model.upperBound(of: row)
      let step = max(1, (smallestExcess(row, parkID: park.id) ?? 0.1 * upper).rounded(.up))
      model.setBounds(row, lower: -.infinity, upper: upper + step)
      let unit = limit == .energyQuota ? "tce" : (limit == .carbonQuota ? "t CO2" : "mu")
      return LimitRaise(step: step, unit: unit, used: activity, available: upper)
    case .leadingIndustryShare:
      // The row rebuilt with s lowered by 0.01 (its coefficients and bound
      // follow s, and under no_dilution the existing firms' share).
      let lowered = formulation.leadingShareRow(park, minimum: max(0, park.minLeadingShare - 0.01))
      for k in formulation.pairs.indices where landCase.parcels[formulation.pairs[k].parcel].parkID == park.id {
        model.setCoefficient(row, formulation.variable(k), lowered.coefficient(k))
      }
      model.setBounds(row, lower: lowered.lowerBound, upper: .infinity)
      return LimitRaise(
        step: 1, unit: "percentage point", used: park.minLeadingShare * 100, available: park.minLeadingShare * 100)
    }
  }

  /// By how much `row` would be exceeded by the cheapest blocked placement
  /// of an unplaced project on a free parcel of the park.
  func smallestExcess(_ row: Constraint, parkID: String) -> Double? {
    let placed = placedProjects
    let taken = takenParcels
    let activity = solution.activity(row), upper = formulation.model.upperBound(of: row)
    return formulation.pairs.indices.compactMap { k -> Double? in
      let (j, p) = formulation.pairs[k]
      guard !placed.contains(j), !taken.contains(p), landCase.parcels[p].parkID == parkID else { return nil }
      let excess = activity + coefficient(row, k) - upper
      return excess > 1e-6 ? excess : nil
    }.min()
  }
}
