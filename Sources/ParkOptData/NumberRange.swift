import Foundation

/// The numbers a table column or a scenario key accepts, with how to say so
/// in a message.
///
/// A column's range is a closed interval with finite ends and a smallest
/// nonzero magnitude that still means something: every number read from a
/// table is checked against one, so nothing that passes can overflow a
/// product such as price × area or a ratio such as value ÷ area in a model,
/// or reach GLPK as an absurd coefficient. A scenario key's range may leave
/// a side open (``atLeast(_:)``, ``above(_:)``). NaN and infinity are never
/// inside. Every message describes a range the same way (``description``).
public struct NumberRange: Sendable, Equatable, CustomStringConvertible {
  /// Smallest value (nil: no lower bound).
  public let lower: Double?
  /// Whether `lower` itself is allowed.
  public let lowerIncluded: Bool
  /// Largest value, always allowed (nil: no upper bound).
  public let upper: Double?
  /// Nonzero values smaller in magnitude than this are errors (`1e-320`
  /// is a typo or a broken export, not an amount); 0 checks nothing.
  public let smallestNonzero: Double
  /// What a message says after a value outside the range, e.g. "is not a
  /// capacity factor between 0 and 1"; nil gives "is outside the allowed
  /// range 0…1".
  public let outside: String?

  /// The largest magnitude any bound of a column may have; larger bounds are cut to it.
  public static let limit = 1e15

  /// A column's range; an infinite or larger bound than ``limit`` is cut to ±``limit``.
  public init(_ bounds: ClosedRange<Double>, smallestNonzero: Double = 1e-6, outside: String? = nil) {
    let lower = min(max(bounds.lowerBound, -Self.limit), Self.limit)
    self.init(
      lower: lower, lowerIncluded: true, upper: max(min(bounds.upperBound, Self.limit), lower),
      smallestNonzero: smallestNonzero.isFinite ? abs(smallestNonzero) : 0, outside: outside)
  }

  private init(lower: Double?, lowerIncluded: Bool, upper: Double?, smallestNonzero: Double = 0, outside: String? = nil) {
    self.lower = lower
    self.lowerIncluded = lowerIncluded
    self.upper = upper
    self.smallestNonzero = smallestNonzero
    self.outside = outside
  }

  /// Values from `lower` to `upper`, both included (no smallest nonzero magnitude).
  public static func between(_ lower: Double, _ upper: Double) -> NumberRange {
    NumberRange(lower: lower, lowerIncluded: true, upper: upper)
  }

  /// Values `lower` or more.
  public static func atLeast(_ lower: Double) -> NumberRange {
    NumberRange(lower: lower, lowerIncluded: true, upper: nil)
  }

  /// Values greater than `lower`.
  public static func above(_ lower: Double) -> NumberRange {
    NumberRange(lower: lower, lowerIncluded: false, upper: nil)
  }

  /// Values greater than `lower` and at most `upper`.
  public static func above(_ lower: Double, atMost upper: Double) -> NumberRange {
    NumberRange(lower: lower, lowerIncluded: false, upper: upper)
  }

  /// Any finite number.
  public static let any = NumberRange(lower: nil, lowerIncluded: true, upper: nil)
  /// A fraction: 0 to 1 (no smallest nonzero magnitude; ``share`` for a column).
  public static let fraction = between(0, 1)
  /// 0 or more.
  public static let nonNegative = atLeast(0)
  /// More than 0.
  public static let positive = above(0)

  /// The lowest and highest values, an open side as ∓``limit``.
  public var bounds: ClosedRange<Double> { (lower ?? -Self.limit)...max(upper ?? Self.limit, lower ?? -Self.limit) }

  /// Whether `x` is a finite number inside the range (the smallest nonzero
  /// magnitude aside).
  public func contains(_ x: Double) -> Bool {
    guard x.isFinite else { return false }
    if let lower, lowerIncluded ? x < lower : x <= lower { return false }
    if let upper, x > upper { return false }
    return true
  }

  /// Why `value` is not accepted, or nil when it is.
  public func problem(with value: Double) -> String? {
    if !contains(value) {
      return "\(NumberRange.format(value)) " + (outside ?? "is outside the allowed range \(self)")
    }
    if value != 0 && abs(value) < smallestNonzero {
      return "\(NumberRange.format(value)) is not zero but smaller than \(NumberRange.format(smallestNonzero)), "
        + "the smallest amount this column takes; write 0 or a larger value"
    }
    return nil
  }

  /// `0…1e9`, `-180…180`, `≥ 1`, `> 0`, `> 0 and ≤ 1`, `≤ 5`, `any`.
  public var description: String {
    let f = NumberRange.format
    switch (lower, upper) {
    case let (l?, u?): return lowerIncluded ? "\(f(l))…\(f(u))" : "> \(f(l)) and ≤ \(f(u))"
    case let (l?, nil): return (lowerIncluded ? "≥ " : "> ") + f(l)
    case let (nil, u?): return "≤ \(f(u))"
    case (nil, nil): return "any"
    }
  }

  /// A number for messages: powers of ten from 1e5 up and below 1e-4 as
  /// `1e9` and `1e-6`, integers below 1e15 as integers, larger numbers with a
  /// short mantissa as `9e15`, others as Swift writes them (decimal from
  /// 1e-4 up, else with an exponent, written without a `+` or a leading
  /// zero: `1e300`, `2e-5`).
  public static func format(_ x: Double) -> String {
    guard x.isFinite else { return x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf") }
    let magnitude = abs(x)
    let powers = Array(-12 ... -5) + Array(5...15)
    if let n = powers.first(where: { Double("1e\($0)") == magnitude }) { return (x < 0 ? "-" : "") + "1e\(n)" }
    if magnitude < 1e15, let whole = Int64(checkedFrom: x), Double(whole) == x { return String(whole) }
    if magnitude >= 1e15 {  // 9e15, not Swift's 9000000000000000.0
      let short = String(format: "%g", x).replacingOccurrences(of: "e+", with: "e")
      if Double(short) == x { return short }
    }
    return String(x).replacingOccurrences(of: "e+", with: "e").replacingOccurrences(of: "e-0", with: "e-")
  }
}

extension NumberRange {
  /// Money in 万元 (10,000 yuan) of one firm or project: 0…1e9 (10 trillion yuan).
  public static let moneyWan = NumberRange(0...1e9)
  /// Money in 万元 that may be negative (tax after refunds, value added of a
  /// firm making a loss): −1e9…1e9.
  public static let signedMoneyWan = NumberRange(-1e9...1e9)
  /// Energy in tce per year: 0…1e8.
  public static let energyTce = NumberRange(0...1e8)
  /// Carbon dioxide or pollutant mass in t per year: 0…1e9.
  public static let massTonnes = NumberRange(0...1e9)
  /// A land area that must be positive, in mu: 0.01…1e6 (0.01 mu ≈ 6.7 m²).
  public static let positiveAreaMu = NumberRange(0.01...1e6)
  /// A land area that may be zero, in mu: 0…1e6.
  public static let areaMu = NumberRange(0...1e6)
  /// A share or fraction: 0…1.
  public static let share = NumberRange(0...1)
  /// A head count: 0…1e7.
  public static let people = NumberRange(0...1e7)
  /// A floor-area ratio (容积率): 0.01…100.
  public static let floorAreaRatio = NumberRange(0.01...100)
  /// A per-mu control indicator (investment intensity, tax or revenue per
  /// mu), 万元/亩: 0…1e6. `assign` reads its standards with it and
  /// `evaluate` writes only thresholds inside it.
  public static let perMuWan = NumberRange(0...1e6)
}
