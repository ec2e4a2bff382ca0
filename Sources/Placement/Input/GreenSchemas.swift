import ParkOptData

/// The green-power tables of a land case and the ranges of their numbers.
public enum GreenSchemas {
  /// `green_parks.csv` (绿电园区.csv): one row per park with green supply.
  public static let parks = TableSchema(name: "green_parks", columns: [
    .init("park", ["park_id", "园区编号", "园区"], required: true, identifier: .standard, help: "the park's id in parks.csv"),
    .init("latitude", ["lat", "纬度"], help: "degrees −66…66 (needed unless resource/<park>.csv is given)"),
    .init("longitude", ["lon", "经度"], help: "degrees −180…180 (needed unless resource/<park>.csv is given)"),
    .init("pv_full_load_hours", ["光伏利用小时数"], help: "synthetic PV full-load hours, 100…4000 (default 1400)"),
    .init("wind_full_load_hours", ["风电利用小时数"], help: "synthetic wind full-load hours, 100…7000 (default 2500)"),
    .init("green_land_mu", ["绿电用地(亩)", "绿电用地"], required: true, help: "land for ground PV and wind, mu"),
    .init("roof_mu", ["屋顶面积(亩)", "屋顶面积"], help: "roof for rooftop PV, mu (default 0)"),
    .init("pv_ground_capex_yuan_per_kw", ["地面光伏造价(元/千瓦)"], help: "override, yuan/kW"),
    .init("pv_rooftop_capex_yuan_per_kw", ["屋顶光伏造价(元/千瓦)"], help: "override, yuan/kW"),
    .init("wind_capex_yuan_per_kw", ["风电造价(元/千瓦)"], help: "override, yuan/kW"),
    .init("battery_capex_yuan_per_kwh", ["储能造价(元/千瓦时)"], help: "override, yuan/kWh"),
    .init("min_self_use_of_generation", ["自发自用比例下限"], help: "override, 0…1 (60% accepted)"),
    .init("max_export_of_generation", ["上网电量比例上限"], help: "override, 0…1 (20% accepted)"),
  ], requiresRows: true)

  /// The optional green-power columns of `projects.csv`.
  public static let projects = TableSchema(name: "projects", columns: [
    .init("id", ["project_id", "项目编号", "编号"], required: true, identifier: .standard, help: "project identifier"),
    .init("electricity_mwh", ["年用电量(MWh)", "年用电量(兆瓦时)", "年用电量"],
          help: "annual electricity, MWh (default energy_tce × electricity_share ÷ 0.1229)"),
    .init("load_shape", ["用电曲线", "负荷曲线"], help: "continuous, two_shift, one_shift or a file load_shapes/<name>.csv"),
    .init("green_power", ["绿电", "绿电直供"], help: "allowed (default), required or no (允许/必须/不需要)"),
  ])

  /// A named load shape `load_shapes/<name>.csv`: one weight per hour.
  public static let loadShape = TableSchema(name: "load_shape", columns: [
    .init("hour", ["小时", "时刻"], help: "hour index (not read)"),
    .init("load", ["weight", "负荷", "权重"], required: true, help: "relative load of the hour, ≥ 0, any unit"),
  ], requiresRows: true)

  /// Latitude of a synthetic site, degrees: −66…66 (as `size`); nonzero
  /// values from 1e-9, as the other coordinates.
  public static let latitude = NumberRange(-66...66, smallestNonzero: 1e-9)
  /// Longitude, degrees: −180…180; nonzero values from 1e-9.
  public static let longitude = NumberRange(-180...180, smallestNonzero: 1e-9)
  /// PV full-load hours: 100…4000.
  public static let pvFullLoadHours = NumberRange(100...4000)
  /// Wind full-load hours: 100…7000.
  public static let windFullLoadHours = NumberRange(100...7000)
  /// A capital cost, yuan/kW or yuan/kWh: 0…1e6.
  public static let capexYuan = NumberRange(0...1e6)
  /// Annual electricity, MWh: 0…1e8.
  public static let electricityMWh = NumberRange(0...1e8)
  /// A load-shape weight: 0…1e9.
  public static let loadWeight = NumberRange(0...1e9)

  /// File names accepted for the green parks table.
  public static let parkFileNames = ["green_parks.csv", "绿电园区.csv"]
  /// The folder of hourly resource files, `resource/<park id>.csv`.
  public static let resourceFolder = "resource"
  /// The folder of named load shapes, `load_shapes/<name>.csv`.
  public static let loadShapeFolder = "load_shapes"
}
