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
}

/// Builds the thresholds table (rows sorted by park, then industry).
public enum ProjectThresholds {
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
}
