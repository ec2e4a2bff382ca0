import GLPK

/// Park summaries: what each park holds, and which of its limits bind.
extension UnplacedExplainer {
  /// What `park` holds in the plan: land, quotas used, leading share, tax
  /// per mu, its binding limits and its relief.
  func summary(of park: Park) -> ParkSummary {
    let here = chosen.filter { landCase.parcels[formulation.pairs[$0].parcel].parkID == park.id }
    var newLand = 0.0, stock = 0.0, energy = 0.0, carbon = 0.0, tax = 0.0, leading = 0.0, revenue = 0.0
    for k in here {
      let project = landCase.projects[formulation.pairs[k].project], parcel = landCase.parcels[formulation.pairs[k].parcel]
      if parcel.source == .new { newLand += parcel.areaMu } else { stock += parcel.areaMu }
      energy += project.energyTce
      carbon += project.carbonTonnes
      tax += project.taxWan
      revenue += project.revenueWan
      if park.isLeading(project.industry) { leading += project.revenueWan }
    }
    let firms = landCase.enterprises.filter { $0.parkID == park.id }
    let firmRevenue = firms.reduce(0) { $0 + $1.revenueWan }
    let firmLeading = firms.filter { park.isLeading($0.industry) }.reduce(0) { $0 + $1.revenueWan }
    let totalRevenue = revenue + firmRevenue
    var result = ParkSummary(
      parkID: park.id, name: park.name, projectsPlaced: here.count, newLandUsedMu: newLand, stockLandUsedMu: stock,
      newLandAllowedMu: park.newLandQuotaMu + park.stockLinkRatio * stock, energyUsedTce: energy,
      energyQuotaTce: park.energyQuotaTce, carbonUsedTonnes: carbon, carbonQuotaTonnes: park.carbonQuotaTonnes,
      leadingShare: totalRevenue > 0 ? (leading + firmLeading) / totalRevenue : nil,
      minLeadingShare: park.minLeadingShare, taxPerMu: newLand + stock > 0 ? tax / (newLand + stock) : nil,
      bindingLimits: bindingLimits(in: park.id))
    addRelief(to: &result)
    return result
  }

  /// Park-limit rows of `parkID` with no room for another eligible,
  /// unplaced project on a free parcel (placing it would break the row).
  func bindingLimits(in parkID: String) -> [String] { bindingByPark[parkID] ?? [] }

  /// ``bindingLimits(in:)`` worked out (once per park, at init).
  func computeBindingLimits(in parkID: String) -> [String] {
    let placed = placedProjects
    let takenParcels = takenParcels
    var names: [String] = []
    for limit in StandardLandModel.ParkLimit.allCases {
      guard let row = formulation.parkRows[limit]?[parkID] else { continue }
      let activity = solution.activity(row)
      let lower = formulation.model.lowerBound(of: row), upper = formulation.model.upperBound(of: row)
      let blocks = formulation.pairs.indices.contains { k in
        let (j, p) = formulation.pairs[k]
        guard !placed.contains(j), !takenParcels.contains(p), landCase.parcels[p].parkID == parkID else { return false }
        let after = activity + coefficient(row, k)
        return after > upper + 1e-6 || after < lower - 1e-6
      }
      if blocks { names.append(formulation.model.name(of: row) ?? limit.rawValue) }
    }
    return names
  }
}
