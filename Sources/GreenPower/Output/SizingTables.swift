/// The result tables of a sizing run as rows of text (English or Chinese
/// headers), rendered to CSV by ``SizingWriter``.
public struct SizingTables {
  public enum Language: String, Sendable { case en, zh }

  let result: SizingResult
  let language: Language

  public init(_ result: SizingResult, language: Language = .en) {
    self.result = result
    self.language = language
  }

  func h(_ en: String, _ zh: String) -> String { language == .en ? en : zh }

  /// Fixed-precision number text (deterministic).
  static func n(_ x: Double, _ digits: Int = 3) -> String {
    let v = abs(x) < 0.5 / pow10(digits) ? 0 : x
    return String(format: "%.\(digits)f", v)
  }

  private static func pow10(_ k: Int) -> Double { (0..<k).reduce(1.0) { a, _ in a * 10 } }

  /// `capacities.csv`: one row per capacity.
  public var capacities: [[String]] {
    var rows = [[h("capacity", "容量"), h("unit", "单位"), h("total", "总容量"), h("existing", "已有"), h("new", "新建"),
                 h("annual_capex_wan", "年化投资(万元/年)"), h("annual_om_wan", "运维(万元/年)"), h("area_mu", "占地(亩)")]]
    for c in result.capacities {
      rows.append([language == .en ? c.kind.rawValue : c.kind.chinese, c.kind.unit, Self.n(c.value), Self.n(c.existing),
                   Self.n(max(0, c.value - c.existing)), Self.n(c.annualCapexWan), Self.n(c.annualOMWan), Self.n(c.areaMu, 1)])
    }
    return rows
  }

  /// `costs.csv`: the annual cost by component.
  public var costs: [[String]] {
    var rows = [[h("component", "成本项"), h("annual_wan", "年化(万元/年)")]]
    for c in result.costBreakdownWan { rows.append([c.component, Self.n(c.valueWan)]) }
    rows.append([h("total", "合计"), Self.n(result.objectiveWan ?? 0)])
    return rows
  }

  /// `ratios.csv`: each 650号 ratio against its limit.
  public var ratios: [[String]] {
    var rows = [[h("ratio", "比例"), h("sense", "方向"), h("limit", "限值"), h("achieved", "实现"), h("binds", "是否约束"),
                 h("cost_per_point_wan", "收紧1个百分点的年成本(万元)")]]
    for r in result.ratios {
      let sense = r.kind == .exportOfGeneration ? "<=" : ">="
      rows.append([r.kind.rawValue, sense, Self.n(r.limit, 4), r.achieved.map { Self.n($0, 4) } ?? "", r.binds ? "yes" : "no",
                   Self.n(r.costPerPointWan)])
    }
    return rows
  }

  /// `dispatch.csv`: the hourly dispatch, MW (SOC in MWh).
  public var dispatch: [[String]] {
    let d = result.dispatch
    var rows = [[h("hour", "小时"), h("month", "月"), h("hour_of_day", "时"), h("load_mw", "负荷(MW)"),
                 h("pv_available_mw", "光伏可发(MW)"), h("wind_available_mw", "风电可发(MW)"), h("green_used_mw", "绿电利用(MW)"),
                 h("curtailed_mw", "弃电(MW)"), h("import_mw", "购电(MW)"), h("export_mw", "上网(MW)"),
                 h("charge_mw", "充电(MW)"), h("discharge_mw", "放电(MW)"), h("soc_mwh", "荷电状态(MWh)"),
                 h("unserved_mw", "缺供(MW)"), h("import_price_yuan_per_kwh", "购电价(元/kWh)")]]
    rows.reserveCapacity(d.load.count + 1)
    for t in 0..<d.load.count {
      rows.append([String(t), String(d.month[t]), String(d.hourOfDay[t]), Self.n(d.load[t]), Self.n(d.availablePV[t]),
                   Self.n(d.availableWind[t]), Self.n(d.green[t]), Self.n(d.curtailed[t]), Self.n(d.imports[t]),
                   Self.n(d.exports[t]), Self.n(d.charge[t]), Self.n(d.discharge[t]), Self.n(d.soc[t]),
                   Self.n(d.unserved[t]), Self.n(d.importPriceYuanPerKWh[t], 4)])
    }
    return rows
  }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
