import Foundation
import ParkOptData
import Yams

/// Reads a ``SizingScenario`` from YAML or JSON; every key is optional and
/// unknown keys are errors (a misspelt key must not silently fall back to a
/// default).
public enum ScenarioLoader {
  /// Parses scenario text; `file` names it in messages.
  public static func parse(_ text: String, file: String) throws(DataErrors) -> SizingScenario {
    let root: Any?
    do {
      root = try Yams.load(yaml: text)
    } catch {
      throw DataErrors([DataIssue(file: file, message: "is not valid YAML or JSON: \(error)")])
    }
    var f = ScenarioFields(file: file)
    var s = SizingScenario()
    guard let top = f.mapping(root, "") else {
      if root == nil { return s }
      throw DataErrors(f.issues)
    }
    f.checkKeys(top, [
      "name", "load_unit", "start_date", "discount_rate", "grid_emission_factor_t_per_mwh", "pv_ground",
      "pv_rooftop", "wind", "battery", "grid", "policy", "resource", "ground_land_limit_mu",
    ], "")
    if let v = f.string(top["name"], "name") { s.name = v }
    if let v = f.string(top["load_unit"], "load_unit") {
      switch v.lowercased() {
      case "kw", "千瓦": s.loadUnit = .kW
      case "mw", "兆瓦": s.loadUnit = .MW
      default: f.report("load_unit", "'\(v)' is not kW or MW")
      }
    }
    if let v = f.string(top["start_date"], "start_date") {
      if HourCalendar.parse(v) == nil { f.report("start_date", "'\(v)' is not a date YYYY-MM-DD") } else { s.startDate = v }
    }
    if let v = f.number(top["discount_rate"], "discount_rate", range: 0...1) { s.discountRate = v }
    if let v = f.number(top["grid_emission_factor_t_per_mwh"], "grid_emission_factor_t_per_mwh", range: 0...5) {
      s.gridEmissionFactorTPerMWh = v
    }
    if let v = f.optionalNumber(top, "ground_land_limit_mu", "ground_land_limit_mu", range: 0...1e9) {
      s.groundLandLimitMu = v
    }
    technology(&s.pvGround, top["pv_ground"], "pv_ground", &f)
    technology(&s.pvRooftop, top["pv_rooftop"], "pv_rooftop", &f)
    technology(&s.wind, top["wind"], "wind", &f)
    battery(&s.battery, top["battery"], &f)
    grid(&s.grid, top["grid"], &f)
    policy(&s.policy, top["policy"], &f)
    resource(&s.resource, top["resource"], &f)
    crossChecks(s, &f)
    guard f.issues.isEmpty else { throw DataErrors(f.issues) }
    return s
  }

