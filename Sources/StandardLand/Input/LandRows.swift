import ParkOptData

/// Parsed rows of one table and the problems found in it.
struct Parsed<Value> {
  var values: [Value]
  var issues: [DataIssue]
  /// The spreadsheet row of each value, for cross-file messages.
  var rows: [Int]
  var file: String
  /// Projects only: the `carbon_t` column as written in the header and the
  /// rows (spreadsheet numbers) whose cell is empty; nil without the column.
  /// An empty cell is an error only when a park has a carbon quota
  /// (``LandRows/crossChecks(_:parks:parcels:projects:)``).
  var emptyCarbon: (column: String, rows: [Int])?
  /// Each column key the file has, with its header cell as written
  /// (``TableReader/headers``).
  var headers: [String: String] = [:]

  /// The header cell of column `key` as written (`key` itself when the
  /// file lacks it), for messages about a cell.
  func column(_ key: String) -> String { headers[key] ?? key }
}

extension Parsed: Sendable where Value: Sendable {}

/// Turns table rows into domain values, recording every bad cell.
enum LandRows {
  /// The parks with good rows, and what every row tells other tables
  /// (``ParkReferences``).
  static func parks(_ r: TableReader, scenario: Scenario) -> (parsed: Parsed<Park>, references: ParkReferences) {
    var r = r
    var values: [Park] = [], rows: [Int] = []
    var references = ParkReferences(file: r.table.file)
    for i in 0..<r.rowCount {
      let id = r.requiredText(i, "id")
      let level = r.choice(i, "level", allowed: "national, provincial, county (国家级, 省级, 县级)", default: .other) {
        parkLevel($0)
      }
      let energy = r.number(i, "energy_quota_tce", range: .energyTce)
      let carbon = r.number(i, "carbon_quota_t", range: .massTonnes, required: false)
      let land = r.number(i, "new_land_quota_mu", range: .areaMu)
      let ratio = r.number(i, "stock_link_ratio", range: LandSchemas.stockLinkRatio, required: false, default: scenario.stockLinkRatio)
      let share = r.number(
        i, "min_leading_share", range: .share, required: false, default: scenario.minLeadingShare, percent: true)
      reportRepeat(id, row: i, reader: &r, key: "id")
      if let id {
        references.ids.insert(id)
        if carbon != nil && references.firstWithCarbonQuota == nil { references.firstWithCarbonQuota = id }
      }
      guard let id, let level, let energy, let land, let ratio, let share else { continue }
      values.append(Park(
        id: id, name: r.text(i, "name") ?? id, level: level, primaryIndustries: r.list(i, "primary_industries"),
        potentialIndustries: r.list(i, "potential_industries"), otherIndustries: r.list(i, "other_industries"),
        energyQuotaTce: energy, carbonQuotaTonnes: carbon, newLandQuotaMu: land, stockLinkRatio: ratio,
        minLeadingShare: share))
      rows.append(r.rowNumber(i))
    }
    return (Parsed(values: values, issues: r.issues, rows: rows, file: r.table.file, headers: r.headers), references)
  }

  static func parkLevel(_ raw: String) -> Park.Level? {
    switch raw.lowercased() {
    case "national", "国家级", "国家": return .national
    case "provincial", "省级", "省": return .provincial
    case "county", "县级", "县", "municipal", "市级", "市": return .county
    case "other", "其他": return .other
    default: return nil
    }
  }

  static func parcels(_ r: TableReader) -> Parsed<Parcel> {
    var r = r
    var values: [Parcel] = [], rows: [Int] = []
    for i in 0..<r.rowCount {
      let id = r.requiredText(i, "id")
      let park = r.requiredText(i, "park")
      let area = r.number(i, "area_mu", range: .positiveAreaMu)
      let zoning = r.requiredText(i, "zoning")
      let source = r.choice(i, "source", allowed: "new, stock (新增, 存量)") { landSource($0) }
      let price = r.number(i, "land_price_wan_per_mu", range: LandSchemas.landPriceWanPerMu, required: false, default: 0)
      let far = r.number(i, "max_floor_area_ratio", range: .floorAreaRatio, required: false)
      let lon = r.number(i, "longitude", range: LandSchemas.longitude, required: false)
      let lat = r.number(i, "latitude", range: LandSchemas.latitude, required: false)
      reportRepeat(id, row: i, reader: &r, key: "id")
      guard let id, let park, let area, let zoning, let source, let price else { continue }
      var wkt = r.text(i, "wkt")
      if wkt == nil, let lon, let lat { wkt = "POINT (\(lon) \(lat))" }
      values.append(Parcel(
        id: id, parkID: park, areaMu: area, zoning: zoning.uppercased(), source: source,
        landPriceWanPerMu: price, maxFloorAreaRatio: far, wkt: wkt))
      rows.append(r.rowNumber(i))
    }
    return Parsed(values: values, issues: r.issues, rows: rows, file: r.table.file, headers: r.headers)
  }

  static func landSource(_ raw: String) -> Parcel.Source? {
    switch raw.lowercased() {
    case "new", "新增", "新增用地", "增量": return .new
    case "stock", "存量", "存量用地", "盘活", "revitalised", "revitalized": return .stock
    default: return nil
    }
  }

