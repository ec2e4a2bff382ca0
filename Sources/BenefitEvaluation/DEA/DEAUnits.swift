/// Builds DEA units from firms, one per firm or one per park (sums).
public enum DEAUnits {
  /// Firm figures DEA may use as inputs, by column key (`--dea-inputs`).
  public static let inputFigures = ["land_mu", "energy_tce", "investment_wan", "employees", "electricity_wan_kwh"]
  /// Firm figures DEA may use as outputs, by column key (`--dea-outputs`).
  public static let outputFigures = ["revenue_wan", "tax_wan", "value_added_wan"]

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

  /// The problem, and the firms (and, per park, the parks) left out with the
  /// reason (never silently).
  /// - Throws: ``EvaluationError/badDEAData(_:)`` for a name outside
  ///   ``inputFigures`` / ``outputFigures`` or given twice;
  ///   ``EvaluationError/missingDEAColumns(_:)`` for a figure no firm has;
  ///   ``EvaluationError/noDEAUnits(_:)`` when every firm (or park) is left out.
  public static func problem(
    _ firms: [Firm], byPark: Bool, inputs: [String], outputs: [String],
    returnsToScale: DEAProblem.ReturnsToScale, orientation: DEAProblem.Orientation
  ) throws(EvaluationError) -> (problem: DEAProblem, skipped: [DEASkip]) {
    try check(inputs, allowed: inputFigures, role: "input", other: outputFigures)
    try check(outputs, allowed: outputFigures, role: "output", other: inputFigures)
    let absent = (inputs + outputs).filter { name in firms.allSatisfy { figure(name, $0) == nil } }
    if !firms.isEmpty, !absent.isEmpty { throw .missingDEAColumns(absent) }
    var units: [String] = [], x: [[Double]] = [], y: [[Double]] = [], skipped: [DEASkip] = []
    var parkIndex: [String: Int] = [:]
    for f in firms {
      let xs = inputs.map { figure($0, f) }, ys = outputs.map { figure($0, f) }
      let xv = xs.compactMap { $0 }, yv = ys.compactMap { $0 }
      if xv.count < xs.count || yv.count < ys.count {
        skipped.append(DEASkip(id: f.id, reason: .missing))
      } else if (xv + yv).contains(where: { $0 < 0 }) {
        skipped.append(DEASkip(id: f.id, reason: .negative))
      } else if byPark {
        if let k = parkIndex[f.parkID] {
          x[k] = zip(x[k], xv).map { $0 + $1 }
          y[k] = zip(y[k], yv).map { $0 + $1 }
        } else {
          parkIndex[f.parkID] = units.count
          units.append(f.parkID); x.append(xv); y.append(yv)
        }
      } else if let reason = DEASkip.Reason.zero(inputs: xv, outputs: yv) {
        skipped.append(DEASkip(id: f.id, reason: reason))
      } else {
        units.append(f.id); x.append(xv); y.append(yv)
      }
    }
    if byPark {
      // Every park of the table, in id order: a park none of whose firms is
      // kept is left out too (it would otherwise vanish without a word).
      var kept: [Int] = []
      for park in Set(firms.map(\.parkID)).sorted() {
        guard let k = parkIndex[park] else {
          skipped.append(DEASkip(id: park, reason: .allFirmsLeftOut, isPark: true))
          continue
        }
        if let reason = DEASkip.Reason.zero(inputs: x[k], outputs: y[k]) {
          skipped.append(DEASkip(id: park, reason: reason, isPark: true))
        } else {
          kept.append(k)
        }
      }
      units = kept.map { units[$0] }; x = kept.map { x[$0] }; y = kept.map { y[$0] }
    }
    if units.isEmpty, !firms.isEmpty { throw .noDEAUnits(skipped) }
    let p = DEAProblem(units: units, inputNames: inputs, outputNames: outputs, inputs: x, outputs: y,
                       returnsToScale: returnsToScale, orientation: orientation)
    return (p, skipped)
  }

  /// Every name one of `allowed`, none twice; the message names the option
  /// and lists the allowed names.
  private static func check(_ names: [String], allowed: [String], role: String, other: [String]) throws(EvaluationError) {
    var seen: Set<String> = []
    let list = "\(role)s: \(allowed.joined(separator: ", "))"
    for name in names {
      guard allowed.contains(name) else {
        let hint = other.contains(name) ? " ('\(name)' is an \(role == "input" ? "output" : "input"))" : ""
        throw .badDEAData("--dea-\(role)s: '\(name)' is not a DEA \(role)\(hint); \(list)")
      }
      guard seen.insert(name).inserted else { throw .badDEAData("--dea-\(role)s: '\(name)' is given twice; \(list)") }
    }
  }
}
