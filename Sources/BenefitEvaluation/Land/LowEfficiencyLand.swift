/// A firm whose land is low-efficiency (低效用地) and may be taken back and
/// offered again (动态评估—退出—再配置).
public struct LowEfficiencyFirm: Sendable, Equatable {
  public var firmID: String
  public var parkID: String
  public var industry: String
  public var landMu: Double
  public var taxWanPerMu: Double?
  public var grade: String?
  /// Why: `class_D`, `double_ten` (双十), or both joined by `;`.
  public var reasons: [String]
  /// The parcel id it becomes (``LowEfficiencyLand/parcelIDPrefix`` + firm id).
  public var parcelID: String
  public var zoning: String
}

/// Applies the low-efficiency rules and the class surcharge.
public enum LowEfficiencyLand {
  /// What a firm id takes before it as a parcel id.
  public static let parcelIDPrefix = "LE-"

  /// Firms meeting the rules, in input order.
  public static func find(_ scores: [FirmScore], rule: LowEfficiencyRule) -> [LowEfficiencyFirm] {
    scores.compactMap { s in
      var reasons: [String] = []
      if rule.classD && s.graded && s.grade == "D" { reasons.append("class_D") }
      let taxPerMu = Indicator.taxPerMu.value(of: s.firm)
      if let minLand = rule.minLandMu, let maxTax = rule.maxTaxPerMu,
         s.firm.landMu >= minLand, let taxPerMu, taxPerMu < maxTax {
        reasons.append("double_ten")
      }
      guard !reasons.isEmpty else { return nil }
      return LowEfficiencyFirm(
        firmID: s.firm.id, parkID: s.firm.parkID, industry: s.firm.industry, landMu: s.firm.landMu,
        taxWanPerMu: taxPerMu, grade: s.grade, reasons: reasons, parcelID: Self.parcelIDPrefix + s.firm.id,
        zoning: s.firm.zoning ?? rule.zoning)
    }
  }

  /// Surcharge per firm, 万元 (万kWh × 元/kWh = 万元), for firms with a class and electricity.
  public static func surchargeWan(_ s: FirmScore, rates: [String: Double]) -> Double? {
    guard let grade = s.grade, let rate = rates[grade], let kwh = s.firm.electricityWanKWh else { return nil }
    return rate * kwh
  }
}
