import Testing
@testable import StandardLand

/// Where each threshold comes from, as `assignments.csv` and `unplaced.csv`
/// name it.
@Suite struct ThresholdTableTests {
  static let park = Park(id: "K", primaryIndustries: ["ind"], energyQuotaTce: 1e6, newLandQuotaMu: 1e6)
  static let project = Project(
    id: "P", industry: "ind", minAreaMu: 10, maxAreaMu: 100, investmentWan: 5000, revenueWan: 5000, taxWan: 100,
    valueAddedWan: 1000, energyTce: 100, zonings: ["M1"])

  static func thresholds(_ standards: [Standard], _ firms: [Enterprise]) -> Thresholds {
    let c = LandCase(parks: [park], parcels: [], projects: [project], standards: standards, enterprises: firms)
    return ThresholdTable(c).thresholds(park: "K", industry: "ind")
  }

  /// Investment intensity averages the one firm that gives its investment
  /// (2500 ÷ 10), revenue per mu both firms ((4000 + 2200) ÷ 20); the firm
  /// on land 0 counts in neither. Each source counts its own firms.
  @Test func theSourceCountsTheFirmsThatGiveTheFigure() {
    let t = Self.thresholds([Standard(minInvestmentIntensity: 100, minRevenuePerMu: 100)], [
      Enterprise(parkID: "K", industry: "ind", landMu: 10, investmentWan: 2500, revenueWan: 4000),
      Enterprise(parkID: "K", industry: "ind", landMu: 10, revenueWan: 2200),
      Enterprise(parkID: "K", industry: "ind", landMu: 0, investmentWan: 9000, revenueWan: 9000),
    ])
    #expect(t.minInvestmentIntensity == Threshold(
      value: 250, source: "existing firms' average (1 firm)", sourceZh: "现有同类企业平均值（1 家）"))
    #expect(t.minRevenuePerMu == Threshold(
      value: 310, source: "existing firms' average (2 firms)", sourceZh: "现有同类企业平均值（2 家）"))
  }

  /// An average equal to the standard does not replace it: the source
  /// stays the standard.
  @Test func anEqualAverageLeavesTheStandard() {
    let t = Self.thresholds([Standard(park: "K", minInvestmentIntensity: 250)], [
      Enterprise(parkID: "K", industry: "ind", landMu: 10, investmentWan: 2500, revenueWan: 4000)
    ])
    #expect(t.minInvestmentIntensity == Threshold(value: 250, source: "standards (K, *)", sourceZh: "标准（K，*）"))
    #expect(t.minRevenuePerMu?.source == "existing firms' average (1 firm)")
  }
}
