import StandardLand

/// How a park takes a project's industry.
public enum IndustryFit: String, Sendable, Equatable, Codable {
  /// One of the park's primary industries (主导产业).
  case primary
  /// One of its potential industries (潜力产业).
  case potential
  /// Admitted otherwise (listed, or `*`).
  case other
  /// Not admitted.
  case none

  /// The component value: primary 1, potential 0.7, other 0.3, none 0.
  public var score: Double {
    switch self {
    case .primary: 1
    case .potential: 0.7
    case .other: 0.3
    case .none: 0
    }
  }

  /// The fit of `industry` in `park`.
  public init(_ industry: String, in park: Park) {
    if park.primaryIndustries.contains(industry) {
      self = .primary
    } else if park.potentialIndustries.contains(industry) {
      self = .potential
    } else {
      self = park.admits(industry) ? .other : .none
    }
  }

  /// The name in Chinese, for reports.
  public var chineseName: String {
    switch self {
    case .primary: "主导"
    case .potential: "潜力"
    case .other: "其他准入"
    case .none: "不准入"
    }
  }
}

/// The raw figures of one site and their normalised components (each in
/// 0…1, higher is better); the README states every formula.
public struct SiteComponents: Sendable, Equatable {
  /// Margins on the per-mu thresholds, in the rules' units (nil: no threshold).
  public var investmentMargin: Double?
  public var taxMargin: Double?
  public var revenueMargin: Double?
  public var energyMargin: Double?
  /// Mean of clamp(margin ÷ threshold, 0, 1) over the thresholds that apply; 1 when none does.
  public var thresholdMarginScore: Double = 0
  public var industryFit: IndustryFit = .none
  /// Land cost of the whole parcel, 万元.
  public var landCostWan: Double?
  /// (max − cost) ÷ (max − min) over the project's eligible parcels; 1 when they all cost the same.
  public var landCostScore: Double = 0
  /// The project's energy and carbon after the site's green-power relief.
  public var energyAfterReliefTce: Double = 0
  public var carbonAfterReliefTonnes: Double = 0
  /// The project's energy after green-power relief ÷ the park's remaining energy quota.
  public var energyQuotaShare: Double?
  /// Carbon likewise, when the park has a carbon quota.
  public var carbonQuotaShare: Double?
  /// 1 − min(1, the larger share).
  public var quotaScore: Double = 0
  /// New-land quota left after the parcel: quota − area (new land) or
  /// quota + stock-link ratio × area (stock land), mu.
  public var newLandHeadroomMu: Double?
  /// New land: 1 − min(1, area ÷ quota) (0 when the quota is 0); stock land: 1.
  public var landSupplyScore: Double = 0
  /// The cheapest green-power (quota relief) option at the site, if any.
  public var greenOption: String?
  /// Its cost ÷ its energy relief, 万元 per tce/year.
  public var greenPremiumWanPerTce: Double?
  /// 1 − clamp(option cost ÷ project tax, 0, 1); 1 without an option.
  public var greenScore: Double = 1

  public init() {}

  /// The six components in the order of ``RankWeights/keys``.
  public var scores: [Double] {
    [thresholdMarginScore, industryFit.score, landCostScore, quotaScore, landSupplyScore, greenScore]
  }

  /// Σ wᵢ·cᵢ ÷ Σ wᵢ, rounded to 6 decimals (so equal sites tie exactly).
  public func score(_ weights: RankWeights) -> Double {
    Self.score(
      thresholdMargin: thresholdMarginScore, industryFit: industryFit.score, landCost: landCostScore,
      quota: quotaScore, landSupply: landSupplyScore, green: greenScore, weights)
  }

  /// ``score(_:)`` of these component values: the one formula, also used
  /// where `rank` scores a parcel without building its components.
  @inline(__always)
  static func score(
    thresholdMargin: Double, industryFit: Double, landCost: Double, quota: Double, landSupply: Double,
    green: Double, _ weights: RankWeights
  ) -> Double {
    // Added in the order of ``scores``, from 0, without arrays (a province
    // run scores millions of parcels).
    let w = weights
    let total = 0 + w.thresholdMargin + w.industryFit + w.landCost + w.quotaShare + w.landSupply + w.greenPremium
    guard total > 0 else { return 0 }
    var sum = 0.0
    sum += w.thresholdMargin * thresholdMargin
    sum += w.industryFit * industryFit
    sum += w.landCost * landCost
    sum += w.quotaShare * quota
    sum += w.landSupply * landSupply
    sum += w.greenPremium * green
    return ((sum / total) * 1e6).rounded() / 1e6
  }
}
