extension EligibilityChecker {
  /// The ``RuleCheck`` of `figure`: its numbers and the explanation of
  /// project `project` on `parcel` of `park` under thresholds `t`.
  static func explain(_ figure: RuleFigure, _ project: Project, _ parcel: Parcel, _ park: Park, _ t: Thresholds)
    -> RuleCheck
  {
    let detail: String, detailZh: String
    switch figure.check {
    case .industry:
      let leading = park.isLeading(project.industry)
      detail = figure.passed
        ? "\(leading ? "leading (primary or potential)" : "admitted") industry of \(park.id)"
        : "\(park.id) does not admit industry '\(project.industry)'"
      detailZh = figure.passed
        ? "\(park.id) 的\(leading ? "主导产业（主导或潜力）" : "准入产业")"
        : "\(park.id) 不准入产业 '\(project.industry)'"
    case .preferredPark:
      detail = figure.passed ? "preferred park" : "only \(project.preferredParks.joined(separator: ", ")) wanted"
      detailZh = figure.passed ? "意向园区" : "仅意向 \(project.preferredParks.joined(separator: ", "))"
    case .zoning:
      detail = "parcel is \(parcel.zoning), project uses \(project.zonings.joined(separator: "/"))"
      detailZh = "地块用地性质 \(parcel.zoning)；项目可用 \(project.zonings.joined(separator: "/"))"
    case .area:
      detail = "range \(RuleCheck.format(project.minAreaMu))–\(RuleCheck.format(project.maxAreaMu)) mu"
      detailZh = "面积范围 \(RuleCheck.format(project.minAreaMu))–\(RuleCheck.format(project.maxAreaMu)) 亩"
    case .investmentIntensity:
      (detail, detailZh) = (t.minInvestmentIntensity?.source ?? "", t.minInvestmentIntensity?.sourceZh ?? "")
    case .taxPerMu:
      (detail, detailZh) = (t.minTaxPerMu?.source ?? "", t.minTaxPerMu?.sourceZh ?? "")
    case .revenuePerMu:
      (detail, detailZh) = (t.minRevenuePerMu?.source ?? "", t.minRevenuePerMu?.sourceZh ?? "")
    case .energyPerValueAdded:
      (detail, detailZh) = (t.maxEnergyPerValueAdded?.source ?? "", t.maxEnergyPerValueAdded?.sourceZh ?? "")
    case .plannedFloorAreaRatio:
      detail = "planned FAR vs minimum, \(t.minFloorAreaRatio?.source ?? "")"
      detailZh = "规划容积率对比下限，\(t.minFloorAreaRatio?.sourceZh ?? "")"
    case .parcelFloorAreaRatio:
      detail = "parcel's zoning maximum FAR vs required minimum, \(t.minFloorAreaRatio?.source ?? "")"
      detailZh = "地块规划容积率上限对比要求下限，\(t.minFloorAreaRatio?.sourceZh ?? "")"
    case .plannedWithinParcelFloorAreaRatio:
      detail = "planned FAR vs parcel's zoning maximum"
      detailZh = "规划容积率对比地块规划上限"
    }
    return RuleCheck(
      rule: figure.rule, passed: figure.passed, value: figure.value, threshold: figure.threshold,
      margin: figure.margin, detail: detail, detailZh: detailZh)
  }
}
