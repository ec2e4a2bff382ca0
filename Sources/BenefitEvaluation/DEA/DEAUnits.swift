/// Builds DEA units from firms, one per firm or one per park (sums).
public enum DEAUnits {
  /// Firm figures DEA may use as inputs or outputs, by column key.
  public static let figureNames = [
    "electricity_wan_kwh", "employees", "energy_tce", "investment_wan", "land_mu", "revenue_wan", "tax_wan",
    "value_added_wan",
  ]

  /// The firm's figure `name` (nil when missing).
  static func figure(_ name: String, _ f: Firm) -> Double? {
    switch name {
    case "land_mu": f.landMu
    case "energy_tce": f.energyTce
    case "investment_wan": f.investmentWan
    case "employees": f.employees
    case "electricity_wan_kwh": f.electricityWanKWh
    case "revenue_wan": f.revenueWan
    case "tax_wan": f.taxWan
    case "value_added_wan": f.valueAddedWan
    default: nil
    }
  }

  /// The problem, and the ids of firms left out for missing or non-positive data (never silently).
  public static func problem(
    _ firms: [Firm], byPark: Bool, inputs: [String], outputs: [String],
    returnsToScale: DEAProblem.ReturnsToScale, orientation: DEAProblem.Orientation
  ) throws(EvaluationError) -> (problem: DEAProblem, skipped: [String]) {
    for name in inputs + outputs where !figureNames.contains(name) {
      throw .badDEAData("unknown figure '\(name)' (known: \(figureNames.joined(separator: ", ")))")
    }
    let absent = (inputs + outputs).filter { name in firms.allSatisfy { figure(name, $0) == nil } }
    if !firms.isEmpty, !absent.isEmpty { throw .missingDEAColumns(absent) }
    var units: [String] = [], x: [[Double]] = [], y: [[Double]] = [], skipped: [String] = []
    var parkIndex: [String: Int] = [:]
    for f in firms {
      let xs = inputs.map { figure($0, f) }, ys = outputs.map { figure($0, f) }
      guard xs.allSatisfy({ ($0 ?? -1) >= 0 }), ys.allSatisfy({ ($0 ?? -1) >= 0 }) else {
        skipped.append(f.id)
        continue
      }
      let xv = xs.map { $0 ?? 0 }, yv = ys.map { $0 ?? 0 }
      if byPark {
        if let k = parkIndex[f.parkID] {
          x[k] = zip(x[k], xv).map { $0 + $1 }
          y[k] = zip(y[k], yv).map { $0 + $1 }
          continue
        }
        parkIndex[f.parkID] = units.count
        units.append(f.parkID)
      } else {
        guard xv.contains(where: { $0 > 0 }), yv.contains(where: { $0 > 0 }) else {
          skipped.append(f.id)
          continue
        }
        units.append(f.id)
      }
      x.append(xv)
      y.append(yv)
    }
    if byPark {
      let order = units.indices.sorted { units[$0] < units[$1] }
      units = order.map { units[$0] }; x = order.map { x[$0] }; y = order.map { y[$0] }
    }
    let p = DEAProblem(units: units, inputNames: inputs, outputNames: outputs, inputs: x, outputs: y,
                       returnsToScale: returnsToScale, orientation: orientation)
    return (p, skipped)
  }
}
