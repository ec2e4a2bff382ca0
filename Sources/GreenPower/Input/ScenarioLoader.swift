import ParkOptData

/// Reads a ``SizingScenario`` from YAML or JSON through the shared
/// ``ScenarioReader``; every key is optional and unknown keys are errors (a
/// misspelt key must not silently fall back to a default).
public enum ScenarioLoader {
  /// Parses scenario text; `file` names it in messages.
  public static func parse(_ text: String, file: String) throws(DataErrors) -> SizingScenario {
    try read(ScenarioReader(text: text, file: file))
  }

  /// Reads `path`.
  public static func load(path: String) throws(DataErrors) -> SizingScenario {
    try read(ScenarioReader(path: path))
  }

  static let topKeys = [
    "name", "load_unit", "start_date", "discount_rate", "grid_emission_factor_t_per_mwh", "ground_land_limit_mu",
    "pv_ground", "pv_rooftop", "wind", "battery", "grid", "policy", "resource",
  ]

  static func read(_ reader: ScenarioReader) throws(DataErrors) -> SizingScenario {
    var s = SizingScenario()
    let top = reader.root(keys: topKeys)
    if let v = top.string("name") { s.name = v }
    if let v = top.choice("load_unit", ["kW", "MW", "千瓦", "兆瓦"]) { s.loadUnit = ["kW", "千瓦"].contains(v) ? .kW : .MW }
    // Technologies, costs, grid and policy: the keys an assign scenario's
    // `green_power:` section shares (ScenarioLoader+Section.swift).
    read(section: top, into: &s)
    if let v = top.optionalNumber("ground_land_limit_mu", .between(0, 1e9)) { s.groundLandLimitMu = v }
    resource(&s.resource, top.mapping("resource", keys: resourceKeys))
    try reader.finish()
    return s
  }

  static let technologyKeys = [
    "enabled", "capex_yuan_per_kw", "fixed_om_yuan_per_kw_year", "lifetime_years", "area_mu_per_mw",
    "area_limit_mu", "existing_mw", "min_mw", "max_mw",
  ]

  static func technology(_ t: inout Technology, _ m: ScenarioMapping?) {
    guard let m else { return }
    if let v = m.bool("enabled") { t.enabled = v }
    if let v = m.number("capex_yuan_per_kw", .between(0, 1e6)) { t.capexYuanPerKW = v }
    if let v = m.number("fixed_om_yuan_per_kw_year", .between(0, 1e5)) { t.fixedOMYuanPerKWYear = v }
    if let v = m.number("lifetime_years", .between(1, 100)) { t.lifetimeYears = v }
    if let v = m.number("area_mu_per_mw", .between(0, 1e4)) { t.areaMuPerMW = v }
    if let v = m.optionalNumber("area_limit_mu", .between(0, 1e9)) { t.areaLimitMu = v }
    if let v = m.number("existing_mw", .between(0, 1e6)) { t.existingMW = v }
    if let v = m.number("min_mw", .between(0, 1e6)) { t.minMW = v }
    if let v = m.optionalNumber("max_mw", .between(0, 1e6)) { t.maxMW = v }
    notBelowTheLeast(m, "max_mw", t.maxMW, min: ("min_mw", t.minMW), existing: ("existing_mw", t.existingMW))
    if !t.enabled { notAboveWhatExists(m, "min_mw", t.minMW, existing: ("existing_mw", t.existingMW)) }
  }

  static let batteryKeys = [
    "enabled", "grid_charging", "energy_capex_yuan_per_kwh", "power_capex_yuan_per_kw", "fixed_om_fraction",
    "lifetime_years", "round_trip_efficiency", "min_soc", "existing_mwh", "existing_mw", "min_mwh", "max_mwh",
    "min_mw", "max_mw",
  ]

