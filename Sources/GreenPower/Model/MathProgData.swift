/// Writes a case as data for `Models/green_power.mod`, so the Swift model
/// can be checked against the same formulation solved by glpsol.
public enum GreenPowerMathProgData {
  /// The `.dat` text for `parameters`.
  public static func text(_ p: SizingParameters) -> String {
    func n(_ x: Double) -> String {
      x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }
    var out = "/* Exported by parkopt size for Models/green_power.mod */\ndata;\n\n"
    out += "param T := \(p.hours);\n"
    out += "param grid_charging := \(p.gridCharging ? 1 : 0);\n"
    out += "set MONTHS := " + p.months.map(String.init).joined(separator: " ") + ";\n\n"
    out += "param: month load price_import price_export :=\n"
    for t in 0..<p.hours {
      out += "  \(t) \(p.month[t]) \(n(p.loadMW[t])) \(n(p.importPriceWan[t])) \(n(p.exportPriceWan[t]))\n"
    }
    out += ";\n\nparam cf :=\n"
    for c in p.capacities where c.kind.isGenerator {
      for t in 0..<p.hours where c.cf[t] != 0 { out += "  \(c.kind.rawValue) \(t) \(n(c.cf[t]))\n" }
    }
    out += ";\n\nparam: capex fixed_om annuity existing cap_min has_cap_max cap_max :=\n"
    for c in p.capacities {
      let hasMax = c.upper.isFinite
      out += "  \(c.kind.rawValue) \(n(c.capexWan)) \(n(c.fixedOMWan)) \(n(c.annuity)) \(n(c.existing)) "
      out += "\(n(c.lower)) \(hasMax ? 1 : 0) \(n(hasMax ? c.upper : 0))\n"
    }
    out += ";\n\nparam: area_per_mw has_area_limit area_limit :=\n"
    for c in p.capacities where c.kind.isGenerator {
      out += "  \(c.kind.rawValue) \(n(c.areaMuPerUnit)) \(c.areaLimitMu == nil ? 0 : 1) \(n(c.areaLimitMu ?? 0))\n"
    }
    out += ";\n\n"
    out += "param has_ground_limit := \(p.groundLandLimitMu == nil ? 0 : 1);\n"
    out += "param ground_limit := \(n(p.groundLandLimitMu ?? 0));\n"
    out += "param eta_charge := \(n(p.chargeEfficiency));\n"
    out += "param eta_discharge := \(n(p.dischargeEfficiency));\n"
    out += "param min_soc := \(n(p.minSOC));\n"
    out += "param has_import_limit := \(p.importLimitMW.isFinite ? 1 : 0);\n"
    out += "param import_limit := \(n(p.importLimitMW.isFinite ? p.importLimitMW : 0));\n"
    out += "param has_export_limit := \(p.exportLimitMW.isFinite ? 1 : 0);\n"
    out += "param export_limit := \(n(p.exportLimitMW.isFinite ? p.exportLimitMW : 0));\n"
    out += "param allow_unserved := \(p.unservedPenaltyWan == nil ? 0 : 1);\n"
    out += "param unserved_penalty := \(n(p.unservedPenaltyWan ?? 0));\n"
    out += "param demand_charge := \(n(p.demandChargeWanPerMWMonth));\n"
    out += "param has_self_use := \(p.minSelfUseOfGeneration == nil ? 0 : 1);\n"
    out += "param min_self_use_of_generation := \(n(p.minSelfUseOfGeneration ?? 0));\n"
    out += "param has_green_share := \(p.minGreenShareOfConsumption == nil ? 0 : 1);\n"
    out += "param min_green_share_of_consumption := \(n(p.minGreenShareOfConsumption ?? 0));\n"
    out += "param has_export_share := \(p.maxExportOfGeneration == nil ? 0 : 1);\n"
    out += "param max_export_of_generation := \(n(p.maxExportOfGeneration ?? 0));\n"
    out += "\nend;\n"
    return out
  }
}
