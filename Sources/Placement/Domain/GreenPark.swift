/// A park's green-power site: where its resource comes from, the land and
/// roof green options may take, and its cost and policy overrides.
public struct GreenPark: Sendable, Equatable {
  /// The park (``StandardLand/Park/id``).
  public var parkID: String
  /// Degrees, for synthetic profiles.
  public var latitude: Double?
  public var longitude: Double?
  /// Full-load hours of the synthetic profiles.
  public var pvFullLoadHours: Double = 1400
  public var windFullLoadHours: Double = 2500
  /// Hourly capacity factors from `resource/<park id>.csv`, when given.
  public var resource: HourlyResource?
  /// Land for ground PV and wind, mu (0 disables both).
  public var greenLandMu: Double
  /// Roof for rooftop PV, mu (0 disables it).
  public var roofMu: Double = 0
  /// Overrides of the scenario's capital costs (yuan/kW, yuan/kWh).
  public var pvGroundCapexYuanPerKW: Double?
  public var pvRooftopCapexYuanPerKW: Double?
  public var windCapexYuanPerKW: Double?
  public var batteryCapexYuanPerKWh: Double?
  /// Overrides of the 650号 ratios.
  public var minSelfUseOfGeneration: Double?
  public var maxExportOfGeneration: Double?

  public init(parkID: String, greenLandMu: Double, roofMu: Double = 0, latitude: Double? = nil, longitude: Double? = nil) {
    self.parkID = parkID
    self.greenLandMu = greenLandMu
    self.roofMu = roofMu
    self.latitude = latitude
    self.longitude = longitude
  }
}

/// Hourly capacity factors read from a file.
public struct HourlyResource: Sendable, Equatable {
  public var pv: [Double]
  public var pvRooftop: [Double]
  public var wind: [Double]
  /// The file, for messages and run.json.
  public var file: String

  public init(pv: [Double], pvRooftop: [Double], wind: [Double], file: String) {
    self.pv = pv
    self.pvRooftop = pvRooftop
    self.wind = wind
    self.file = file
  }
}
