/// A parcel of industrial land offered as standard land (标准地).
public struct Parcel: Sendable, Equatable, Identifiable {
  /// Where the land comes from.
  public enum Source: String, Sendable, Codable {
    /// New construction land (新增), limited by the park's new-land quota.
    case new
    /// Revitalised stock land (存量): taken back, idle or low-efficiency land.
    case stock
  }

  public var id: String
  public var parkID: String
  public var areaMu: Double
  /// Zoning code: M1, M2, M3, M0, W, …
  public var zoning: String
  public var source: Source
  public var landPriceWanPerMu: Double
  public var maxFloorAreaRatio: Double?
  /// Optional geometry as WKT in longitude/latitude.
  public var wkt: String?

  public init(
    id: String, parkID: String, areaMu: Double, zoning: String, source: Source = .new,
    landPriceWanPerMu: Double = 0, maxFloorAreaRatio: Double? = nil, wkt: String? = nil
  ) {
    self.id = id
    self.parkID = parkID
    self.areaMu = areaMu
    self.zoning = zoning
    self.source = source
    self.landPriceWanPerMu = landPriceWanPerMu
    self.maxFloorAreaRatio = maxFloorAreaRatio
    self.wkt = wkt
  }

  /// Land cost of the whole parcel, 万元.
  public var landCostWan: Double { landPriceWanPerMu * areaMu }
}
