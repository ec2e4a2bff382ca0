import ParkOptData

/// The input tables of a sizing case and their accepted headers.
public enum GreenPowerSchemas {
  /// Columns that place a row in time (never summed as load).
  public static let timeColumns: [TableSchema.Column] = [
    .init("hour", ["小时", "时刻", "hour_index", "h"], help: "hour index 0…N−1 (or 1…N), consecutive"),
    .init("timestamp", ["datetime", "time", "时间", "日期时间"], help: "YYYY-MM-DD HH:MM, one hour apart"),
  ]

  /// `load.csv` (负荷.csv): time columns plus one or more numeric columns
  /// (consumers, summed) or one total column.
  public static let load = TableSchema(name: "load", columns: timeColumns)

  /// `resource.csv` (资源.csv): hourly capacity factors 0…1.
  public static let resource = TableSchema(name: "resource", columns: timeColumns + [
    .init("pv", ["pv_cf", "solar", "光伏", "光伏出力系数", "光伏容量系数"], required: true,
          help: "PV capacity factor 0…1 (ground PV)"),
    .init("pv_rooftop", ["rooftop_pv", "屋顶光伏", "屋顶光伏出力系数"],
          help: "rooftop PV capacity factor 0…1 (default: the pv column)"),
    .init("wind", ["wind_cf", "风电", "风电出力系数", "风电容量系数"], required: true,
          help: "wind capacity factor 0…1"),
  ])

  /// File names accepted for each table (English first).
  public static let fileNames: [String: [String]] = [
    "load": ["load.csv", "负荷.csv"],
    "resource": ["resource.csv", "capacity_factors.csv", "资源.csv", "出力系数.csv"],
    "scenario": ["scenario.yaml", "scenario.yml", "scenario.json", "情景.yaml"],
  ]
}
