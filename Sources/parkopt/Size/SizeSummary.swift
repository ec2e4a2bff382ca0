import Foundation
import GreenPower

/// The text summary `parkopt size` prints.
struct SizeSummary {
  let result: SizingResult
  let caseName: String

  static func n(_ x: Double, _ d: Int = 1) -> String { String(format: "%.\(d)f", abs(x) < 0.5 * pow(10, Double(-d)) ? 0 : x) }

  func text(written: [String]) -> String {
    let r = result
    var out = "Case: \(caseName) (\(r.hours) hours)\n"
    if r.resourceIsSynthetic { out += "SYNTHETIC RESOURCE: PV and wind profiles were generated, not measured.\n" }
    out += "Status: \(r.termination.rawValue)\n"
    guard let objective = r.objectiveWan else {
      if r.termination == .infeasible {
        out += "No plan meets every constraint: check the ratios, land and import limits (or allow unserved load off-grid).\n"
        for reason in r.infeasibilityReasons { out += "- \(reason)\n" }
      } else {
        for note in r.notes { out += note + "\n" }
      }
      return out
    }
    out += "Annual cost: \(Self.n(objective)) 万元/yr\n\nCapacities:\n"
    out += Table(header: ["capacity", "total", "unit", "new", "annual cost 万元"], rows: r.capacities.map {
      [$0.kind.rawValue, Self.n($0.value), $0.kind.unit, Self.n(max(0, $0.value - $0.existing)), Self.n($0.annualCapexWan + $0.annualOMWan)]
    }).render()
    if !r.ratios.isEmpty {
      out += "\nRatios (650号):\n"
      out += Table(header: ["ratio", "limit", "achieved", "binds", "cost of +1 pp 万元/yr"], rows: r.ratios.map {
        [$0.kind.rawValue, (($0.kind == .exportOfGeneration) ? "≤ " : "≥ ") + Self.n($0.limit * 100) + "%",
         $0.achieved.map { Self.n($0 * 100) + "%" } ?? "n/a", $0.binds ? "yes" : "no", Self.n($0.costPerPointWan)]
      }).render()
    }
    out += "\nEnergy (MWh over the horizon): load \(Self.n(r.loadMWh, 0)), available green \(Self.n(r.availableMWh, 0)), "
    out += "self-consumed \(Self.n(r.selfConsumedMWh, 0)), curtailed \(Self.n(r.curtailedMWh, 0)), import \(Self.n(r.importMWh, 0)), "
    out += "export \(Self.n(r.exportMWh, 0))\(r.unservedMWh > 0 ? ", unserved \(Self.n(r.unservedMWh, 0))" : "")\n"
    if let cycles = r.batteryCycles, let perYear = r.batteryCyclesPerYear {
      out += "Battery: \(Self.n(cycles)) full cycles over the \(r.hours) h horizon (\(Self.n(perYear)) per year)"
    } else {
      out += "Battery: none (full cycles undefined)"
    }
    if let lcoe = r.greenLCOEYuanPerKWh { out += "; green power LCOE \(Self.n(lcoe, 4)) yuan/kWh" }
    out += "\nCO2 avoided: \(Self.n(r.co2AvoidedT, 0)) t/yr (factor \(r.gridEmissionFactorTPerMWh) t/MWh)\n"
    out += "Land: ground \(Self.n(r.groundLandMu, 0)) mu, roof \(Self.n(r.roofMu, 0)) mu\n"
    out += "Method: \(r.method)\n"
    if !written.isEmpty { out += "Wrote: " + written.joined(separator: ", ") + "\n" }
    return out
  }
}
