import StandardLand

/// The per-mu threshold figures of one project on one parcel (investment,
/// tax, revenue per mu; energy per value added) that a site's components
/// use: the first figure of each rule, nil when no threshold applies.
struct ThresholdFigures {
  var investment: RuleFigure?
  var tax: RuleFigure?
  var revenue: RuleFigure?
  var energy: RuleFigure?

  init() {}

  /// The figures of `project` on `parcel` of `park` under thresholds `t`.
  init(_ project: Project, _ parcel: Parcel, _ park: Park, _ t: Thresholds) {
    EligibilityChecker.evaluate(project, parcel, in: park, t) { record($0) }
  }

  /// Keeps `figure` when it is the first with a margin of its rule.
  mutating func record(_ figure: RuleFigure) {
    guard figure.margin != nil else { return }
    switch figure.check {
    case .investmentIntensity: if investment == nil { investment = figure }
    case .taxPerMu: if tax == nil { tax = figure }
    case .revenuePerMu: if revenue == nil { revenue = figure }
    case .energyPerValueAdded: if energy == nil { energy = figure }
    default: break
    }
  }
}
