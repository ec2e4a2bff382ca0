/// One threshold and where it comes from.
public struct Threshold: Sendable, Equatable {
  public var value: Double
  /// "standards (park, industry)" or "existing firms' average".
  public var source: String
  /// ``source`` in Chinese.
  public var sourceZh: String = ""
}

/// The per-mu thresholds a project of one industry must meet in one park.
public struct Thresholds: Sendable, Equatable {
  public var minInvestmentIntensity: Threshold?
  public var minTaxPerMu: Threshold?
  public var minRevenuePerMu: Threshold?
  public var maxEnergyPerValueAdded: Threshold?
  public var minFloorAreaRatio: Threshold?
}

/// Resolves thresholds per park and industry: the most specific standards
/// row (park+industry, then park, then industry, then `*,*`), made stricter
/// by the land-weighted average of existing firms of the same industry in the
/// park ("no lower than the average of existing similar projects", seed 000,
/// item 9) when enabled: the stricter value wins.
public struct ThresholdTable: Sendable {
  private var table: [String: Thresholds] = [:]

  public init(_ landCase: LandCase) {
    var industries = Set(landCase.projects.map(\.industry))
    industries.formUnion(landCase.enterprises.map(\.industry))
    for park in landCase.parks {
      for industry in industries {
        table[Self.key(park.id, industry)] = Self.resolve(landCase, park: park.id, industry: industry)
      }
    }
  }

  /// The thresholds for `industry` in `park`.
  public func thresholds(park: String, industry: String) -> Thresholds {
    table[Self.key(park, industry)] ?? Thresholds()
  }

  private static func key(_ park: String, _ industry: String) -> String { park + "\u{1F}" + industry }

  static func resolve(_ landCase: LandCase, park: String, industry: String) -> Thresholds {
    var result = Thresholds()
    let ranked = landCase.standards
      .compactMap { s in s.specificity(park: park, industry: industry).map { (s, $0) } }
      .sorted { $0.1 > $1.1 }
    // Each indicator comes from the most specific row that sets it.
    func pick(_ value: (Standard) -> Double?) -> Threshold? {
      for (s, _) in ranked {
        if let v = value(s) {
          return Threshold(value: v, source: "standards (\(s.park), \(s.industry))", sourceZh: "标准（\(s.park)，\(s.industry)）")
        }
      }
      return nil
    }
    result.minInvestmentIntensity = pick(\.minInvestmentIntensity)
    result.minTaxPerMu = pick(\.minTaxPerMu)
    result.minRevenuePerMu = pick(\.minRevenuePerMu)
    result.maxEnergyPerValueAdded = pick(\.maxEnergyPerValueAdded)
    result.minFloorAreaRatio = pick(\.minFloorAreaRatio)
    guard landCase.scenario.useEnterpriseAverages else { return result }
    let firms = landCase.enterprises.filter { $0.parkID == park && $0.industry == industry && $0.landMu > 0 }
    let withInvestment = firms.filter { $0.investmentWan != nil }
    let investmentLand = withInvestment.reduce(0) { $0 + $1.landMu }
    if investmentLand > 0 {
      let average = withInvestment.reduce(0) { $0 + ($1.investmentWan ?? 0) } / investmentLand
      result.minInvestmentIntensity = stricterMinimum(
        result.minInvestmentIntensity, firmsAverage(average, over: withInvestment.count))
    }
    let land = firms.reduce(0) { $0 + $1.landMu }
    if land > 0 {
      let average = firms.reduce(0) { $0 + $1.revenueWan } / land
      result.minRevenuePerMu = stricterMinimum(result.minRevenuePerMu, firmsAverage(average, over: firms.count))
    }
    return result
  }

  /// An average of existing firms as a threshold; its source counts the
  /// `firms` it is taken over (those that give the figure, on land > 0).
  static func firmsAverage(_ value: Double, over firms: Int) -> Threshold {
    Threshold(
      value: value, source: "existing firms' average (\(firms) firm\(firms == 1 ? "" : "s"))",
      sourceZh: "现有同类企业平均值（\(firms) 家）")
  }

  private static func stricterMinimum(_ a: Threshold?, _ b: Threshold) -> Threshold {
    guard let a else { return b }
    return b.value > a.value ? b : a
  }
}
