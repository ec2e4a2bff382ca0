import ParkOptData

/// The columns of the evaluation's input tables, in English and Chinese, and
/// the ranges of number columns no shared ``NumberRange`` covers (the README
/// lists every column's range).
public enum FirmSchemas {
  /// `firms.csv`: one row per firm evaluated.
  public static let firms = TableSchema(name: "firms", columns: [
    .init("id", ["firm_id", "企业编号", "编号"], required: true, identifier: firmID, help: "firm identifier"),
    .init("name", ["企业名称", "名称"], help: "firm name"),
    .init("park", ["park_id", "园区", "园区编号", "所属园区"], required: true, identifier: .standard, help: "park id"),
    .init("industry", ["产业", "行业"], required: true, help: "industry"),
    .init("land_mu", ["用地面积(亩)", "用地面积"], required: true, help: "land used, mu (> 0)"),
    .init("group", ["size_group", "规模", "分组", "企业类型"], help: "scoring group, e.g. large/small (规上/规下); default large"),
    .init("investment_wan", ["固定资产投资(万元)", "固定资产投资"], help: "fixed-asset investment, 万元"),
    .init("revenue_wan", ["营业收入(万元)", "营业收入"], help: "annual revenue, 万元"),
    .init("tax_wan", ["税收(万元)", "实缴税金(万元)", "税收"], help: "annual tax paid, 万元"),
    .init("value_added_wan", ["增加值(万元)", "工业增加值(万元)", "增加值"], help: "value added, 万元"),
    .init("energy_tce", ["综合能耗(吨标准煤)", "综合能耗"], help: "energy use, tce"),
    .init("electricity_wan_kwh", ["用电量(万千瓦时)", "用电量"], help: "electricity use, 万kWh"),
    .init("emissions_t", ["主要污染物排放量(吨)", "排放量"], help: "main pollutant emissions, t"),
    .init("employees", ["从业人员", "年平均职工人数", "职工人数"], help: "average headcount"),
    .init("rd_wan", ["研发经费(万元)", "R&D经费(万元)", "研发经费"], help: "R&D spending, 万元"),
    .init("founded_year", ["成立年份", "投产年份"], help: "year founded or put into production"),
    .init("not_graded", ["不参与分类", "只评不分类"], help: "yes: scored but not graded (utilities, …)"),
    .init("zoning", ["用地性质"], help: "zoning of the firm's land (for reallocated parcels)"),
  ], requiresRows: true)

  /// A firm id: the shared id rule less the `LE-` its low-efficiency land
  /// takes as a parcel id, so that parcel id passes `assign --add-parcels`.
  public static let firmID = IdentifierRule.standard.leavingRoom(for: LowEfficiencyLand.parcelIDPrefix)

  /// Electricity use, 万kWh per year: 0…1e8.
  public static let electricityWanKWh = NumberRange(0...1e8)
  /// The year a firm was founded or put into production: 1800…2200, whole.
  public static let foundedYear = NumberRange(1800...2200)
}
