import ParkOptData

/// `size`'s scenario keys read inside another file's section (e.g. the
/// `green_power:` section of an assign scenario), so one reader serves both.
extension ScenarioLoader {
  /// The keys of a sizing scenario that describe technologies, costs, the
  /// grid and policy (not the site: no load unit, resource or land limit).
  public static let sectionKeys = [
    "start_date", "discount_rate", "grid_emission_factor_t_per_mwh", "pv_ground", "pv_rooftop", "wind", "battery",
    "grid", "policy",
  ]

  /// Reads the ``sectionKeys`` present in `section` into `scenario`,
  /// recording problems with their key paths in the section's reader.
  public static func read(section m: ScenarioMapping, into s: inout SizingScenario) {
    if let value = m.value("start_date"), let v = value.string() {
      if HourCalendar.parse(v) == nil { value.report("must be a date YYYY-MM-DD; found `\(v)`") } else { s.startDate = v }
    }
    if let v = m.number("discount_rate", .fraction) { s.discountRate = v }
    if let v = m.number("grid_emission_factor_t_per_mwh", .between(0, 5)) { s.gridEmissionFactorTPerMWh = v }
    technology(&s.pvGround, m.mapping("pv_ground", keys: technologyKeys))
    technology(&s.pvRooftop, m.mapping("pv_rooftop", keys: technologyKeys))
    technology(&s.wind, m.mapping("wind", keys: technologyKeys))
    battery(&s.battery, m.mapping("battery", keys: batteryKeys))
    grid(&s.grid, m.mapping("grid", keys: gridKeys))
    policy(&s.policy, m.mapping("policy", keys: policyKeys))
  }
}
