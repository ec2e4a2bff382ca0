import ParkOptData

/// A standard-land rule a project–parcel pair must satisfy.
public enum Rule: String, Sendable, Codable, CaseIterable {
  case industry, preferredPark = "preferred_park", zoning, area
  case investmentIntensity = "investment_intensity", taxPerMu = "tax_per_mu", revenuePerMu = "revenue_per_mu"
  case energyPerValueAdded = "energy_per_value_added", floorAreaRatio = "floor_area_ratio"
  /// A project that must use relief (`green_power: required`) needs an
  /// option in the park (``RequiredRelief``).
  case greenPower = "green_power"

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
    case .greenPower: return "绿电"
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
  /// ``detail`` in Chinese (empty: the English one is used).
  public var detailZh: String = ""

  /// A check with its outcome, figures and explanation.
  public init(
    rule: Rule, passed: Bool, value: Double? = nil, threshold: Double? = nil, margin: Double? = nil, detail: String,
    detailZh: String = ""
  ) {
    self.rule = rule
    self.passed = passed
    self.value = value
    self.threshold = threshold
    self.margin = margin
    self.detail = detail
    self.detailZh = detailZh
  }

  /// The check in English, e.g. "energy_per_value_added 1.79 vs 1.5
  /// (standards (AN, *)): over the maximum by 0.29".
  public var description: String { text(.en) }

  /// The check in `language`. A failing value above its threshold is over
  /// a maximum, one below it short of a minimum.
  public func text(_ language: PlanTables.Language) -> String {
    let zh = language == .zh
    let name = zh ? rule.chineseName : rule.rawValue
    let why = zh && !detailZh.isEmpty ? detailZh : detail
    guard let value, let threshold, let margin else { return "\(name)\(zh ? "：" : ": ")\(why)" }
    let amount = Self.format(abs(margin))
    let verdict: String
    if passed {
      verdict = zh ? "余量 \(amount)" : "passes by \(amount)"
    } else if value > threshold {
      verdict = zh ? "超出上限 \(amount)" : "over the maximum by \(amount)"
    } else {
      verdict = zh ? "低于下限 \(amount)" : "below the minimum by \(amount)"
    }
    return zh
      ? "\(name) \(Self.format(value))，门槛 \(Self.format(threshold))（\(why)）：\(verdict)"
      : "\(name) \(Self.format(value)) vs \(Self.format(threshold)) (\(why)): \(verdict)"
  }

  static func format(_ x: Double) -> String {
    let rounded = (x * 100).rounded() / 100
    return rounded == rounded.rounded() ? Int64(checkedFrom: rounded).map { String($0) } ?? String(rounded) : String(rounded)
  }
}
