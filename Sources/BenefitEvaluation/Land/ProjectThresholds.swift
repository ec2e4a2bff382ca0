import ParkOptData

/// Average investment intensity, revenue and tax per mu of existing firms
/// per park × industry: thresholds for new projects (新建项目准入标准).
public struct ThresholdRow: Sendable, Equatable {
  public var parkID: String
  public var industry: String
  public var firmCount: Int
  public var landMu: Double
  /// Σ investment ÷ Σ land of firms reporting investment, 万元/亩.
  public var investmentWanPerMu: Double?
  /// Σ revenue ÷ Σ land, 万元/亩.
  public var revenueWanPerMu: Double?
  /// Σ tax ÷ Σ land, 万元/亩.
  public var taxWanPerMu: Double?

  /// A threshold column of `parkopt assign`'s `standards.csv`.
  public enum Column: String, Sendable, CaseIterable, Codable {
    /// Investment intensity, 万元/亩.
    case minInvestmentIntensity = "min_investment_intensity"
    /// Tax per mu, 万元/亩.
    case minTaxPerMu = "min_tax_per_mu"
    /// Revenue per mu, 万元/亩.
    case minRevenuePerMu = "min_revenue_per_mu"
  }

  /// The land-weighted average behind a column.
  public func average(_ column: Column) -> Double? {
    switch column {
    case .minInvestmentIntensity: investmentWanPerMu
    case .minTaxPerMu: taxWanPerMu
    case .minRevenuePerMu: revenueWanPerMu
    }
  }

  /// The threshold written for `parkopt assign`: the average when
  /// ``ProjectThresholds/acceptedRange`` holds it, else nil (an empty cell).
  public func threshold(_ column: Column) -> Double? {
    average(column).flatMap { ProjectThresholds.acceptedRange.contains($0) ? $0 : nil }
  }
}

/// An average left out of `standards.csv` because `parkopt assign` would
/// reject it (a negative tax average, …).
public struct EmptiedThreshold: Sendable, Equatable, Codable {
  /// The row's park.
  public var park: String
  /// The row's industry.
  public var industry: String
  /// The cell left empty.
  public var column: ThresholdRow.Column
  /// The average, 万元/亩.
  public var average: Double
}

/// Builds the thresholds table (rows sorted by park, then industry).
public enum ProjectThresholds {
  /// What `parkopt assign` accepts in each threshold column of its
  /// `standards.csv` (the shared range its reader uses, not a copy).
  public static let acceptedRange = NumberRange.perMuWan

  /// Land-weighted averages (Σ figure ÷ Σ land of firms that report it).
  public static func build(_ firms: [Firm]) -> [ThresholdRow] {
    let cells = Dictionary(grouping: firms) { "\($0.parkID)\u{1F}\($0.industry)" }
    return cells.values.compactMap { members -> ThresholdRow? in
      guard let first = members.first else { return nil }
      func average(_ figure: (Firm) -> Double?) -> Double? {
        let reporting = members.compactMap { f in figure(f).map { ($0, f.landMu) } }
        let land = reporting.reduce(0) { $0 + $1.1 }
        return land > 0 ? reporting.reduce(0) { $0 + $1.0 } / land : nil
      }
      return ThresholdRow(
        parkID: first.parkID, industry: first.industry, firmCount: members.count,
        landMu: members.reduce(0) { $0 + $1.landMu }, investmentWanPerMu: average(\.investmentWan),
        revenueWanPerMu: average(\.revenueWan), taxWanPerMu: average(\.taxWan))
    }.sorted { ($0.parkID, $0.industry) < ($1.parkID, $1.industry) }
  }

  /// The averages outside ``acceptedRange``, in row and column order.
  public static func emptied(_ rows: [ThresholdRow]) -> [EmptiedThreshold] {
    rows.flatMap { row in
      ThresholdRow.Column.allCases.compactMap { column in
        guard let value = row.average(column), row.threshold(column) == nil else { return nil }
        return EmptiedThreshold(park: row.parkID, industry: row.industry, column: column, average: value)
      }
    }
  }
}
