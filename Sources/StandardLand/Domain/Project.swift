/// An investment project asking for land.
public struct Project: Sendable, Equatable, Identifiable {
  public var id: String
  public var name: String
  public var industry: String
  public var minAreaMu: Double
  public var maxAreaMu: Double
  public var investmentWan: Double
  public var revenueWan: Double
  public var taxWan: Double
  public var valueAddedWan: Double
  public var energyTce: Double
  public var carbonTonnes: Double
  public var jobs: Double
  /// Zoning codes it can use.
  public var zonings: [String]
  public var floorAreaRatio: Double?
  /// When not empty, only these parks.
  public var preferredParks: [String]
  public var mustPlace: Bool

  public init(
    id: String, name: String = "", industry: String, minAreaMu: Double, maxAreaMu: Double,
    investmentWan: Double, revenueWan: Double, taxWan: Double, valueAddedWan: Double, energyTce: Double,
    carbonTonnes: Double = 0, jobs: Double = 0, zonings: [String], floorAreaRatio: Double? = nil,
    preferredParks: [String] = [], mustPlace: Bool = false
  ) {
    self.id = id
    self.name = name.isEmpty ? id : name
    self.industry = industry
    self.minAreaMu = minAreaMu
    self.maxAreaMu = maxAreaMu
    self.investmentWan = investmentWan
    self.revenueWan = revenueWan
    self.taxWan = taxWan
    self.valueAddedWan = valueAddedWan
    self.energyTce = energyTce
    self.carbonTonnes = carbonTonnes
    self.jobs = jobs
    self.zonings = zonings
    self.floorAreaRatio = floorAreaRatio
    self.preferredParks = preferredParks
    self.mustPlace = mustPlace
  }
}
