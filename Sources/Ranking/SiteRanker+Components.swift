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
    var c = siteConstants(project, park, fit, relief: relief)
    setParcel(&c, parcel, park, figures)
    return c
  }

  /// The components of `project` in `park` that do not depend on the
  /// parcel: the industry fit, energy and carbon after the cheapest relief
  /// option, the quota shares and score, the green-power option and score.
  static func siteConstants(
    _ project: Project, _ park: Park, _ fit: IndustryFit, relief: [String: QuotaRelief.Option]
  ) -> SiteComponents {
    var c = SiteComponents()
    c.industryFit = fit
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
    if let option {
      c.greenOption = option.label
      c.greenPremiumWanPerTce = option.energyReliefTce > 0 ? option.objectiveCostWan / option.energyReliefTce : nil
      let ratio = project.taxWan > 0 ? option.objectiveCostWan / project.taxWan : (option.objectiveCostWan > 0 ? 1 : 0)
      c.greenScore = 1 - min(1, max(0, ratio))
    }
    return c
  }

  /// Sets the components of `c` that depend on `parcel` of `park` (with
  /// the project's threshold `figures` on it), all but the land-cost score.
  static func setParcel(_ c: inout SiteComponents, _ parcel: Parcel, _ park: Park, _ figures: ThresholdFigures) {
    setMargins(&c, figures)
    c.thresholdMarginScore = marginScore(figures)
    setLand(
      &c, area: parcel.areaMu, cost: parcel.landCostWan, isNew: parcel.source == .new, quota: park.newLandQuotaMu,
      stockLinkRatio: park.stockLinkRatio)
  }

  /// Sets the four per-mu margins of `c` from the project's threshold `figures` on its parcel.
  static func setMargins(_ c: inout SiteComponents, _ figures: ThresholdFigures) {
    c.investmentMargin = figures.investment?.margin
    c.taxMargin = figures.tax?.margin
    c.revenueMargin = figures.revenue?.margin
    c.energyMargin = figures.energy.flatMap { $0.margin?.isFinite == true ? $0.margin : nil }
  }

  /// Sets the land figures of `c` for a parcel of `area` mu costing `cost`
  /// 万元, new land or stock, in a park with new-land `quota` (mu) and
  /// 增存挂钩 `stockLinkRatio`: the land cost, the new-land headroom and the
  /// land-supply score.
  @inline(__always)
  static func setLand(
    _ c: inout SiteComponents, area: Double, cost: Double, isNew: Bool, quota: Double, stockLinkRatio: Double
  ) {
    c.landCostWan = cost
    c.newLandHeadroomMu = isNew ? quota - area : quota + stockLinkRatio * area
    c.landSupplyScore = landSupplyScore(area: area, isNew: isNew, quota: quota)
  }

  /// ``SiteComponents/thresholdMarginScore``: the mean of clamp(margin ÷
  /// threshold, 0, 1) over the per-mu figures with a positive threshold; 1
  /// when there is none.
  static func marginScore(_ figures: ThresholdFigures) -> Double {
    var relativeSum = 0.0, relativeCount = 0
    func relative(_ check: RuleFigure?) {
      guard let check, let m = check.margin, let t = check.threshold, t > 0 else { return }
      relativeSum += m.isFinite ? min(1, max(0, m / t)) : 0
      relativeCount += 1
    }
    relative(figures.investment)
    relative(figures.tax)
    relative(figures.revenue)
    relative(figures.energy)
    return relativeCount == 0 ? 1 : relativeSum / Double(relativeCount)
  }

  /// ``SiteComponents/landSupplyScore`` of a parcel of `area` mu: new land
  /// 1 − min(1, area ÷ `quota`) (0 when the quota is 0), stock land 1.
  @inline(__always)
  static func landSupplyScore(area: Double, isNew: Bool, quota: Double) -> Double {
    guard isNew else { return 1 }
    return quota > 0 ? 1 - min(1, area / quota) : 0
  }
}