  static func battery(_ b: inout SizingScenario.Battery, _ m: ScenarioMapping?) {
    guard let m else { return }
    if let v = m.bool("enabled") { b.enabled = v }
    if let v = m.bool("grid_charging") { b.gridCharging = v }
    if let v = m.number("energy_capex_yuan_per_kwh", .between(0, 1e5)) { b.energyCapexYuanPerKWh = v }
    if let v = m.number("power_capex_yuan_per_kw", .between(0, 1e5)) { b.powerCapexYuanPerKW = v }
    if let v = m.number("fixed_om_fraction", .fraction) { b.fixedOMFraction = v }
    if let v = m.number("lifetime_years", .between(1, 100)) { b.lifetimeYears = v }
    if let v = m.number("round_trip_efficiency", .between(0.01, 1)) { b.roundTripEfficiency = v }
    if let v = m.number("min_soc", .between(0, 0.99)) { b.minSOC = v }
    if let v = m.number("existing_mwh", .between(0, 1e6)) { b.existingMWh = v }
    if let v = m.number("existing_mw", .between(0, 1e6)) { b.existingMW = v }
    if let v = m.number("min_mwh", .between(0, 1e6)) { b.minMWh = v }
    if let v = m.optionalNumber("max_mwh", .between(0, 1e6)) { b.maxMWh = v }
    if let v = m.number("min_mw", .between(0, 1e6)) { b.minMW = v }
    if let v = m.optionalNumber("max_mw", .between(0, 1e6)) { b.maxMW = v }
    notBelowTheLeast(m, "max_mwh", b.maxMWh, min: ("min_mwh", b.minMWh), existing: ("existing_mwh", b.existingMWh))
    notBelowTheLeast(m, "max_mw", b.maxMW, min: ("min_mw", b.minMW), existing: ("existing_mw", b.existingMW))
    if !b.enabled {
      notAboveWhatExists(m, "min_mwh", b.minMWh, existing: ("existing_mwh", b.existingMWh))
      notAboveWhatExists(m, "min_mw", b.minMW, existing: ("existing_mw", b.existingMW))
    }
  }

  static let gridKeys = [
    "import_limit_mw", "tariff", "demand_charge_yuan_per_kw_month", "export_allowed",
    "export_price_yuan_per_kwh", "export_limit_mw", "off_grid", "unserved_penalty_yuan_per_kwh",
  ]

  static func grid(_ g: inout SizingScenario.Grid, _ m: ScenarioMapping?) {
    guard let m else { return }
    if let v = m.optionalNumber("import_limit_mw", .between(0, 1e6)) { g.importLimitMW = v }
    if let v = m.number("demand_charge_yuan_per_kw_month", .between(0, 1e4)) { g.demandChargeYuanPerKWMonth = v }
    if let v = m.bool("export_allowed") { g.exportAllowed = v }
    if let v = m.number("export_price_yuan_per_kwh", .between(0, 100)) { g.exportPriceYuanPerKWh = v }
    if let v = m.optionalNumber("export_limit_mw", .between(0, 1e6)) { g.exportLimitMW = v }
    if let v = m.bool("off_grid") { g.offGrid = v }
    if let v = m.optionalNumber("unserved_penalty_yuan_per_kwh", .between(0, 1e4)) { g.unservedPenaltyYuanPerKWh = v }
    tariff(&g.tariff, m.mapping("tariff", keys: ["prices_yuan_per_kwh", "hours", "hours_by_month"]))
  }

  static let policyKeys = [
    "target", "min_self_use_of_generation", "min_green_share_of_consumption", "max_export_of_generation",
  ]

  static func policy(_ p: inout SizingScenario.Policy, _ m: ScenarioMapping?) {
    guard let m else { return }
    switch m.choice("target", ["2025", "2030"]) {
    case "2025": p.target = "2025"; p.minGreenShareOfConsumption = 0.30
    case "2030": p.target = "2030"; p.minGreenShareOfConsumption = 0.35
    default: break
    }
    if let v = m.optionalNumber("min_self_use_of_generation", .fraction) { p.minSelfUseOfGeneration = v }
    if let v = m.optionalNumber("min_green_share_of_consumption", .fraction) {
      p.minGreenShareOfConsumption = v
      p.target = "custom"
    }
    if let v = m.optionalNumber("max_export_of_generation", .fraction) { p.maxExportOfGeneration = v }
  }

  static let resourceKeys = ["latitude", "longitude", "pv_full_load_hours", "wind_full_load_hours", "seed"]

  static func resource(_ r: inout SizingScenario.ResourceSettings, _ m: ScenarioMapping?) {
    guard let m else { return }
    if let v = m.number("latitude", .between(-66, 66)) { r.latitude = v }
    if let v = m.number("longitude", .between(-180, 180)) { r.longitude = v }
    if let v = m.number("pv_full_load_hours", .between(100, 4000)) { r.pvFullLoadHours = v }
    if let v = m.number("wind_full_load_hours", .between(100, 7000)) { r.windFullLoadHours = v }
    if let v = m.integer("seed", .between(0, 9e15)) { r.seed = UInt64(v) }
  }
}
