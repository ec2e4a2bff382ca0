import ParkOptData

/// The columns of the CSV files of a land case (a folder), in English and
/// Chinese, and the ranges of the number columns no shared ``NumberRange``
/// covers. The README's "Input files" section documents the same list with
/// every column's range.
public enum LandSchemas {
  /// `parks.csv`: one row per park.
  public static let parks = TableSchema(name: "parks", columns: [
    .init("id", ["park_id", "园区编号", "编号"], required: true, identifier: .standard, help: "park identifier"),
    .init("name", ["园区名称", "名称"], help: "park name"),
    .init("level", ["级别", "园区级别"], help: "national / provincial / county (国家级/省级/县级)"),
    .init("primary_industries", ["主导产业"], help: "leading industries, separated by ; 、 or +"),
    .init("potential_industries", ["潜力产业", "培育产业"], help: "potential (auxiliary) industries"),
    .init("other_industries", ["其他准入产业", "准入产业"], help: "other industries admitted (* = any); they do not count as leading"),
    .init("energy_quota_tce", ["剩余能耗指标(吨标准煤)", "能耗指标(tce)", "剩余能耗指标"], required: true, help: "remaining energy-consumption quota, tce/year"),
    .init("carbon_quota_t", ["碳排放指标(吨)", "碳排放指标"], help: "optional carbon quota, t CO2/year"),
    .init("new_land_quota_mu", ["新增用地指标(亩)", "新增用地指标"], required: true, help: "new construction land quota, mu"),
    .init("stock_link_ratio", ["增存挂钩比例"], help: "new-land quota earned per mu of stock land reused (default: scenario, 0)"),
    .init("min_leading_share", ["主导产业占比下限", "主导产业营收占比下限"], help: "minimum leading-industry revenue share (default 0.6; 60% accepted)"),
  ], requiresRows: true)

  /// `parcels.csv`: one row per parcel offered.
  public static let parcels = TableSchema(name: "parcels", columns: [
    .init("id", ["parcel_id", "地块编号", "编号"], required: true, identifier: .standard, help: "parcel identifier"),
    .init("park", ["park_id", "所属园区", "园区编号", "园区"], required: true, identifier: .standard, help: "the park's id"),
    .init("area_mu", ["面积(亩)", "面积"], required: true, help: "area, mu"),
    .init("zoning", ["用地性质", "用地类型", "规划用途"], required: true, help: "M1, M2, M3, M0, W, …"),
    .init("source", ["土地来源", "来源"], required: true, help: "new (新增) or stock (存量, revitalised)"),
    .init("land_price_wan_per_mu", ["地价(万元/亩)", "地价"], help: "land price, 万元/亩 (default 0)"),
    .init("max_floor_area_ratio", ["容积率上限"], help: "optional zoning maximum floor-area ratio"),
    .init("wkt", ["geometry", "几何", "边界"], help: "optional polygon or point in WKT (lon/lat)"),
    .init("longitude", ["lon", "经度"], help: "optional longitude (when no WKT)"),
    .init("latitude", ["lat", "纬度"], help: "optional latitude (when no WKT)"),
  ], requiresRows: true)

