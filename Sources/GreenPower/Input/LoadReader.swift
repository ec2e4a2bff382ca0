import ParkOptData

/// Reads the hourly load: every column that is not a time column is a
/// consumer (kW or MW) and the columns are summed.
enum LoadReader {
  /// The unit named in a header: `(kW)`, `kw`, `千瓦` → kW; `(MW)`, `兆瓦` → MW.
  static func unit(inHeader header: String) -> SizingScenario.PowerUnit? {
    let h = header.lowercased()
    if h.contains("千瓦") || h.range(of: "kw") != nil && h.range(of: "kwh") == nil { return .kW }
    if h.contains("兆瓦") || h.range(of: "mw") != nil && h.range(of: "mwh") == nil { return .MW }
    return nil
  }

  struct Result {
    var loadMW: [Double]
    var columns: [String]
    /// The first row's timestamp, when the table has a valid `timestamp` column.
    var firstHour: HourColumns.FirstHour?
    var issues: [DataIssue]
  }

  static func read(_ table: CSVTable, unit defaultUnit: SizingScenario.PowerUnit?) -> Result {
    let timeNames = Set(GreenPowerSchemas.timeColumns.flatMap { [$0.key] + $0.aliases }.map(TableSchema.normalize))
    let consumers = table.header.filter { !timeNames.contains(TableSchema.normalize($0)) && !$0.isEmpty }
    let schema = TableSchema(
      name: "load", columns: GreenPowerSchemas.timeColumns + consumers.map { .init($0, required: true) },
      requiresRows: GreenPowerSchemas.load.requiresRows)
    var reader = TableReader(table, schema: schema)
    var issues: [DataIssue] = []
    if consumers.isEmpty {
      reader.report("has no load column; give one total column (e.g. load_mw, 负荷(MW)) or one per consumer")
    }
    let firstHour = HourColumns.check(&reader)
    var units: [SizingScenario.PowerUnit] = []
    for c in consumers {
      guard let u = unit(inHeader: c) ?? defaultUnit else {
        issues.append(DataIssue(file: table.file, row: 1, column: c,
          message: "does not say its unit; write (kW) or (MW) in the header or set load_unit in the scenario"))
        units.append(.MW)
        continue
      }
      units.append(u)
    }
    var load = [Double](repeating: 0, count: reader.rowCount)
    for row in 0..<reader.rowCount {
      for (k, c) in consumers.enumerated() {
        let range = units[k] == .kW ? GreenPowerSchemas.loadKW : GreenPowerSchemas.loadMW
        guard let v = reader.number(row, c, range: range) else { continue }
        load[row] += v * units[k].megawatts
      }
    }
    if reader.rowCount > GreenPowerSchemas.maxHours {
      reader.report("has \(reader.rowCount) hourly rows; at most \(GreenPowerSchemas.maxHours) (a leap year) are read")
    }
    if reader.rowCount > 0 && reader.rowCount % 24 != 0 {
      reader.report("has \(reader.rowCount) hourly rows, not a whole number of days (a multiple of 24, e.g. 8760 or 168); hours are missing or extra")
    }
    return Result(
      loadMW: load, columns: consumers, firstHour: firstHour, issues: DataIssue.inRowOrder(reader.issues + issues))
  }
}
