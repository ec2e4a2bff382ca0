import Foundation
import ReportKit

/// A self-contained HTML page with the key figures and three SVG charts: a
/// typical week's dispatch stack, the monthly energy balance and the
/// battery's state of charge.
public enum HTMLReport {
  /// The page for `result`.
  public static func page(_ r: SizingResult, caseName: String) -> String {
    let e = SVGChart.escape
    var s = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>\(e(caseName)) — parkopt size</title>\n"
    s += "<style>body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:1em 0}"
    s += "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#f3f3f3}.warn{color:#a40;font-weight:bold}</style>\n"
    s += "</head><body>\n<h1>绿电直连 sizing: \(e(caseName))</h1>\n"
    if r.resourceIsSynthetic {
      s += "<p class=\"warn\">SYNTHETIC RESOURCE (合成资源数据): PV and wind profiles were generated, not measured.</p>\n"
    }
    s += "<p>\(r.hours) hours; \(e(r.method)); termination: \(e(r.termination.rawValue)). "
    s += "Annual cost: <b>\(SizingTables.n(r.objectiveWan ?? 0, 1)) 万元/yr</b>.</p>\n"
    s += table(SizingTables(r).capacities) + table(SizingTables(r).costs) + table(SizingTables(r).ratios)
    s += "<ul>"
    s += "<li>Self-consumed green power: \(SizingTables.n(r.selfConsumedMWh, 0)) MWh of \(SizingTables.n(r.loadMWh, 0)) MWh load</li>"
    s += "<li>Available generation: \(SizingTables.n(r.availableMWh, 0)) MWh; curtailed \(SizingTables.n(r.curtailedMWh, 0)) MWh</li>"
    s += "<li>Import \(SizingTables.n(r.importMWh, 0)) MWh; export \(SizingTables.n(r.exportMWh, 0)) MWh; \(batteryCycles(r))</li>"
    if let lcoe = r.greenLCOEYuanPerKWh { s += "<li>Green power LCOE: \(SizingTables.n(lcoe, 4)) yuan/kWh</li>" }
    s += "<li>CO2 avoided: \(SizingTables.n(r.co2AvoidedT, 0)) t/yr at \(r.gridEmissionFactorTPerMWh) t/MWh</li>"
    s += "<li>Land: ground \(SizingTables.n(r.groundLandMu, 0)) mu, roof \(SizingTables.n(r.roofMu, 0)) mu</li></ul>\n"
    s += "<h2>Typical week (典型周) dispatch</h2>\n" + weekChart(r)
    s += "<h2>Monthly energy balance (月度电量平衡)</h2>\n" + monthChart(r)
    s += "<h2>Battery state of charge (荷电状态), daily maximum and minimum</h2>\n" + socChart(r)
    s += "<h2>Notes</h2><ul>" + r.notes.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n</body></html>\n"
    return s
  }

  /// "battery 2.8 full cycles over the 168 h horizon (144.7 per year)", or
  /// "no battery (full cycles undefined)".
  static func batteryCycles(_ r: SizingResult) -> String {
    guard let cycles = r.batteryCycles, let perYear = r.batteryCyclesPerYear else {
      return "no battery (full cycles undefined)"
    }
    return "battery \(SizingTables.n(cycles, 1)) full cycles over the \(r.hours) h horizon (\(SizingTables.n(perYear, 1)) per year)"
  }

  static func table(_ rows: [[String]]) -> String {
    guard let head = rows.first else { return "" }
    var s = "<table><tr>" + head.map { "<th>\(SVGChart.escape($0))</th>" }.joined() + "</tr>\n"
    for row in rows.dropFirst() { s += "<tr>" + row.map { "<td>\(SVGChart.escape($0))</td>" }.joined() + "</tr>\n" }
    return s + "</table>\n"
  }

  /// The 7-day window whose load is closest to the average week.
  static func typicalWeek(_ r: SizingResult) -> Range<Int> {
    let n = r.dispatch.load.count
    guard n > 168 else { return 0..<n }
    let average = r.loadMWh / Double(n) * 168
    var best = 0, bestGap = Double.infinity
    var start = 0
    while start + 168 <= n {
      let total = r.dispatch.load[start..<(start + 168)].reduce(0, +)
      if abs(total - average) < bestGap { bestGap = abs(total - average); best = start }
      start += 168
    }
    return best..<(best + 168)
  }

  static func weekChart(_ r: SizingResult) -> String {
    let d = r.dispatch
    let w = typicalWeek(r)
    func slice(_ a: [Double]) -> [Double] { Array(a[w]) }
    let greenDirect = w.map { max(0, d.green[$0] - d.charge[$0] - d.exports[$0]) }
    let chart = SVGChart(title: "Hours \(w.lowerBound)–\(w.upperBound - 1)")
    let days = stride(from: 0, to: w.count, by: 24).map { (Double($0) / Double(max(1, w.count - 1)), "day \(($0 + w.lowerBound) / 24 + 1)") }
    return chart.stacked([
      .init(name: "green to load", color: "#4caf50", values: greenDirect),
      .init(name: "discharge", color: "#2196f3", values: slice(d.discharge)),
      .init(name: "import", color: "#9e9e9e", values: slice(d.imports)),
      .init(name: "unserved", color: "#f44336", values: slice(d.unserved)),
      .init(name: "charge", color: "#90caf9", values: slice(d.charge)),
      .init(name: "export", color: "#ffb300", values: slice(d.exports)),
      .init(name: "curtailed", color: "#ffe082", values: slice(d.curtailed)),
    ], line: .init(name: "load", color: "#000", values: slice(d.load)), yLabel: "MW", xLabels: days)
  }

  static func monthChart(_ r: SizingResult) -> String {
    let d = r.dispatch
    let months = Array(Set(d.month)).sorted()
    func total(_ a: [Double], _ m: Int) -> Double {
      (0..<a.count).reduce(0) { d.month[$1] == m ? $0 + a[$1] : $0 }
    }
    let selfUsed = months.map { total(d.load, $0) - total(d.imports, $0) - total(d.unserved, $0) }
    return SVGChart(title: "MWh per month").bars([
      .init(name: "self-used green", color: "#4caf50", values: selfUsed),
      .init(name: "import", color: "#9e9e9e", values: months.map { total(d.imports, $0) }),
      .init(name: "export", color: "#ffb300", values: months.map { total(d.exports, $0) }),
      .init(name: "curtailed", color: "#ffe082", values: months.map { total(d.curtailed, $0) }),
    ], categories: months.map { "\($0)月" }, yLabel: "MWh")
  }

  static func socChart(_ r: SizingResult) -> String {
    let soc = r.dispatch.soc
    let days = max(1, soc.count / 24)
    let high = (0..<days).map { soc[($0 * 24)..<min(soc.count, $0 * 24 + 24)].max() ?? 0 }
    let low = (0..<days).map { soc[($0 * 24)..<min(soc.count, $0 * 24 + 24)].min() ?? 0 }
    guard days > 1 else {
      return SVGChart(title: "MWh").lines([.init(name: "soc", color: "#2196f3", values: soc)], yLabel: "MWh", xLabels: [])
    }
    let ticks = stride(from: 0, to: days, by: max(1, days / 12)).map { (Double($0) / Double(days - 1), "d\($0 + 1)") }
    return SVGChart(title: "MWh (energy capacity \(SizingTables.n(r.capacity(.batteryEnergy), 1)) MWh)").lines([
      .init(name: "daily max", color: "#1565c0", values: high), .init(name: "daily min", color: "#90caf9", values: low),
    ], yLabel: "MWh", xLabels: ticks)
  }
}
