/// Writes a land case as data for `Models/standard_land.mod`, so the Swift
/// model can be checked against the same formulation solved by glpsol.
public enum MathProgData {
  /// The `.dat` text for `landCase` over the eligible `pairs`.
  public static func text(_ landCase: LandCase, pairs: [(project: Int, parcel: Int)]) -> String {
    func q(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }
    func n(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)" }
    var out = "/* Exported by parkopt for Models/standard_land.mod */\ndata;\n\n"
    out += "set PARKS := " + landCase.parks.map { q($0.id) }.joined(separator: " ") + ";\n"
    out += "set PARCELS := " + landCase.parcels.map { q($0.id) }.joined(separator: " ") + ";\n"
    out += "set PROJECTS := " + landCase.projects.map { q($0.id) }.joined(separator: " ") + ";\n"
    out += "set PAIRS :=\n" + pairs.map {
      "  (\(q(landCase.projects[$0.project].id)), \(q(landCase.parcels[$0.parcel].id)))"
    }.joined(separator: "\n") + ";\n\n"
    out += "param: park area_mu is_new land_price_wan_per_mu :=\n"
    for p in landCase.parcels {
      out += "  \(q(p.id)) \(q(p.parkID)) \(n(p.areaMu)) \(p.source == .new ? 1 : 0) \(n(p.landPriceWanPerMu))\n"
    }
    out += ";\n\nparam: tax_wan revenue_wan value_added_wan jobs energy_tce carbon_t must_place :=\n"
    for j in landCase.projects {
      out += "  \(q(j.id)) \(n(j.taxWan)) \(n(j.revenueWan)) \(n(j.valueAddedWan)) \(n(j.jobs)) \(n(j.energyTce)) \(n(j.carbonTonnes)) \(j.mustPlace ? 1 : 0)\n"
    }
    out += ";\n\nparam leading :=\n"
    for j in landCase.projects {
      for k in landCase.parks where k.isLeading(j.industry) { out += "  \(q(j.id)) \(q(k.id)) 1\n" }
    }
    out += ";\n\nparam: energy_quota_tce has_carbon_quota carbon_quota_t new_land_quota_mu stock_link_ratio min_leading_share existing_leading_wan existing_revenue_wan :=\n"
    for k in landCase.parks {
      let existing = StandardLandModel.existingRevenue(landCase, k)
      out += "  \(q(k.id)) \(n(k.energyQuotaTce)) \(k.carbonQuotaTonnes == nil ? 0 : 1) \(n(k.carbonQuotaTonnes ?? 0)) \(n(k.newLandQuotaMu)) \(n(k.stockLinkRatio)) \(n(k.minLeadingShare)) \(n(existing.leading)) \(n(existing.total))\n"
    }
    out += ";\n\nparam leading_share_rule := \(q(landCase.scenario.leadingShareRule.rawValue))"

    let w = landCase.scenario.objective
    out += ";\n\nparam w_tax := \(n(w.tax));\nparam w_revenue := \(n(w.revenue));\n"
    out += "param w_value_added := \(n(w.valueAdded));\nparam w_jobs := \(n(w.jobs));\nparam w_land_cost := \(n(w.landCost));\n\n"
    if let relief = landCase.relief { out += reliefText(relief, q: q, n: n) }
    out += "end;\n"
    return out
  }

  /// The relief sets and parameters (the options offered, ``QuotaRelief/redundantOptions()``;
  /// the model keeps those of eligible pairs).
  static func reliefText(_ full: QuotaRelief, q: (String) -> String, n: (Double) -> String) -> String {
    var relief = full
    let redundant = full.redundantOptions()
    relief.options = full.options.indices.filter { redundant[$0] == nil }.map { full.options[$0] }
    var resources: [String] = []
    for r in relief.options.flatMap({ $0.uses.map(\.resource) }) + relief.limits.map(\.resource)
    where !resources.contains(r) { resources.append(r) }
    func key(_ o: QuotaRelief.Option) -> String { "\(q(o.projectID)) \(q(o.parkID)) \(q(o.label))" }
    var out = "set RELIEF :=" + relief.options.map { "\n  (\(q($0.projectID)), \(q($0.parkID)), \(q($0.label)))" }.joined() + ";\n"
    out += "set RELIEF_RESOURCES := " + resources.map(q).joined(separator: " ") + ";\n"
    out += "set RELIEF_REQUIRED := " + relief.requiredProjectIDs.map(q).joined(separator: " ") + ";\n"
    out += "set RELIEF_LIMITS :=" + relief.limits.map { " (\(q($0.parkID)), \(q($0.resource)))" }.joined() + ";\n\n"
    if !relief.options.isEmpty {
      out += "param: relief_energy_tce relief_carbon_t relief_cost :=\n"
      for o in relief.options {
        out += "  \(key(o)) \(n(o.energyReliefTce)) \(n(o.carbonReliefTonnes)) \(n(o.objectiveCostWan))\n"
      }
      out += ";\n\n"
    }
    // One entry per option and resource (an option may list a resource twice).
    let uses = relief.options.flatMap { o in
      resources.compactMap { r -> String? in
        let amounts = o.uses.filter { $0.resource == r }
        return amounts.isEmpty ? nil : "  \(key(o)) \(q(r)) \(n(amounts.reduce(0) { $0 + $1.amount }))\n"
      }
    }
    if !uses.isEmpty { out += "param relief_use :=\n" + uses.joined() + ";\n\n" }
    if !relief.limits.isEmpty {
      out += "param relief_limit_amount :=\n"
        + relief.limits.map { "  \(q($0.parkID)) \(q($0.resource)) \(n($0.amount))\n" }.joined() + ";\n\n"
    }
    return out
  }
}
