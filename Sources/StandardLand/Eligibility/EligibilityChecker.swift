/// Decides which project may take which parcel, and says why not.
///
/// A pair is eligible when the park admits the project's industry (and is
/// among its preferred parks, if any), the parcel's zoning is one the project
/// can use, the parcel's area is in the project's range, and every per-mu
/// indicator holds when the project takes the whole parcel (investment ÷
/// parcel area ≥ minimum, tax ÷ area, revenue ÷ area; energy ÷ value added ≤
/// maximum; floor-area ratio within the minimum and the parcel's maximum).
public struct EligibilityChecker: Sendable {
  public let landCase: LandCase
  public let thresholds: ThresholdTable
  private let parkIndex: [String: Int]

  public init(_ landCase: LandCase) {
    self.landCase = landCase
    thresholds = ThresholdTable(landCase)
    parkIndex = Dictionary(landCase.parks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The park a parcel belongs to.
  public func park(of parcel: Parcel) -> Park? { parkIndex[parcel.parkID].map { landCase.parks[$0] } }

  /// Every check for project `j` on parcel `p` (indices into the case).
  public func assess(project j: Int, parcel p: Int) -> [RuleCheck] {
    let project = landCase.projects[j], parcel = landCase.parcels[p]
    guard let park = park(of: parcel) else { return [] }
    var checks: [RuleCheck] = []
    let admitted = park.admits(project.industry)
    let leading = park.isLeading(project.industry)
    checks.append(RuleCheck(
      rule: .industry, passed: admitted, detail: admitted
        ? "\(leading ? "leading (primary or potential)" : "admitted") industry of \(park.id)"
        : "\(park.id) does not admit industry '\(project.industry)'",
      detailZh: admitted
        ? "\(park.id) 的\(leading ? "主导产业（主导或潜力）" : "准入产业")"
        : "\(park.id) 不准入产业 '\(project.industry)'"))
    if !project.preferredParks.isEmpty {
      let preferred = project.preferredParks.contains(park.id)
      checks.append(RuleCheck(
        rule: .preferredPark, passed: preferred,
        detail: preferred ? "preferred park" : "only \(project.preferredParks.joined(separator: ", ")) wanted",
        detailZh: preferred ? "意向园区" : "仅意向 \(project.preferredParks.joined(separator: ", "))"))
    }
    let zoningFits = project.zonings.contains(parcel.zoning)
    checks.append(RuleCheck(
      rule: .zoning, passed: zoningFits,
      detail: "parcel is \(parcel.zoning); project uses \(project.zonings.joined(separator: "/"))",
      detailZh: "地块用地性质 \(parcel.zoning)；项目可用 \(project.zonings.joined(separator: "/"))"))
    let area = parcel.areaMu
    let areaMargin = min(area - project.minAreaMu, project.maxAreaMu - area)
    checks.append(RuleCheck(
      rule: .area, passed: areaMargin >= 0, value: area,
      threshold: area < project.minAreaMu ? project.minAreaMu : project.maxAreaMu, margin: areaMargin,
      detail: "range \(RuleCheck.format(project.minAreaMu))–\(RuleCheck.format(project.maxAreaMu)) mu",
      detailZh: "面积范围 \(RuleCheck.format(project.minAreaMu))–\(RuleCheck.format(project.maxAreaMu)) 亩"))
    let t = thresholds.thresholds(park: park.id, industry: project.industry)
    func minimum(_ rule: Rule, _ value: Double, _ threshold: Threshold?) {
      guard let threshold else { return }
      let margin = value - threshold.value
      checks.append(RuleCheck(
        rule: rule, passed: margin >= -1e-9, value: value, threshold: threshold.value, margin: margin,
        detail: threshold.source, detailZh: threshold.sourceZh))
    }
    minimum(.investmentIntensity, project.investmentWan / area, t.minInvestmentIntensity)
    minimum(.taxPerMu, project.taxWan / area, t.minTaxPerMu)
    minimum(.revenuePerMu, project.revenueWan / area, t.minRevenuePerMu)
    if let maximum = t.maxEnergyPerValueAdded {
      let value = project.valueAddedWan > 0 ? project.energyTce / project.valueAddedWan : .infinity
      let margin = maximum.value - value
      checks.append(RuleCheck(
        rule: .energyPerValueAdded, passed: margin >= -1e-9, value: value, threshold: maximum.value,
        margin: margin, detail: maximum.source, detailZh: maximum.sourceZh))
    }
    checks.append(contentsOf: floorAreaChecks(project, parcel, t.minFloorAreaRatio))
    return checks
  }

  /// True when every check passes (no allocation on the common path).
  public func isEligible(project j: Int, parcel p: Int) -> Bool {
    let project = landCase.projects[j], parcel = landCase.parcels[p]
    guard let park = park(of: parcel), park.admits(project.industry),
      project.preferredParks.isEmpty || project.preferredParks.contains(park.id),
      project.zonings.contains(parcel.zoning),
      parcel.areaMu >= project.minAreaMu, parcel.areaMu <= project.maxAreaMu
    else { return false }
    return assess(project: j, parcel: p).allSatisfy(\.passed)
  }

  private func floorAreaChecks(_ project: Project, _ parcel: Parcel, _ minimum: Threshold?) -> [RuleCheck] {
    var checks: [RuleCheck] = []
    if let minimum {
      if let planned = project.floorAreaRatio {
        let margin = planned - minimum.value
        checks.append(RuleCheck(
          rule: .floorAreaRatio, passed: margin >= -1e-9, value: planned, threshold: minimum.value, margin: margin,
          detail: "planned FAR vs minimum, \(minimum.source)", detailZh: "规划容积率对比下限，\(minimum.sourceZh)"))
      }
      if let maxFAR = parcel.maxFloorAreaRatio {
        let margin = maxFAR - minimum.value
        checks.append(RuleCheck(
          rule: .floorAreaRatio, passed: margin >= -1e-9, value: maxFAR, threshold: minimum.value, margin: margin,
          detail: "parcel's zoning maximum FAR vs required minimum, \(minimum.source)",
          detailZh: "地块规划容积率上限对比要求下限，\(minimum.sourceZh)"))
      }
    }
    if let planned = project.floorAreaRatio, let maxFAR = parcel.maxFloorAreaRatio {
      let margin = maxFAR - planned
      checks.append(RuleCheck(
        rule: .floorAreaRatio, passed: margin >= -1e-9, value: planned, threshold: maxFAR, margin: margin,
        detail: "planned FAR vs parcel's zoning maximum", detailZh: "规划容积率对比地块规划上限"))
    }
    return checks
  }

  /// All eligible (project, parcel) pairs, by project then parcel.
  public func eligiblePairs() -> [(project: Int, parcel: Int)] {
    var pairs: [(project: Int, parcel: Int)] = []
    for j in landCase.projects.indices {
      for p in landCase.parcels.indices where isEligible(project: j, parcel: p) { pairs.append((j, p)) }
    }
    return pairs
  }
}
