/// An industrial park: its industries and the limits new projects share.
public struct Park: Sendable, Equatable, Identifiable {
  /// Administrative level (国家级 / 省级 / 县级).
  public enum Level: String, Sendable, Codable {
    case national, provincial, county, other
  }

  public var id: String
  public var name: String
  public var level: Level
  /// Leading industries (主导产业).
  public var primaryIndustries: [String]
  /// Potential or auxiliary industries (潜力产业); they count as leading.
  public var potentialIndustries: [String]
  /// Other industries admitted (`*` = any); they do not count as leading.
  public var otherIndustries: [String]
  /// Remaining energy-consumption quota, tce/year.
  public var energyQuotaTce: Double
  /// Optional carbon quota, t CO2/year.
  public var carbonQuotaTonnes: Double?
  /// New construction land quota, mu.
  public var newLandQuotaMu: Double
  /// New-land quota earned per mu of stock land reused (增存挂钩).
  public var stockLinkRatio: Double
  /// Minimum leading-industry revenue share (0…1).
  public var minLeadingShare: Double

  public init(
    id: String, name: String = "", level: Level = .other, primaryIndustries: [String] = [],
    potentialIndustries: [String] = [], otherIndustries: [String] = [], energyQuotaTce: Double,
    carbonQuotaTonnes: Double? = nil, newLandQuotaMu: Double, stockLinkRatio: Double = 0,
    minLeadingShare: Double = 0.6
  ) {
    self.id = id
    self.name = name.isEmpty ? id : name
    self.level = level
    self.primaryIndustries = primaryIndustries
    self.potentialIndustries = potentialIndustries
    self.otherIndustries = otherIndustries
    self.energyQuotaTce = energyQuotaTce
    self.carbonQuotaTonnes = carbonQuotaTonnes
    self.newLandQuotaMu = newLandQuotaMu
    self.stockLinkRatio = stockLinkRatio
    self.minLeadingShare = minLeadingShare
  }

  /// True for the park's primary and potential industries.
  public func isLeading(_ industry: String) -> Bool {
    primaryIndustries.contains(industry) || potentialIndustries.contains(industry)
  }

  /// True when the park admits `industry` at all.
  public func admits(_ industry: String) -> Bool {
    isLeading(industry) || otherIndustries.contains(industry) || otherIndustries.contains("*")
  }
}