  /// Reads `path`.
  public static func load(path: String) throws(DataErrors) -> SizingScenario {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DataErrors([DataIssue(file: path, message: "no such file")])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw DataErrors([DataIssue(file: path, message: "cannot be read as UTF-8 text")])
    }
    return try parse(text, file: path)
  }

  static let technologyKeys = [
    "enabled", "capex_yuan_per_kw", "fixed_om_yuan_per_kw_year", "lifetime_years", "area_mu_per_mw",
    "area_limit_mu", "existing_mw", "min_mw", "max_mw",
  ]

  static func technology(_ t: inout Technology, _ value: Any?, _ path: String, _ f: inout ScenarioFields) {
    guard let m = f.mapping(value, path) else { return }
    f.checkKeys(m, technologyKeys, path)
    if let v = f.bool(m["enabled"], "\(path).enabled") { t.enabled = v }
    if let v = f.number(m["capex_yuan_per_kw"], "\(path).capex_yuan_per_kw", range: 0...1e6) { t.capexYuanPerKW = v }
    if let v = f.number(m["fixed_om_yuan_per_kw_year"], "\(path).fixed_om_yuan_per_kw_year", range: 0...1e5) {
      t.fixedOMYuanPerKWYear = v
    }
    if let v = f.number(m["lifetime_years"], "\(path).lifetime_years", range: 1...100) { t.lifetimeYears = v }
    if let v = f.number(m["area_mu_per_mw"], "\(path).area_mu_per_mw", range: 0...1e4) { t.areaMuPerMW = v }
    if let v = f.optionalNumber(m, "area_limit_mu", "\(path).area_limit_mu", range: 0...1e9) { t.areaLimitMu = v }
    if let v = f.number(m["existing_mw"], "\(path).existing_mw", range: 0...1e6) { t.existingMW = v }
    if let v = f.number(m["min_mw"], "\(path).min_mw", range: 0...1e6) { t.minMW = v }
    if let v = f.optionalNumber(m, "max_mw", "\(path).max_mw", range: 0...1e6) { t.maxMW = v }
  }

  static func battery(_ b: inout SizingScenario.Battery, _ value: Any?, _ f: inout ScenarioFields) {
    guard let m = f.mapping(value, "battery") else { return }
    f.checkKeys(m, [
      "enabled", "grid_charging", "energy_capex_yuan_per_kwh", "power_capex_yuan_per_kw", "fixed_om_fraction", "lifetime_years",
      "round_trip_efficiency", "min_soc", "existing_mwh", "existing_mw", "min_mwh", "max_mwh", "min_mw", "max_mw",
    ], "battery")
    if let v = f.bool(m["enabled"], "battery.enabled") { b.enabled = v }
    if let v = f.bool(m["grid_charging"], "battery.grid_charging") { b.gridCharging = v }
    if let v = f.number(m["energy_capex_yuan_per_kwh"], "battery.energy_capex_yuan_per_kwh", range: 0...1e5) {
      b.energyCapexYuanPerKWh = v
    }
    if let v = f.number(m["power_capex_yuan_per_kw"], "battery.power_capex_yuan_per_kw", range: 0...1e5) {
      b.powerCapexYuanPerKW = v
    }
    if let v = f.number(m["fixed_om_fraction"], "battery.fixed_om_fraction", range: 0...1) { b.fixedOMFraction = v }
    if let v = f.number(m["lifetime_years"], "battery.lifetime_years", range: 1...100) { b.lifetimeYears = v }
    if let v = f.number(m["round_trip_efficiency"], "battery.round_trip_efficiency", range: 0.01...1) {
      b.roundTripEfficiency = v
    }
    if let v = f.number(m["min_soc"], "battery.min_soc", range: 0...0.99) { b.minSOC = v }
    if let v = f.number(m["existing_mwh"], "battery.existing_mwh", range: 0...1e6) { b.existingMWh = v }
    if let v = f.number(m["existing_mw"], "battery.existing_mw", range: 0...1e6) { b.existingMW = v }
    if let v = f.number(m["min_mwh"], "battery.min_mwh", range: 0...1e6) { b.minMWh = v }
    if let v = f.optionalNumber(m, "max_mwh", "battery.max_mwh", range: 0...1e6) { b.maxMWh = v }
    if let v = f.number(m["min_mw"], "battery.min_mw", range: 0...1e6) { b.minMW = v }
    if let v = f.optionalNumber(m, "max_mw", "battery.max_mw", range: 0...1e6) { b.maxMW = v }
  }

  static func grid(_ g: inout SizingScenario.Grid, _ value: Any?, _ f: inout ScenarioFields) {
    guard let m = f.mapping(value, "grid") else { return }
    f.checkKeys(m, [
      "import_limit_mw", "tariff", "demand_charge_yuan_per_kw_month", "export_allowed",
      "export_price_yuan_per_kwh", "export_limit_mw", "off_grid", "unserved_penalty_yuan_per_kwh",
    ], "grid")
    if let v = f.optionalNumber(m, "import_limit_mw", "grid.import_limit_mw", range: 0...1e6) { g.importLimitMW = v }
    if let v = f.number(m["demand_charge_yuan_per_kw_month"], "grid.demand_charge_yuan_per_kw_month", range: 0...1e4) {
      g.demandChargeYuanPerKWMonth = v
    }
    if let v = f.bool(m["export_allowed"], "grid.export_allowed") { g.exportAllowed = v }
    if let v = f.number(m["export_price_yuan_per_kwh"], "grid.export_price_yuan_per_kwh", range: 0...100) {
      g.exportPriceYuanPerKWh = v
    }
    if let v = f.optionalNumber(m, "export_limit_mw", "grid.export_limit_mw", range: 0...1e6) { g.exportLimitMW = v }
    if let v = f.bool(m["off_grid"], "grid.off_grid") { g.offGrid = v }
    if let v = f.optionalNumber(m, "unserved_penalty_yuan_per_kwh", "grid.unserved_penalty_yuan_per_kwh", range: 0...1e4) {
      g.unservedPenaltyYuanPerKWh = v
    }
    tariff(&g.tariff, m["tariff"], &f)
  }

  static func tariff(_ t: inout SizingScenario.Tariff, _ value: Any?, _ f: inout ScenarioFields) {
    guard let m = f.mapping(value, "grid.tariff") else { return }
    f.checkKeys(m, ["prices_yuan_per_kwh", "hours", "hours_by_month"], "grid.tariff")
    if let prices = f.mapping(m["prices_yuan_per_kwh"], "grid.tariff.prices_yuan_per_kwh") {
      var out: [String: Double] = [:]
      for (k, v) in prices {
        if let p = f.number(v, "grid.tariff.prices_yuan_per_kwh.\(k)", range: 0...100) { out[k] = p }
      }
      t.pricesYuanPerKWh = out
    }
    func periods(_ v: Any?, _ path: String, _ f: inout ScenarioFields) -> [String]? {
      guard let list = f.strings(v, path) else { return nil }
      guard list.count == 24 else {
        f.report(path, "has \(list.count) entries; one period name per hour 0…23 (24) is needed")
        return nil
      }
      return list
    }
    if let h = periods(m["hours"], "grid.tariff.hours", &f) { t.hours = h }
    if let byMonth = f.mapping(m["hours_by_month"], "grid.tariff.hours_by_month") {
      for (k, v) in byMonth {
        guard let month = Int(k), (1...12).contains(month) else {
          f.report("grid.tariff.hours_by_month.\(k)", "is not a month 1…12")
          continue
        }
        if let h = periods(v, "grid.tariff.hours_by_month.\(k)", &f) { t.hoursByMonth[month] = h }
      }
    }
  }

  static func policy(_ p: inout SizingScenario.Policy, _ value: Any?, _ f: inout ScenarioFields) {
    guard let m = f.mapping(value, "policy") else { return }
    f.checkKeys(m, [
      "target", "min_self_use_of_generation", "min_green_share_of_consumption", "max_export_of_generation",
    ], "policy")
    if let v = f.string(m["target"], "policy.target") {
      switch v {
      case "2025": p.target = v; p.minGreenShareOfConsumption = 0.30
      case "2030": p.target = v; p.minGreenShareOfConsumption = 0.35
      default: f.report("policy.target", "'\(v)' is not 2025 (30 %) or 2030 (35 %)")
      }
    }
    if let v = f.optionalNumber(m, "min_self_use_of_generation", "policy.min_self_use_of_generation", range: 0...1) {
      p.minSelfUseOfGeneration = v
    }
    if let v = f.optionalNumber(m, "min_green_share_of_consumption", "policy.min_green_share_of_consumption", range: 0...1) {
      p.minGreenShareOfConsumption = v
      p.target = "custom"
    }
    if let v = f.optionalNumber(m, "max_export_of_generation", "policy.max_export_of_generation", range: 0...1) {
      p.maxExportOfGeneration = v
    }
  }

  static func resource(_ r: inout SizingScenario.ResourceSettings, _ value: Any?, _ f: inout ScenarioFields) {
    guard let m = f.mapping(value, "resource") else { return }
    f.checkKeys(m, ["latitude", "longitude", "pv_full_load_hours", "wind_full_load_hours", "seed"], "resource")
    if let v = f.number(m["latitude"], "resource.latitude", range: -66...66) { r.latitude = v }
    if let v = f.number(m["longitude"], "resource.longitude", range: -180...180) { r.longitude = v }
    if let v = f.number(m["pv_full_load_hours"], "resource.pv_full_load_hours", range: 100...4000) { r.pvFullLoadHours = v }
    if let v = f.number(m["wind_full_load_hours"], "resource.wind_full_load_hours", range: 100...7000) {
      r.windFullLoadHours = v
    }
    if let v = f.number(m["seed"], "resource.seed", range: 0...9e15) { r.seed = UInt64(v) }
  }

  static func crossChecks(_ s: SizingScenario, _ f: inout ScenarioFields) {
    for t in [s.pvGround, s.pvRooftop, s.wind] {
      if let max = t.maxMW, max < Swift.max(t.minMW, t.existingMW) {
        f.report("\(t.key).max_mw", "\(max) is below min_mw or existing_mw")
      }
    }
    let b = s.battery
    if let max = b.maxMWh, max < Swift.max(b.minMWh, b.existingMWh) {
      f.report("battery.max_mwh", "\(max) is below min_mwh or existing_mwh")
    }
    if let max = b.maxMW, max < Swift.max(b.minMW, b.existingMW) {
      f.report("battery.max_mw", "\(max) is below min_mw or existing_mw")
    }
    let t = s.grid.tariff
    for (where_, periods) in [("grid.tariff.hours", t.hours)] + t.hoursByMonth.sorted(by: { $0.key < $1.key })
      .map({ ("grid.tariff.hours_by_month.\($0.key)", $0.value) }) {
      for p in Set(periods).sorted() where t.pricesYuanPerKWh[p] == nil {
        f.report(where_, "period '\(p)' has no price in grid.tariff.prices_yuan_per_kwh")
      }
    }
  }
}
