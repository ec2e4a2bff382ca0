/// The weights of the composite site score: score = Σ wᵢ·cᵢ / Σ wᵢ over the
/// six components cᵢ ∈ [0, 1] of ``SiteComponents``.
///
/// Defaults (README, *parkopt rank*): threshold margin 0.30, industry fit
/// 0.20, quota share 0.20, land cost 0.15, land supply 0.10, green premium
/// 0.05. Read from a YAML or JSON file by ``RankWeights/read(path:)``.
public struct RankWeights: Sendable, Equatable {
  /// Room on the per-mu thresholds (承诺余量).
  public var thresholdMargin: Double = 0.30
  /// Primary, potential or other admitted industry of the park.
  public var industryFit: Double = 0.20
  /// Land cost of the parcel, against the project's other eligible parcels.
  public var landCost: Double = 0.15
  /// Share of the park's remaining energy and carbon quota the project takes.
  public var quotaShare: Double = 0.20
  /// New-land (增存挂钩) headroom left after the parcel.
  public var landSupply: Double = 0.10
  /// Cost of the green-power option the site needs, against the project's tax.
  public var greenPremium: Double = 0.05

  public init() {}

  /// The keys of a weights file, in the order of the components.
  public static let keys = [
    "threshold_margin", "industry_fit", "land_cost", "quota_share", "land_supply", "green_premium",
  ]

  /// The weights in the order of ``keys``.
  public var values: [Double] { [thresholdMargin, industryFit, landCost, quotaShare, landSupply, greenPremium] }
}
