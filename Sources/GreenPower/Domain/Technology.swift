import ParkOptData

/// A generating technology (PV or wind): costs, lifetime, land and bounds.
public struct Technology: Sendable, Equatable {
  /// Short key used in names (`pv_ground`, `pv_rooftop`, `wind`).
  public var key: String
  /// Capital cost, yuan/kW.
  public var capexYuanPerKW: Double
  /// Fixed O&M, yuan/kW·year.
  public var fixedOMYuanPerKWYear: Double
  /// Lifetime, years.
  public var lifetimeYears: Double
  /// Land (or roof) needed, mu per MW.
  public var areaMuPerMW: Double
  /// Land (or roof) available, mu; nil for no limit.
  public var areaLimitMu: Double?
  /// Capacity already built, MW (no capital cost).
  public var existingMW: Double = 0
  /// Bounds on the total capacity, MW.
  public var minMW: Double = 0
  public var maxMW: Double? = nil
  /// Whether it may be built at all.
  public var enabled = true

  /// Ground PV: 3.3 yuan/W, 45 yuan/kW·yr, 25 years, 19 mu/MW.
  public static let pvGround = Technology(
    key: "pv_ground", capexYuanPerKW: 3300, fixedOMYuanPerKWYear: 45, lifetimeYears: 25, areaMuPerMW: 19,
    areaLimitMu: nil)
  /// Rooftop PV: 3.0 yuan/W, 40 yuan/kW·yr, 25 years, 12 mu of roof per MW [assumption].
  public static let pvRooftop = Technology(
    key: "pv_rooftop", capexYuanPerKW: 3000, fixedOMYuanPerKWYear: 40, lifetimeYears: 25, areaMuPerMW: 12,
    areaLimitMu: 0)
  /// Wind: 6,000 yuan/kW, 90 yuan/kW·yr, 20 years, 3 mu/MW of permanent land [assumption].
  public static let wind = Technology(
    key: "wind", capexYuanPerKW: 6000, fixedOMYuanPerKWYear: 90, lifetimeYears: 20, areaMuPerMW: 3,
    areaLimitMu: nil)
}

/// Money helpers: annuities and unit conversions to the model's 万元 and MW.
public enum Money {
  /// Capital recovery factor r(1+r)^n / ((1+r)^n − 1); 1/n when r = 0.
  public static func annuityFactor(rate: Double, years: Double) -> Double {
    guard rate > 0 else { return 1 / years }
    let g = pow1p(rate, years)
    return rate * g / (g - 1)
  }

  /// yuan/kW (or yuan/kWh) → 万元/MW (or 万元/MWh): × 1000 / 10000.
  public static func wanPerMega(_ yuanPerKilo: Double) -> Double { yuanPerKilo * 0.1 }

  private static func pow1p(_ r: Double, _ n: Double) -> Double {
    var result = 1.0
    let whole = Int(clampingFrom: min(n, 10_000).rounded(.down))  // (1 + r)^n beyond 10,000 years: no loop of that length
    for _ in 0..<whole { result *= 1 + r }
    let fraction = n - Double(whole)
    if fraction > 0 { result *= exp(fraction * log1p(r)) }
    return result
  }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
