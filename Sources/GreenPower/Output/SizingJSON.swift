import Foundation

/// The result as a JSON object (no timings, so same input gives same bytes).
public enum SizingJSON {
  /// The JSON-ready dictionary.
  public static func object(_ r: SizingResult, caseName: String) -> [String: Any] {
    // Rounded to 1e-6; −0 is written 0.
    func n(_ x: Double) -> Double { x.isFinite ? (x * 1e6).rounded() / 1e6 + 0 : 0 }
    // An undefined figure (a ratio whose denominator is 0) is null.
    func orNull(_ x: Double?) -> Any { x.map(n) ?? NSNull() }
    var capacities: [String: Any] = [:]
    for c in r.capacities {
      capacities[c.kind.rawValue] = [
        "total": n(c.value), "existing": n(c.existing), "new": n(max(0, c.value - c.existing)), "unit": c.kind.unit, "annual_capex_wan": n(c.annualCapexWan),
        "annual_om_wan": n(c.annualOMWan), "area_mu": n(c.areaMu),
      ]
    }
    var costs: [String: Any] = [:]
    for c in r.costBreakdownWan { costs[c.component] = n(c.valueWan) }
    var ratios: [String: Any] = [:]
    for x in r.ratios {
      ratios[x.kind.rawValue] = [
        "limit": n(x.limit), "achieved": orNull(x.achieved), "binds": x.binds, "cost_per_point_wan": n(x.costPerPointWan),
        "sense": x.kind == .exportOfGeneration ? "max" : "min",
      ]
    }
    var object: [String: Any] = [
      "case": caseName, "termination": r.termination.rawValue, "hours": r.hours,
      "resource": r.resourceIsSynthetic ? "synthetic" : "file",
      "annual_cost_wan": orNull(r.objectiveWan), "capacities": capacities, "annual_cost_by_component_wan": costs,
      "ratios": ratios,
      "energy_mwh": [
        "load": n(r.loadMWh), "available_generation": n(r.availableMWh), "self_consumed_green": n(r.selfConsumedMWh),
        "curtailed": n(r.curtailedMWh), "import": n(r.importMWh), "export": n(r.exportMWh), "unserved": n(r.unservedMWh),
        "battery_charge": n(r.chargeMWh), "battery_discharge": n(r.dischargeMWh),
      ],
      "battery_full_cycles": orNull(r.batteryCycles),
      "battery_full_cycles_per_year": orNull(r.batteryCyclesPerYear),
      "green_lcoe_yuan_per_kwh": orNull(r.greenLCOEYuanPerKWh),
      "co2_avoided_t_per_year": n(r.co2AvoidedT), "grid_emission_factor_t_per_mwh": r.gridEmissionFactorTPerMWh,
      "land_mu": ["ground": n(r.groundLandMu), "roof": n(r.roofMu)],
      "method": r.method, "notes": r.notes,
    ]
    if let e = r.aggregationError { object["aggregation_error"] = e }
    return object
  }

  /// Pretty, key-sorted JSON text.
  public static func text(_ r: SizingResult, caseName: String) throws -> String {
    let data = try JSONSerialization.data(
      withJSONObject: object(r, caseName: caseName), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
