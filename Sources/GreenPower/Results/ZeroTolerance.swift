/// What counts as zero in a sizing result, so the derived figures (ratios
/// achieved, battery cycles, LCOE) are computed from clean values, not from
/// a solver's leftovers.
///
/// GLPK's interior point returns about 1e-7 MW where the optimum has 0 (a
/// capacity not built, a battery that never runs; measured up to 3e-6 MW on
/// a 336-hour case with an 81 MW peak), and a ratio of two such leftovers is
/// any number at all. With ε = 10⁻⁶ × the larger of 1 MW and the peak
/// hourly load (MW):
/// - a capacity within ε of one of its bounds (the least it may be,
///   max(existing, min), or its max) is taken at that bound;
/// - with no battery energy or no battery power, charge, discharge and state
///   of charge are 0 in every hour;
/// - an energy total over the horizon (MWh) below ε × hours is 0;
/// - a ratio whose denominator is 0 is undefined (nil), not a number.
struct ZeroTolerance: Sendable {
  /// ε, MW (MWh for the battery's energy).
  let epsilon: Double

  /// The tolerance of a case with hourly load `loadMW`.
  init(loadMW: [Double]) {
    epsilon = 1e-6 * Swift.max(1, loadMW.max() ?? 0)
  }

  /// `value` taken at `lower` or `upper` when within ε of it.
  func capacity(_ value: Double, lower: Double, upper: Double) -> Double {
    if abs(value - lower) < epsilon { return lower }
    if upper.isFinite && abs(value - upper) < epsilon { return upper }
    return value
  }

  /// An energy total over `hours` hours, 0 when below ε × hours.
  func total(_ mwh: Double, hours: Int) -> Double {
    abs(mwh) < epsilon * Double(Swift.max(1, hours)) ? 0 : mwh
  }

  /// `numerator ÷ denominator`, nil when the denominator is 0.
  static func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
    denominator == 0 ? nil : numerator / denominator
  }
}
