/// A per-mu benefit indicator (亩均效益评价指标) and how it is computed.
public enum Indicator: String, Sendable, Codable, CaseIterable, Comparable {
  /// 亩均税收, 万元/亩.
  case taxPerMu = "tax_per_mu"
  /// 亩均增加值, 万元/亩.
  case valueAddedPerMu = "value_added_per_mu"
  /// 单位能耗增加值, 万元/tce.
  case valueAddedPerTce = "value_added_per_tce"
  /// 单位排放增加值, 万元/t.
  case valueAddedPerEmission = "value_added_per_emission"
  /// 全员劳动生产率, 万元/person.
  case labourProductivity = "labour_productivity"
  /// R&D占比, R&D ÷ revenue.
  case rdIntensity = "rd_intensity"
  /// 单位电耗税收, 万元/万kWh (= 元/kWh).
  case taxPerKWh = "tax_per_kwh"
  /// 亩均营业收入, 万元/亩.
  case revenuePerMu = "revenue_per_mu"

  public static func < (a: Indicator, b: Indicator) -> Bool {
    allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
  }

  /// The Chinese name.
  public var chineseName: String {
    switch self {
    case .taxPerMu: "亩均税收"
    case .valueAddedPerMu: "亩均增加值"
    case .valueAddedPerTce: "单位能耗增加值"
    case .valueAddedPerEmission: "单位排放增加值"
    case .labourProductivity: "全员劳动生产率"
    case .rdIntensity: "R&D经费占比"
    case .taxPerKWh: "单位电耗税收"
    case .revenuePerMu: "亩均营业收入"
    }
  }

  /// The firm's value, or nil when a figure is missing or the divisor is 0.
  public func value(of f: Firm) -> Double? {
    func ratio(_ a: Double?, _ b: Double?) -> Double? {
      guard let a, let b, b > 0 else { return nil }
      return a / b
    }
    switch self {
    case .taxPerMu: return ratio(f.taxWan, f.landMu)
    case .valueAddedPerMu: return ratio(f.valueAddedWan, f.landMu)
    case .valueAddedPerTce: return ratio(f.valueAddedWan, f.energyTce)
    case .valueAddedPerEmission: return ratio(f.valueAddedWan, f.emissionsT)
    case .labourProductivity: return ratio(f.valueAddedWan, f.employees)
    case .rdIntensity: return ratio(f.rdWan, f.revenueWan)
    case .taxPerKWh: return ratio(f.taxWan, f.electricityWanKWh)
    case .revenuePerMu: return ratio(f.revenueWan, f.landMu)
    }
  }
}
