import ParkOptData

/// A standard-land rule a project–parcel pair must satisfy.
public enum Rule: String, Sendable, Codable, CaseIterable {
  case industry, preferredPark = "preferred_park", zoning, area
  case investmentIntensity = "investment_intensity", taxPerMu = "tax_per_mu", revenuePerMu = "revenue_per_mu"
  case energyPerValueAdded = "energy_per_value_added", floorAreaRatio = "floor_area_ratio"

  /// The rule's name in Chinese, for reports.
  public var chineseName: String {
    switch self {
    case .industry: return "产业准入"
    case .preferredPark: return "意向园区"
    case .zoning: return "用地性质"
    case .area: return "用地面积"
    case .investmentIntensity: return "投资强度"
    case .taxPerMu: return "亩均税收"
    case .revenuePerMu: return "亩均营收"
    case .energyPerValueAdded: return "单位增加值能耗"
    case .floorAreaRatio: return "容积率"
    }
  }
}

/// The outcome of one rule for one project on one parcel.
public struct RuleCheck: Sendable, Equatable, CustomStringConvertible {
  public var rule: Rule
  public var passed: Bool
  /// The project's value on this parcel (e.g. investment ÷ parcel area).
  public var value: Double?
  /// The threshold it is held to.
  public var threshold: Double?
  /// How far the value is from the threshold, in the rule's unit; positive
  /// when it passes with room (承诺余量), negative when it fails.
  public var margin: Double?
  /// Where the threshold comes from, or what did not fit.
  public var detail: String

  public var description: String {
    guard let value, let threshold, let margin else { return "\(rule.rawValue): \(detail)" }
    let verdict = passed ? "passes by \(Self.format(margin))" : "short by \(Self.format(-margin))"
    return "\(rule.rawValue) \(Self.format(value)) vs \(Self.format(threshold)) (\(detail)): \(verdict)"
  }

  static func format(_ x: Double) -> String {
    let rounded = (x * 100).rounded() / 100
    return rounded == rounded.rounded() ? Int64(checkedFrom: rounded).map { String($0) } ?? String(rounded) : String(rounded)
  }
}
