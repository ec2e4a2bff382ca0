import StandardLand

/// One candidate site of one project: a park and the best parcel in it.
public struct Site: Sendable, Equatable {
  /// Indices into the case's projects, parks and parcels.
  public var project: Int
  public var park: Int
  /// The parcel shown: the best eligible one, or for an ineligible site the
  /// nearest miss (README); nil when the park offers no parcel.
  public var parcel: Int?
  public var eligible: Bool
  /// 1 for the project's best site; eligible sites first.
  public var rank: Int = 0
  /// The composite score (eligible sites only).
  public var score: Double?
  public var components: SiteComponents
  /// Every failing rule, with its margin (ineligible sites only).
  public var failures: [RuleCheck]
  /// The number of eligible parcels of the project in the park.
  public var eligibleParcels: Int

  public init(
    project: Int, park: Int, parcel: Int?, eligible: Bool, score: Double?, components: SiteComponents,
    failures: [RuleCheck], eligibleParcels: Int
  ) {
    self.project = project
    self.park = park
    self.parcel = parcel
    self.eligible = eligible
    self.score = score
    self.components = components
    self.failures = failures
    self.eligibleParcels = eligibleParcels
  }
}
