import Foundation
import ParkOptData
import Yams

/// Reads `firms.csv` and an evaluation scenario; every problem is collected
/// and thrown together with file, row and column.
public enum FirmLoader {
  /// Reads the firm table at `path`; with `groups`, a firm whose group is
  /// not one of them is an issue too (see ``firms(from:groups:)``).
  public static func loadFirms(path: String, groups: KnownGroups? = nil) throws(DataErrors) -> [Firm] {
    try firms(from: CSVTable(contentsOf: path), groups: groups)
  }

  /// Reads firms from a parsed table. With `groups`, every firm whose group
  /// has no weights is an issue at its row and the group column (a table
  /// without that column: one issue for the file), with the other issues.
  public static func firms(from table: CSVTable, groups: KnownGroups? = nil) throws(DataErrors) -> [Firm] {
    var r = TableReader(table, schema: FirmSchemas.firms)
    var out: [Firm] = []
    out.reserveCapacity(r.rowCount)
    for i in 0..<r.rowCount {
      let id = r.requiredText(i, "id"), park = r.requiredText(i, "park"), industry = r.requiredText(i, "industry")
      let land = r.number(i, "land_mu", range: .positiveAreaMu)
      func optional(_ key: String, _ range: NumberRange) -> Double? { r.number(i, key, range: range, required: false) }
      let firm = Firm(
        id: id ?? "", parkID: park ?? "", industry: industry ?? "", landMu: land ?? 0,
        group: r.text(i, "group").map(groupName) ?? "large",
        investmentWan: optional("investment_wan", .moneyWan), revenueWan: optional("revenue_wan", .moneyWan),
        taxWan: optional("tax_wan", .signedMoneyWan), valueAddedWan: optional("value_added_wan", .moneyWan),
        energyTce: optional("energy_tce", .energyTce),
        electricityWanKWh: optional("electricity_wan_kwh", FirmSchemas.electricityWanKWh),
        emissionsT: optional("emissions_t", .massTonnes), employees: optional("employees", .people),
        rdWan: optional("rd_wan", .moneyWan), notGraded: r.flag(i, "not_graded"),
        foundedYear: r.integer(i, "founded_year", range: FirmSchemas.foundedYear, required: false),
        zoning: r.text(i, "zoning")?.uppercased())
      if let groups, r.has("group"), !groups.names.contains(firm.group) {
        r.report(i, "group", (r.text(i, "group") == nil ? "is empty, so the group is 'large'; " : "") + groups.message(firm.group))
      }
      // A repeat is reported however bad the other cells of either row.
      if let id, let first = r.earlierRow(i, "id", id) {
        r.report(i, "id", "'\(id)' already used in row \(first)")
        continue
      }
      guard id != nil, park != nil, industry != nil, land != nil else { continue }
      out.append(firm)
    }
    if let groups, !r.has("group"), r.rowCount > 0, !groups.names.contains("large") {
      r.report("has no group column, so every firm is in group 'large'; " + groups.message("large"))
    }
    guard r.issues.isEmpty else { throw DataErrors(r.issues) }
    return out
  }

  /// A group name as matched and shown: trimmed, lower-cased, and
  /// `规上`/`规模以上`/`above` → `large`, `规下`/`规模以下`/`below` → `small`.
  static func groupName(_ raw: String) -> String {
    let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
    switch name {
    case "规上", "规模以上", "large", "above": return "large"
    case "规下", "规模以下", "small", "below": return "small"
    default: return name
    }
  }
}
