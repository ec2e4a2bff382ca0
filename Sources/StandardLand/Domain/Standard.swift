/// Standard-land control indicators (标准地控制指标) for a park and an
/// industry; `*` matches any park or industry.
public struct Standard: Sendable, Equatable {
  public var park: String
  public var industry: String
  /// Minimum fixed-asset investment intensity, 万元/亩.
  public var minInvestmentIntensity: Double?
  /// Minimum annual tax per mu, 万元/亩.
  public var minTaxPerMu: Double?
  /// Minimum annual revenue per mu, 万元/亩.
  public var minRevenuePerMu: Double?
  /// Maximum energy per unit of value added, tce/万元.
  public var maxEnergyPerValueAdded: Double?
  /// Minimum floor-area ratio.
  public var minFloorAreaRatio: Double?

  public init(
    park: String = "*", industry: String = "*", minInvestmentIntensity: Double? = nil,
    minTaxPerMu: Double? = nil, minRevenuePerMu: Double? = nil, maxEnergyPerValueAdded: Double? = nil,
    minFloorAreaRatio: Double? = nil
  ) {
    self.park = park
    self.industry = industry
    self.minInvestmentIntensity = minInvestmentIntensity
    self.minTaxPerMu = minTaxPerMu
    self.minRevenuePerMu = minRevenuePerMu
    self.maxEnergyPerValueAdded = maxEnergyPerValueAdded
    self.minFloorAreaRatio = minFloorAreaRatio
  }

  /// 2 for an exact park and industry, 1 for one of them, 0 for `*, *`;
  /// nil when the row does not apply.
  func specificity(park p: String, industry i: String) -> Int? {
    let parkMatch = park == p ? 1 : (park == "*" ? 0 : nil)
    let industryMatch = industry == i ? 1 : (industry == "*" ? 0 : nil)
    guard let a = parkMatch, let b = industryMatch else { return nil }
    return a * 2 + b  // park-specific outranks industry-specific
  }
}

/// An existing firm in a park (for averages and the industry structure).
public struct Enterprise: Sendable, Equatable {
  public var id: String
  public var parkID: String
  public var industry: String
  public var landMu: Double
  public var investmentWan: Double?
  public var revenueWan: Double
  public var taxWan: Double?
  public var valueAddedWan: Double?
  public var energyTce: Double?

  public init(
    id: String = "", parkID: String, industry: String, landMu: Double, investmentWan: Double? = nil,
    revenueWan: Double, taxWan: Double? = nil, valueAddedWan: Double? = nil, energyTce: Double? = nil
  ) {
    self.id = id
    self.parkID = parkID
    self.industry = industry
    self.landMu = landMu
    self.investmentWan = investmentWan
    self.revenueWan = revenueWan
    self.taxWan = taxWan
    self.valueAddedWan = valueAddedWan
    self.energyTce = energyTce
  }
}
