/// One firm as evaluated (亩均效益评价对象); missing figures are nil.
public struct Firm: Sendable, Equatable {
  public var id: String
  public var parkID: String
  public var industry: String
  /// Land used, mu.
  public var landMu: Double
  /// Scoring group, e.g. `large` (规上) or `small` (规下).
  public var group: String
  public var investmentWan: Double?
  public var revenueWan: Double?
  public var taxWan: Double?
  public var valueAddedWan: Double?
  public var energyTce: Double?
  /// Electricity use, 万kWh.
  public var electricityWanKWh: Double?
  /// Main pollutant emissions (weighted), tonnes.
  public var emissionsT: Double?
  public var employees: Double?
  public var rdWan: Double?
  /// Scored but not graded (utilities, start-ups, …).
  public var notGraded: Bool
  public var foundedYear: Int?
  /// Zoning of the firm's land (for reallocated parcels).
  public var zoning: String?

  public init(
    id: String, parkID: String, industry: String, landMu: Double, group: String = "large",
    investmentWan: Double? = nil, revenueWan: Double? = nil, taxWan: Double? = nil,
    valueAddedWan: Double? = nil, energyTce: Double? = nil, electricityWanKWh: Double? = nil,
    emissionsT: Double? = nil, employees: Double? = nil, rdWan: Double? = nil,
    notGraded: Bool = false, foundedYear: Int? = nil, zoning: String? = nil
  ) {
    self.id = id; self.parkID = parkID; self.industry = industry; self.landMu = landMu
    self.group = group; self.investmentWan = investmentWan; self.revenueWan = revenueWan
    self.taxWan = taxWan; self.valueAddedWan = valueAddedWan; self.energyTce = energyTce
    self.electricityWanKWh = electricityWanKWh; self.emissionsT = emissionsT
    self.employees = employees; self.rdWan = rdWan; self.notGraded = notGraded
    self.foundedYear = foundedYear; self.zoning = zoning
  }
}
