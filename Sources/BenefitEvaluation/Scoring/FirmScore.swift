/// One firm's result: indicator values, points, total score and class.
public struct FirmScore: Sendable, Equatable {
  public var firm: Firm
  /// Indicator values (nil = data missing).
  public var values: [Indicator: Double]
  /// Points per weighted indicator, after cap and missing-data rule.
  public var points: [Indicator: Double]
  /// Indicators whose points came from the missing-data rule.
  public var imputed: Set<Indicator>
  /// Σ points.
  public var score: Double
  /// A, B, C, D; nil when not graded and no class is configured for that.
  public var grade: String?
  /// Whether the firm was ranked (false: scored but not graded).
  public var graded: Bool
  /// The weighted indicator with the lowest points ÷ weight.
  public var weakestIndicator: Indicator?
  /// 1-based rank within its ranking pool (ties share the best rank).
  public var rank: Int?
}
