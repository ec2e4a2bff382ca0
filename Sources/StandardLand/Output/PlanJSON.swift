import Foundation

/// The plan as a JSON document with numbers as numbers and reasons nested
/// (keys sorted; no timings, so the same input gives the same bytes).
enum PlanJSON {
  static func object(_ plan: AssignmentPlan) -> [String: Any] {
    var root: [String: Any] = [
      "status": plan.termination.rawValue,
      "projects": plan.statistics.projects,
      "parcels": plan.statistics.parcels,
      "parks_count": plan.statistics.parks,
      "eligible_pairs": plan.statistics.eligiblePairs,
      "assignments": plan.assignments.map(assignment),
      "parks": plan.parks.map(park),
      "unplaced": plan.unplaced.map(unplaced),
      "limit_values": plan.limitValues.map(limitValue),
    ]
    root["objective"] = plan.objective
    root["best_bound"] = plan.bestBound
    root["relative_gap"] = plan.relativeGap
    root["infeasibility"] = plan.infeasibility
    root["explanations_stopped_by_clock"] = plan.explanationsStoppedByClock
    if let relief = plan.relief { addRelief(relief, plan, to: &root) }
    return root
  }

  private static func check(_ c: RuleCheck) -> [String: Any] {
    var o: [String: Any] = [
      "rule": c.rule.rawValue, "rule_zh": c.rule.chineseName, "passed": c.passed, "detail": c.detail,
      "detail_zh": c.detailZh.isEmpty ? c.detail : c.detailZh,
    ]
    o["value"] = finite(c.value)
    o["threshold"] = finite(c.threshold)
    o["margin"] = finite(c.margin)
    return o
  }

  private static func finite(_ x: Double?) -> Double? { x.flatMap { $0.isFinite ? $0 : nil } }

  private static func assignment(_ a: Assignment) -> [String: Any] {
    var o: [String: Any] = [
      "project_id": a.projectID, "project_name": a.projectName, "industry": a.industry, "park": a.parkID,
      "parcel": a.parcelID, "area_mu": a.areaMu, "source": a.source.rawValue, "objective_value": a.objectiveValue,
      "indicators": a.indicators.map(check),
    ]
    if let r = a.relief { o["relief"] = option(r) }
    return o
  }

  static func park(_ p: ParkSummary) -> [String: Any] {
    var o: [String: Any] = [
      "park": p.parkID, "name": p.name, "projects_placed": p.projectsPlaced, "new_land_used_mu": p.newLandUsedMu,
      "stock_land_used_mu": p.stockLandUsedMu, "new_land_allowed_mu": p.newLandAllowedMu,
      "energy_used_tce": p.energyUsedTce, "energy_quota_tce": p.energyQuotaTce, "carbon_used_t": p.carbonUsedTonnes,
      "min_leading_share": p.minLeadingShare, "binding_limits": p.bindingLimits,
    ]
    o["carbon_quota_t"] = p.carbonQuotaTonnes
    o["leading_share"] = p.leadingShare
    o["tax_per_mu"] = p.taxPerMu
    return o
  }

  private static func unplaced(_ u: UnplacedProject) -> [String: Any] {
    var o: [String: Any] = ["project_id": u.projectID, "project_name": u.projectName]
    switch u.reason {
    case .eligibleNowhere(let parks):
      o["reason"] = "eligible_nowhere"
      o["parks"] = parks.map { r -> [String: Any] in
        var p: [String: Any] = ["park": r.parkID, "failures": r.failures.map(check)]
        p["closest_parcel"] = r.closestParcelID
        return p
      }
    case .noPlan(let parcels):
      o["reason"] = "no_plan"
      o["eligible_parcels"] = parcels.map { ["parcel": $0] }
    case .lostToCompetition(let c):
      o["reason"] = "lost_to_competition"
      o["eligible_parcels"] = c.parcels.map { p -> [String: Any] in
        var e: [String: Any] = ["parcel": p.parcelID, "park": p.parkID]
        e["taken_by"] = p.takenBy
        return e
      }
      o["binding_limits"] = c.bindingLimits
      o["cost_to_place"] = c.costToPlace
      o["cost_to_place_at_least"] = c.costToPlaceAtLeast
      o["proven_impossible"] = c.provenImpossible
      o["re_solved"] = c.reSolved
      o["stopped_by_clock"] = c.stoppedByClock
      o["would_take"] = c.forcedParcelID
      o["would_displace"] = c.displaced
      if !c.reliefLabels.isEmpty {
        o["relief_options"] = c.reliefLabels
        o["forced_relief_option"] = c.forcedReliefLabel
      }
      if !c.reliefMissingIn.isEmpty { o["relief_missing_in"] = c.reliefMissingIn }
    }
    return o
  }

  private static func limitValue(_ v: LimitValue) -> [String: Any] {
    [
      "park": v.parkID, "limit": v.limit.rawValue, "used": v.used, "available": v.available, "unit": v.unit,
      "step": v.step, "objective_gain": v.objectiveGain, "value_per_unit": v.valuePerUnit, "gain_proven": v.gainProven,
      "stopped_by_clock": v.stoppedByClock,
    ]
  }
}

extension PlanJSON {
  /// The relief part of the plan: every option with `chosen`, the parks'
  /// relief and resource use, and the relief limits' values; park entries
  /// get `energy_relief_tce`, `energy_after_relief_tce`, `carbon_relief_t`,
  /// `carbon_after_relief_t` and `relief_uses`.
  static func addRelief(_ relief: QuotaRelief, _ plan: AssignmentPlan, to root: inout [String: Any]) {
    root["relief"] = [
      "name": relief.name, "name_zh": relief.zhName, "required_projects": relief.requiredProjectIDs,
      "limits": relief.limits.map { ["park": $0.parkID, "resource": $0.resource, "amount": $0.amount] as [String: Any] },
      "options": relief.options.enumerated().map { i, o -> [String: Any] in
        var e = option(o)
        e["chosen"] = i < plan.reliefChosen.count && plan.reliefChosen[i]
        return e
      },
      "limit_values": plan.reliefLimitValues.map { v -> [String: Any] in
        [
          "park": v.parkID, "resource": v.resource, "used": v.used, "available": v.available, "step": v.step,
          "objective_gain": v.objectiveGain, "value_per_unit": v.valuePerUnit, "gain_proven": v.gainProven,
          "stopped_by_clock": v.stoppedByClock,
        ]
      },
    ] as [String: Any]
    root["parks"] = plan.parks.map { p -> [String: Any] in
      var o = park(p)
      o["energy_relief_tce"] = p.energyReliefTce
      o["energy_after_relief_tce"] = p.energyAfterReliefTce
      o["carbon_relief_t"] = p.carbonReliefTonnes
      o["carbon_after_relief_t"] = p.carbonAfterReliefTonnes
      o["relief_uses"] = p.reliefUses.map { ["resource": $0.resource, "used": $0.used, "limit": $0.limit] as [String: Any] }
      return o
    }
  }

  /// One relief option.
  static func option(_ o: QuotaRelief.Option) -> [String: Any] {
    [
      "project_id": o.projectID, "park": o.parkID, "label": o.label, "energy_relief_tce": o.energyReliefTce,
      "carbon_relief_t": o.carbonReliefTonnes, "cost": o.objectiveCostWan,
      "uses": o.uses.map { ["resource": $0.resource, "amount": $0.amount] as [String: Any] },
      "figures": o.figures.map { ["key": $0.key, "name_zh": $0.zhName, "value": $0.value] as [String: Any] },
    ]
  }
}
