import StandardLand

extension SiteRanker {
  /// The components of `project` on `parcel` in `park`, which takes its
  /// industry as `fit` (the land-cost score, which needs the project's
  /// other parcels, is set by the caller).
  /// `relief` is ``cheapestRelief``.
  static func components(
    _ project: Project, _ park: Park, _ fit: IndustryFit, _ parcel: Parcel, _ figures: ThresholdFigures,
    relief: [String: QuotaRelief.Option]
  ) -> SiteComponents {
    var c = SiteComponents()
    let investment = figures.investment, tax = figures.tax
    let revenue = figures.revenue, energy = figures.energy
    c.investmentMargin = investment?.margin
    c.taxMargin = tax?.margin
    c.revenueMargin = revenue?.margin
    c.energyMargin = energy.flatMap { $0.margin?.isFinite == true ? $0.margin : nil }
    var relativeSum = 0.0, relativeCount = 0
    func relative(_ check: RuleFigure?) {
      guard let check, let m = check.margin, let t = check.threshold, t > 0 else { return }
      relativeSum += m.isFinite ? min(1, max(0, m / t)) : 0
      relativeCount += 1
    }
    relative(investment)
    relative(tax)
    relative(revenue)
    relative(energy)
    c.thresholdMarginScore = relativeCount == 0 ? 1 : relativeSum / Double(relativeCount)
    c.industryFit = fit
    c.landCostWan = parcel.landCostWan
    let option = relief.isEmpty ? nil : relief[project.id + "\u{1F}" + park.id]
    let energyTce = max(0, project.energyTce - (option?.energyReliefTce ?? 0))
    let carbon = max(0, project.carbonTonnes - (option?.carbonReliefTonnes ?? 0))
    c.energyAfterReliefTce = energyTce
    c.carbonAfterReliefTonnes = carbon
    func share(_ amount: Double, _ quota: Double) -> Double? {
      quota > 0 ? amount / quota : (amount > 0 ? nil : 0)
    }
    c.energyQuotaShare = share(energyTce, park.energyQuotaTce)
    c.carbonQuotaShare = park.carbonQuotaTonnes.flatMap { share(carbon, $0) }
    let energyScore = c.energyQuotaShare.map { 1 - min(1, $0) } ?? 0
    let carbonScore = park.carbonQuotaTonnes == nil ? 1 : (c.carbonQuotaShare.map { 1 - min(1, $0) } ?? 0)
    c.quotaScore = min(energyScore, carbonScore)
    switch parcel.source {
    case .new:
      c.newLandHeadroomMu = park.newLandQuotaMu - parcel.areaMu
      c.landSupplyScore = park.newLandQuotaMu > 0 ? 1 - min(1, parcel.areaMu / park.newLandQuotaMu) : 0
    case .stock:
      c.newLandHeadroomMu = park.newLandQuotaMu + park.stockLinkRatio * parcel.areaMu
      c.landSupplyScore = 1
    }
    if let option {
      c.greenOption = option.label
      c.greenPremiumWanPerTce = option.energyReliefTce > 0 ? option.objectiveCostWan / option.energyReliefTce : nil
      let ratio = project.taxWan > 0 ? option.objectiveCostWan / project.taxWan : (option.objectiveCostWan > 0 ? 1 : 0)
      c.greenScore = 1 - min(1, max(0, ratio))
    }
    return c
  }
}