  /// `projects.csv`: one row per project asking for land.
  public static let projects = TableSchema(name: "projects", columns: [
    .init("id", ["project_id", "项目编号", "编号"], required: true, identifier: .standard, help: "project identifier"),
    .init("name", ["项目名称", "名称"], help: "project name"),
    .init("industry", ["产业", "行业", "所属产业"], required: true, help: "the project's industry"),
    .init("min_area_mu", ["最小面积(亩)", "用地面积下限(亩)"], required: true, help: "smallest parcel it can use, mu"),
    .init("max_area_mu", ["最大面积(亩)", "用地面积上限(亩)"], required: true, help: "largest parcel it can use, mu"),
    .init("investment_wan", ["固定资产投资(万元)", "固定资产投资"], required: true, help: "fixed-asset investment, 万元"),
    .init("revenue_wan", ["年营业收入(万元)", "预期营业收入(万元)", "营业收入"], required: true, help: "expected annual revenue, 万元"),
    .init("tax_wan", ["年税收(万元)", "预期税收(万元)", "税收"], required: true, help: "expected annual tax, 万元"),
    .init("value_added_wan", ["年增加值(万元)", "增加值"], required: true, help: "expected annual value added, 万元"),
    .init("energy_tce", ["年综合能耗(吨标准煤)", "综合能耗", "能耗"], required: true, help: "energy use, tce/year"),
    .init("carbon_t", ["年碳排放(吨)", "碳排放"], help: "carbon emissions, t CO2/year (needed when a park has a carbon quota)"),
    .init("jobs", ["就业人数", "就业"], help: "jobs created (default 0)"),
    .init("zoning", ["用地性质", "所需用地性质"], required: true, help: "zoning it can use, e.g. M1;M2"),
    .init("floor_area_ratio", ["容积率"], help: "planned floor-area ratio (optional)"),
    .init("preferred_parks", ["意向园区"], help: "optional: only these parks"),
    .init("must_place", ["必须落地", "重点项目"], help: "yes when the project must be placed"),
  ], requiresRows: true)

  /// `standards.csv`: standard-land control indicators by park and
  /// industry (`*` matches any); the most specific row applies.
  public static let standards = TableSchema(name: "standards", columns: [
    .init("park", ["园区", "园区编号"], required: true, identifier: .standard, help: "park id or *"),
    .init("industry", ["产业", "行业"], required: true, help: "industry or *"),
    .init("min_investment_intensity", ["投资强度下限(万元/亩)", "投资强度"], help: "万元/亩"),
    .init("min_tax_per_mu", ["亩均税收下限(万元/亩)", "亩均税收"], help: "万元/亩 per year"),
    .init("min_revenue_per_mu", ["亩均营收下限(万元/亩)", "亩均产值", "亩均营业收入"], help: "万元/亩 per year"),
    .init("max_energy_per_value_added", ["单位增加值能耗上限(吨标准煤/万元)", "单位增加值能耗"], help: "tce/万元"),
    .init("min_floor_area_ratio", ["容积率下限"], help: "minimum floor-area ratio"),
  ])

  /// `enterprises.csv` (optional): existing firms, for the "no lower than the
  /// average of existing firms" rule and the leading-industry share.
  public static let enterprises = TableSchema(name: "enterprises", columns: [
    .init("id", ["企业编号", "编号"], identifier: .standard, help: "firm identifier"),
    .init("park", ["园区", "园区编号", "所属园区"], required: true, identifier: .standard, help: "park id"),
    .init("industry", ["产业", "行业"], required: true, help: "industry"),
    .init("land_mu", ["用地面积(亩)", "用地面积"], required: true, help: "land, mu"),
    .init("investment_wan", ["固定资产投资(万元)", "固定资产投资"], help: "fixed-asset investment, 万元"),
    .init("revenue_wan", ["营业收入(万元)", "营业收入"], required: true, help: "annual revenue, 万元"),
    .init("tax_wan", ["税收(万元)", "税收"], help: "annual tax, 万元"),
    .init("value_added_wan", ["增加值(万元)", "增加值"], help: "annual value added, 万元"),
    .init("energy_tce", ["综合能耗(吨标准煤)", "综合能耗"], help: "energy, tce/year"),
  ])

  /// Land price, 万元/亩: 0…1e5 (1e9 yuan per mu; price × area stays below 1e11).
  public static let landPriceWanPerMu = NumberRange(0...1e5)
  /// New-land quota earned per mu of stock land reused: 0…10.
  public static let stockLinkRatio = NumberRange(0...10)
  /// Energy per value added, tce/万元: 0…1000.
  public static let energyPerValueAdded = NumberRange(0...1000)
  /// A minimum floor-area ratio: 0…100.
  public static let minFloorAreaRatio = NumberRange(0...100)
  /// Longitude in degrees: −180…180 (nonzero magnitudes from 1e-9).
  public static let longitude = NumberRange(-180...180, smallestNonzero: 1e-9)
  /// Latitude in degrees: −90…90 (nonzero magnitudes from 1e-9).
  public static let latitude = NumberRange(-90...90, smallestNonzero: 1e-9)
}
