import ParkOptData

/// The checks between a capacity's bounds in a scenario (`max` not below
/// `min` or `existing`; with `enabled: false`, `min` not above `existing`),
/// each reported at the line of the key it names.
extension ScenarioLoader {
  /// Reports `key` when its minimum `min` is above the existing capacity of
  /// a technology with `enabled: false` (which builds nothing new).
  static func notAboveWhatExists(_ m: ScenarioMapping, _ key: String, _ min: Double, existing: (key: String, value: Double)) {
    guard min > existing.value else { return }
    m.report(key, "\(NumberRange.format(min)) is above \(existing.key) \(NumberRange.format(existing.value)), "
      + "and enabled: false builds nothing new")
  }

  /// Reports `key` (at its line) when its value `max` is below the `min` or
  /// `existing` capacity read beside it.
  static func notBelowTheLeast(
    _ m: ScenarioMapping, _ key: String, _ max: Double?, min: (key: String, value: Double),
    existing: (key: String, value: Double)
  ) {
    guard let max else { return }
    for floor in [min, existing] where max < floor.value {
      m.report(key, "\(NumberRange.format(max)) is below \(floor.key) \(NumberRange.format(floor.value))")
      return
    }
  }
}