  static func projects(_ r: TableReader) -> Parsed<Project> {
    var r = r
    var values: [Project] = [], rows: [Int] = []
    var emptyCarbon = r.headers["carbon_t"].map { (column: $0, rows: [Int]()) }
    for i in 0..<r.rowCount {
      if r.text(i, "carbon_t") == nil { emptyCarbon?.rows.append(r.rowNumber(i)) }
      let id = r.requiredText(i, "id")
      let industry = r.requiredText(i, "industry")
      let minArea = r.number(i, "min_area_mu", range: .areaMu)
      let maxArea = r.number(i, "max_area_mu", range: .positiveAreaMu)
      let investment = r.number(i, "investment_wan", range: .moneyWan)
      let revenue = r.number(i, "revenue_wan", range: .moneyWan)
      let tax = r.number(i, "tax_wan", range: .moneyWan)
      let valueAdded = r.number(i, "value_added_wan", range: .moneyWan)
      let energy = r.number(i, "energy_tce", range: .energyTce)
      let carbon = r.number(i, "carbon_t", range: .massTonnes, required: false, default: 0)
      let jobs = r.number(i, "jobs", range: .people, required: false, default: 0)
      let far = r.number(i, "floor_area_ratio", range: .floorAreaRatio, required: false)
      let zonings = r.list(i, "zoning").map { $0.uppercased() }
      if zonings.isEmpty && r.has("zoning") { r.report(i, "zoning", "is empty; give the zoning codes it can use, e.g. M1;M2") }
      let mustPlace = r.flag(i, "must_place")
      reportRepeat(id, row: i, reader: &r, key: "id")
      if let minArea, let maxArea, minArea > maxArea {
        // Either cell may be the wrong one: the message names both.
        let f = NumberRange.format
        r.report(
          i, "min_area_mu",
          "\(f(minArea)) exceeds \(f(maxArea)) in column '\(r.headers["max_area_mu"] ?? "max_area_mu")' of this row; "
            + "the smallest parcel a project can use (min_area_mu) must not exceed the largest (max_area_mu)")
        continue
      }
      guard let id, let industry, let minArea, let maxArea, let investment, let revenue, let tax, let valueAdded,
        let energy, let carbon, let jobs, !zonings.isEmpty
      else { continue }
      values.append(Project(
        id: id, name: r.text(i, "name") ?? id, industry: industry, minAreaMu: minArea, maxAreaMu: maxArea,
        investmentWan: investment, revenueWan: revenue, taxWan: tax, valueAddedWan: valueAdded, energyTce: energy,
        carbonTonnes: carbon, jobs: jobs, zonings: zonings, floorAreaRatio: far,
        preferredParks: r.list(i, "preferred_parks"), mustPlace: mustPlace))
      rows.append(r.rowNumber(i))
    }
    return Parsed(values: values, issues: r.issues, rows: rows, file: r.table.file, emptyCarbon: emptyCarbon, headers: r.headers)
  }

  static func standards(_ r: TableReader) -> Parsed<Standard> {
    var r = r
    var values: [Standard] = [], rows: [Int] = []
    for i in 0..<r.rowCount {
      let park = r.requiredText(i, "park"), industry = r.requiredText(i, "industry")
      let s = Standard(
        park: park ?? "*", industry: industry ?? "*",
        minInvestmentIntensity: r.number(i, "min_investment_intensity", range: .perMuWan, required: false),
        minTaxPerMu: r.number(i, "min_tax_per_mu", range: .perMuWan, required: false),
        minRevenuePerMu: r.number(i, "min_revenue_per_mu", range: .perMuWan, required: false),
        maxEnergyPerValueAdded: r.number(i, "max_energy_per_value_added", range: LandSchemas.energyPerValueAdded, required: false),
        minFloorAreaRatio: r.number(i, "min_floor_area_ratio", range: LandSchemas.minFloorAreaRatio, required: false))
      guard let park, let industry else { continue }
      // The key is the pair: the row is placed at `industry`, the message names both.
      reportRepeat(
        "park '\(park)' and industry '\(industry)'", row: i, reader: &r, key: "industry", quoted: false)
      values.append(s)
      rows.append(r.rowNumber(i))
    }
    return Parsed(values: values, issues: r.issues, rows: rows, file: r.table.file, headers: r.headers)
  }

  static func enterprises(_ r: TableReader) -> Parsed<Enterprise> {
    var r = r
    var values: [Enterprise] = [], rows: [Int] = []
    for i in 0..<r.rowCount {
      let park = r.requiredText(i, "park"), industry = r.requiredText(i, "industry")
      let land = r.number(i, "land_mu", range: .areaMu)
      let revenue = r.number(i, "revenue_wan", range: .moneyWan)
      let investment = r.number(i, "investment_wan", range: .moneyWan, required: false)
      let tax = r.number(i, "tax_wan", range: .signedMoneyWan, required: false)
      let va = r.number(i, "value_added_wan", range: .signedMoneyWan, required: false)
      let energy = r.number(i, "energy_tce", range: .energyTce, required: false)
      reportRepeat(r.text(i, "id"), row: i, reader: &r, key: "id")
      guard let park, let industry, let land, let revenue else { continue }
      values.append(Enterprise(
        id: r.text(i, "id") ?? "", parkID: park, industry: industry, landMu: land, investmentWan: investment,
        revenueWan: revenue, taxWan: tax, valueAddedWan: va, energyTce: energy))
      rows.append(r.rowNumber(i))
    }
    return Parsed(values: values, issues: r.issues, rows: rows, file: r.table.file, headers: r.headers)
  }

  /// Reports `id` of data row `row` at `key` when an earlier row gave it,
  /// however bad the other cells of either row.
  private static func reportRepeat(
    _ id: String?, row: Int, reader: inout TableReader, key: String, quoted: Bool = true
  ) {
    guard let id, let earlier = reader.earlierRow(row, key, id) else { return }
    reader.report(row, key, "\(quoted ? "'\(id)'" : id) repeats row \(earlier)")
  }
}
