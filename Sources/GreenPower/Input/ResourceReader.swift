import ParkOptData

/// Reads hourly PV and wind capacity factors (0…1, see ``GreenPowerSchemas/capacityFactor``).
enum ResourceReader {
  struct Result {
    var pv: [Double]
    var pvRooftop: [Double]
    var wind: [Double]
    var issues: [DataIssue]
  }

  static func read(_ table: CSVTable, hours: Int) -> Result {
    var reader = TableReader(table, schema: GreenPowerSchemas.resource)
    _ = HourColumns.check(&reader)
    var pv = [Double](repeating: 0, count: reader.rowCount)
    var roof = pv, wind = pv
    let hasRoof = reader.has("pv_rooftop")
    for row in 0..<reader.rowCount {
      func cf(_ key: String) -> Double { reader.number(row, key, range: GreenPowerSchemas.capacityFactor) ?? 0 }
      pv[row] = cf("pv")
      wind[row] = cf("wind")
      roof[row] = hasRoof ? cf("pv_rooftop") : pv[row]
    }
    if reader.rowCount != hours {
      reader.report("has \(reader.rowCount) hourly rows but the load has \(hours); both must cover the same hours")
    }
    return Result(pv: pv, pvRooftop: roof, wind: wind, issues: reader.issues)
  }
}
