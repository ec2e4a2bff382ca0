/// What the other tables of a land case may rely on about `parks.csv`, read
/// from every row whatever its other cells: a park whose row has a bad cell
/// (`min_leading_share` 1.5) is still a park its parcels, projects and
/// firms may name, so only the bad cell is reported.
struct ParkReferences: Sendable {
  /// `parks.csv` as the user named it.
  var file: String
  /// Every park id a row gives.
  var ids: Set<String> = []
  /// The first park (file order) whose `carbon_quota_t` cell holds a valid
  /// number: every project must then give its `carbon_t`.
  var firstWithCarbonQuota: String?
}
