import ReportKit

extension PlanReport {
  /// The parcel maps (by placed industry, then by park) with a details
  /// table linked from each shape; or a sentence why there is no map.
  func map() -> ReportPage.Section {
    let heading = say("Parcel map", "地块分布图")
    let byParcel = Dictionary(plan.assignments.map { ($0.parcelID, $0) }, uniquingKeysWith: { a, _ in a })
    let located = landCase.parcels.compactMap { parcel in parcel.wkt.flatMap(WKTGeometry.init).map { (parcel, $0) } }
    guard !located.isEmpty else {
      let withText = landCase.parcels.filter { $0.wkt != nil }.count
      return .init(heading, [.paragraph(withText == 0
        ? say("No map: no parcel has geometry (a wkt column, or longitude and latitude, in parcels.csv).",
              "无地图：地块没有几何信息（parcels.csv 中没有 wkt 列或经纬度）。")
        : say("No map: no parcel's wkt could be read as a POINT, POLYGON or MULTIPOLYGON.",
              "无地图：地块的 wkt 均无法读作 POINT、POLYGON 或 MULTIPOLYGON。"))])
    }
    let map = SVGMap(noneLabel: say("not assigned", "未出让"), hatchLabel: say("stock land", "存量用地"))
    func features(_ category: (Parcel, Assignment?) -> String?) -> [SVGMap.Feature] {
      located.map { parcel, geometry in
        let a = byParcel[parcel.id]
        return SVGMap.Feature(
          id: parcel.id, geometry: geometry, category: category(parcel, a), hatched: parcel.source == .stock,
          title: hoverText(parcel, a))
      }
    }
    var blocks: [ReportPage.Block] = []
    let missing = landCase.parcels.count - located.count
    blocks.append(.paragraph(say(
      "\(located.count) of \(landCase.parcels.count) parcels have geometry" + (missing > 0 ? "; \(missing) without are only in the table" : "")
        + ". Hover over a parcel for its project and margins; click it for its row below.",
      "\(landCase.parcels.count) 宗地块中 \(located.count) 宗有几何信息" + (missing > 0 ? "，其余 \(missing) 宗只列在表中" : "")
        + "。鼠标悬停查看项目与承诺余量，点击跳到下表中的对应行。")))
    // Parks can lie tens of kilometres apart: the industry map is drawn per
    // park (each fitted to its own parcels), the park map over all of them.
    let byIndustry = features { _, a in a?.industry }
    let mappedParks = Set(located.map(\.0.parkID))
    let parkIDs = landCase.parks.map(\.id).filter(mappedParks.contains)
    var small = map
    if parkIDs.count > 1 { (small.width, small.height) = (520, 360) }
    for parkID in parkIDs {
      let name = landCase.park(parkID)?.name ?? parkID
      blocks.append(.paragraph(say("\(name) (\(parkID)), coloured by placed industry:", "\(name)（\(parkID)），按落地产业着色：")))
      blocks.append(.svg(small.svg(
        zip(located, byIndustry).filter { $0.0.0.parkID == parkID }.map(\.1), colorKey: byIndustry.compactMap(\.category))))
    }
    blocks.append(.paragraph(say("All parks, assigned parcels coloured by park:", "全部园区，已出让地块按园区着色：")))
    blocks.append(.svg(map.svg(features { parcel, a in a == nil ? nil : parcel.parkID })))
    blocks.append(.details(summary: say("Parcel details", "地块明细"), blocks: [.table(parcelTable())]))
    return .init(heading, blocks)
  }

  /// Parcel, park, area, zoning, land, project, industry and margins.
  private func hoverText(_ parcel: Parcel, _ a: Assignment?) -> String {
    var lines = [
      "\(parcel.id) · \(parcel.parkID) · \(Self.n(parcel.areaMu, 2)) \(say("mu", "亩")) · \(parcel.zoning) · \(sourceName(parcel.source))",
    ]
    if let a {
      lines.append("\(a.projectID) \(a.projectName) (\(a.industry))")
      lines += a.indicators.map { $0.text(language) }
    } else {
      lines.append(say("not assigned", "未出让"))
    }
    return lines.joined(separator: "\n")
  }

  private func parcelTable() -> ReportTable {
    let byParcel = Dictionary(plan.assignments.map { ($0.parcelID, $0) }, uniquingKeysWith: { a, _ in a })
    var rows: [[ReportTable.Cell]] = []
    var anchors: [String] = []
    for parcel in landCase.parcels {
      let a = byParcel[parcel.id]
      rows.append([
        .text(parcel.id), .text(parcel.parkID), .number(Self.n(parcel.areaMu, 2)), .text(parcel.zoning),
        .text(sourceName(parcel.source)), .text(a.map { "\($0.projectID) \($0.projectName)" } ?? "–"),
        .text(a?.industry ?? "–"), .text(a?.indicators.map { $0.text(language) }.joined(separator: "; ") ?? ""),
      ])
      anchors.append(SVGMap.Feature.anchor(parcel.id))
    }
    return ReportTable(
      header: [say("parcel", "地块"), say("park", "园区"), say("area (mu)", "面积（亩）"), say("zoning", "用地性质"),
               say("land", "土地来源"), say("project", "项目"), say("industry", "产业"), say("indicators and margins", "指标与承诺余量")],
      rows: rows, rowAnchors: anchors)
  }
}
