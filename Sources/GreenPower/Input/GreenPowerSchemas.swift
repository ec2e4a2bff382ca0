import ParkOptData

/// The input tables of a sizing case and their accepted headers.
public enum GreenPowerSchemas {
  /// Columns that place a row in time (never summed as load).
  public static let timeColumns: [TableSchema.Column] = [
    .init("hour", ["小时", "时刻", "hour_index", "h"], help: "hour index 0…N−1 (or 1…N), consecutive"),
    .init("timestamp", ["datetime", "time", "时间", "日期时间"], help: "YYYY-MM-DD HH:MM (years 2000…2200), one hour apart"),
  ]

  /// `load.csv` (负荷.csv): time columns plus one or more numeric columns
  /// (consumers, summed) or one total column.
  public static let load = TableSchema(name: "load", columns: timeColumns, requiresRows: true)

  /// `resource.csv` (资源.csv): hourly capacity factors 0…1.
  public static let resource = TableSchema(name: "resource", columns: timeColumns + [
    .init("pv", ["pv_cf", "solar", "光伏", "光伏出力系数", "光伏容量系数"], required: true,
          help: "PV capacity factor 0…1 (ground PV)"),
    .init("pv_rooftop", ["rooftop_pv", "屋顶光伏", "屋顶光伏出力系数"],
          help: "rooftop PV capacity factor 0…1 (default: the pv column)"),
    .init("wind", ["wind_cf", "风电", "风电出力系数", "风电容量系数"], required: true,
          help: "wind capacity factor 0…1"),
  ], requiresRows: true)

  /// The most hourly rows a case may have: a leap year.
  public static let maxHours = 8784
  /// An `hour` cell: a whole number 0…8784.
  public static let hour = NumberRange(0...Double(maxHours))
  /// The years a `timestamp` may fall in (a year like 9999999999 would
  /// overflow the minute count).
  public static let timestampYears = 2000...2200
  /// A load cell in kW: 0…1e8 (100 GW).
  public static let loadKW = NumberRange(0...1e8)
  /// A load cell in MW: 0…1e5 (100 GW).
  public static let loadMW = NumberRange(0...1e5)
  /// A capacity factor: 0…1; nonzero values from 1e-9 (simulated profiles
  /// carry tiny values).
  public static let capacityFactor = NumberRange(
    0...1, smallestNonzero: 1e-9, outside: "is not a capacity factor between 0 and 1")

  /// File names accepted for each table (English first).
  public static let fileNames: [String: [String]] = [
    "load": ["load.csv", "负荷.csv"],
    "resource": ["resource.csv", "capacity_factors.csv", "资源.csv", "出力系数.csv"],
    "scenario": ["scenario.yaml", "scenario.yml", "scenario.json", "情景.yaml"],
  ]
}
