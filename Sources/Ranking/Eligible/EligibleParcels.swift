/// The eligible parcels of one project, grouped by park (park order, then
/// (area, id) within a park), with what of them depends neither on the
/// parks' quotas and 增存挂钩 ratios nor on the weights: `rank` finds them
/// once (``SiteRanker/eligible(project:)``) and scores them for any quota
/// and weights (``SiteRanker/sites(project:eligible:detail:)``), so a sweep
/// of quotas or weights in one process finds them only once
/// (``EligibleParcelsCache``).
struct EligibleParcels: Sendable {
  /// Per park with eligible parcels, in park order: the park's index, and
  /// the end of its parcels in ``parcels`` (the start is the previous end).
  var parks: [Int32] = []
  var ends: [Int32] = []
  /// The eligible parcels' indices.
  var parcels: [Int32] = []
  /// Per eligible parcel: its ``SiteComponents/thresholdMarginScore``.
  var marginScores: [Double] = []
  /// Per park in ``parks``: the positions (in ``parcels``) of the parcels
  /// that can be its best one under some quota and some non-negative
  /// weights, and the end of them in ``frontier`` (see
  /// ``SiteRanker/frontier(_:_:basis:)``).
  var frontier: [Int32] = []
  var frontierEnds: [Int32] = []
  /// The cheapest and dearest land cost among the eligible parcels, 万元
  /// (the land-cost score's range).
  var minCost = Double.infinity
  var maxCost = -Double.infinity
  /// Per park of the case: the parcel an ineligible site shows (the first
  /// candidate or the nearest miss; -1 when the park offers none); -1 for
  /// the parks in ``parks``.
  var shown: [Int32]

  init(parkCount: Int) {
    shown = Array(repeating: -1, count: parkCount)
  }
}
