import ParkOptData

/// Reads hourly PV and wind capacity factors (0…1, see ``GreenPowerSchemas/capacityFactor``).
enum ResourceReader {
  struct Result {
    var pv: [Double]
    var pvRooftop: [Double]
    var wind: [Double]
    var issues: [DataIssue]
  }

  /// Reads `table`, which must have `hours` rows and, when both it and the
  /// load have a `timestamp` column, start at the load's first hour
  /// `loadFirstHour` (both step one hour, so every row then matches).
  static func read(_ table: CSVTable, hours: Int, loadFirstHour: HourColumns.FirstHour? = nil) -> Result {
    var reader = TableReader(table, schema: GreenPowerSchemas.resource)
    if let first = HourColumns.check(&reader), let load = loadFirstHour, first.minutes != load.minutes {
      reader.report(0, "timestamp", "'\(first.text)' is not the load's first hour '\(load.text)'; both files must cover the same hours")
    }
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
