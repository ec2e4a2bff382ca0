/// The numbers a scenario key accepts, with how to say so in a message.
///
/// Bounds are inclusive unless built with ``above(_:)`` or ``above(_:atMost:)``;
/// NaN and infinity are never inside.
public struct AllowedRange: Sendable, Equatable, CustomStringConvertible {
  /// Smallest value (nil: no lower bound).
  public var lower: Double?
  /// Whether `lower` itself is allowed.
  public var lowerIncluded: Bool
  /// Largest value (nil: no upper bound).
  public var upper: Double?

  /// Values from `lower` to `upper`, both included.
  public static func between(_ lower: Double, _ upper: Double) -> AllowedRange {
    AllowedRange(lower: lower, lowerIncluded: true, upper: upper)
  }

  /// Values `lower` or more.
  public static func atLeast(_ lower: Double) -> AllowedRange {
    AllowedRange(lower: lower, lowerIncluded: true, upper: nil)
  }

  /// Values greater than `lower`.
  public static func above(_ lower: Double) -> AllowedRange {
    AllowedRange(lower: lower, lowerIncluded: false, upper: nil)
  }

  /// Values greater than `lower` and at most `upper`.
  public static func above(_ lower: Double, atMost upper: Double) -> AllowedRange {
    AllowedRange(lower: lower, lowerIncluded: false, upper: upper)
  }

  /// Any finite number.
  public static let any = AllowedRange(lower: nil, lowerIncluded: true, upper: nil)
  /// A share: 0 to 1.
  public static let fraction = between(0, 1)
  /// 0 or more.
  public static let nonNegative = atLeast(0)
  /// More than 0.
  public static let positive = above(0)

  /// Whether `x` is a finite number inside the range.
  public func contains(_ x: Double) -> Bool {
    guard x.isFinite else { return false }
    if let lower, lowerIncluded ? x < lower : x <= lower { return false }
    if let upper, x > upper { return false }
    return true
  }

  /// "from 0 to 1", "not less than 0", "greater than 0", "greater than 0
  /// and not more than 1", "not more than 5", "any".
  public var description: String {
    switch (lower, upper) {
    case let (l?, u?): lowerIncluded
      ? "from \(Self.format(l)) to \(Self.format(u))"
      : "greater than \(Self.format(l)) and not more than \(Self.format(u))"
    case let (l?, nil): lowerIncluded ? "not less than \(Self.format(l))" : "greater than \(Self.format(l))"
    case let (nil, u?): "not more than \(Self.format(u))"
    case (nil, nil): "any"
    }
  }

  /// `3`, not `3.0`; `0.0001`; `1e+06` as `1000000`.
  static func format(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return String(x)
  }
}
