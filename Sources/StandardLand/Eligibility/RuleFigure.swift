/// One rule's outcome for one project on one parcel, in numbers only: the
/// verdict and margins ``EligibilityChecker/evaluate(_:_:in:_:_:)`` computes
/// without building any text. ``EligibilityChecker/assess(project:parcel:)``
/// turns the same figures into ``RuleCheck``s with their explanations.
public struct RuleFigure: Sendable, Equatable {
  /// Which check it is: the floor-area ratio rule has three.
  public enum Check: Sendable, Equatable {
    case industry, preferredPark, zoning, area
    case investmentIntensity, taxPerMu, revenuePerMu, energyPerValueAdded
    /// The project's planned ratio against the required minimum.
    case plannedFloorAreaRatio
    /// The parcel's zoning maximum against the required minimum.
    case parcelFloorAreaRatio
    /// The project's planned ratio against the parcel's zoning maximum.
    case plannedWithinParcelFloorAreaRatio

    /// The rule the check belongs to.
    public var rule: Rule {
      switch self {
      case .industry: .industry
      case .preferredPark: .preferredPark
      case .zoning: .zoning
      case .area: .area
      case .investmentIntensity: .investmentIntensity
      case .taxPerMu: .taxPerMu
      case .revenuePerMu: .revenuePerMu
      case .energyPerValueAdded: .energyPerValueAdded
      case .plannedFloorAreaRatio, .parcelFloorAreaRatio, .plannedWithinParcelFloorAreaRatio: .floorAreaRatio
      }
    }
  }

  public var check: Check
  public var passed: Bool
  /// As in ``RuleCheck``: the value, its threshold and the margin (nil for
  /// the yes/no rules).
  public var value: Double?
  public var threshold: Double?
  public var margin: Double?

  /// The rule the figure is for.
  public var rule: Rule { check.rule }

  /// A figure with its outcome and numbers.
  public init(_ check: Check, passed: Bool, value: Double? = nil, threshold: Double? = nil, margin: Double? = nil) {
    self.check = check
    self.passed = passed
    self.value = value
    self.threshold = threshold
    self.margin = margin
  }
}
