import Foundation

/// The values a number column accepts: a closed interval with finite ends,
/// and the smallest nonzero magnitude that still means something.
///
/// Every number read from a table is checked against one, so nothing that
/// passes can overflow a product such as price × area or a ratio such as
/// value ÷ area in a model, or reach GLPK as an absurd coefficient.
public struct NumberRange: Sendable, Equatable, CustomStringConvertible {
  /// The lowest and highest accepted values (both finite).
  public let bounds: ClosedRange<Double>
  /// Nonzero values smaller in magnitude than this are errors (`1e-320`
  /// is a typo or a broken export, not an amount).
  public let smallestNonzero: Double
  /// What a message says after a value outside the bounds, e.g. "is not a
  /// capacity factor between 0 and 1"; nil gives "is outside the allowed
  /// range 0…1".
  public let outside: String?

  /// The largest magnitude any bound may have; larger bounds are cut to it.
  public static let limit = 1e15

  /// A range; an infinite or larger bound than ``limit`` is cut to ±``limit``.
  public init(_ bounds: ClosedRange<Double>, smallestNonzero: Double = 1e-6, outside: String? = nil) {
    let lower = min(max(bounds.lowerBound, -Self.limit), Self.limit)
    let upper = max(min(bounds.upperBound, Self.limit), lower)
    self.bounds = lower...upper
    self.smallestNonzero = smallestNonzero.isFinite ? abs(smallestNonzero) : 0
    self.outside = outside
  }

  /// Why `value` is not accepted, or nil when it is.
  public func problem(with value: Double) -> String? {
    if !value.isFinite || !bounds.contains(value) {
      return "\(NumberRange.format(value)) " + (outside ?? "is outside the allowed range \(self)")
    }
    if value != 0 && abs(value) < smallestNonzero {
      return "\(NumberRange.format(value)) is not zero but smaller than \(NumberRange.format(smallestNonzero)), "
        + "the smallest amount this column takes; write 0 or a larger value"
    }
    return nil
  }

  /// `0…1e9`, `0.01…1e6`, `-180…180`.
  public var description: String {
    "\(NumberRange.format(bounds.lowerBound))…\(NumberRange.format(bounds.upperBound))"
  }

  /// A number for messages: powers of ten from 1e5 up and below 1e-4 as
  /// `1e9` and `1e-6`, integers as integers, others as Swift writes them
  /// (without the `+` of a positive exponent: `1e300`).
  public static func format(_ x: Double) -> String {
    guard x.isFinite else { return x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf") }
    let magnitude = abs(x)
    let powers = Array(-12 ... -5) + Array(5...15)
    if let n = powers.first(where: { Double("1e\($0)") == magnitude }) { return (x < 0 ? "-" : "") + "1e\(n)" }
    if magnitude < 1e15, let whole = Int64(checkedFrom: x), Double(whole) == x { return String(whole) }
    return String(x).replacingOccurrences(of: "e+", with: "e")
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
}
