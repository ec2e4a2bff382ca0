import ReportKit
import StandardLand

extension RankReport {
  /// The projects ranking each parcel first (eligible rank-1 sites), in
  /// project order.
  var firstChoices: [Int: [Int]] {
    var wanted: [Int: [Int]] = [:]
    for entry in ranking.projects {
      guard let first = entry.sites.first, first.eligible, let p = first.parcel else { continue }
      wanted[p, default: []].append(entry.project)
    }
    return wanted
  }

  /// A map of the parcels, those ranked first by some project coloured by
  /// park, the others grey, stock land hatched; nil when no parcel carries
  /// geometry; a sentence instead of the map above ``mapLimit`` parcels.
  func map() -> ReportPage.Section? {
    let c = ranking.landCase
    let located = c.parcels.indices.compactMap { p in c.parcels[p].wkt.flatMap(WKTGeometry.init).map { (p, $0) } }
    guard !located.isEmpty else { return nil }
    let heading = say("Map of the best sites", "最佳选址分布图")
    guard located.count <= Self.mapLimit else {
      return .init(heading, [.paragraph(say(
        "No map: \(located.count) parcels carry geometry, more than the \(Self.mapLimit) a page can draw.",
        "无地图：\(located.count) 宗地块有几何信息，超过本页可绘制的 \(Self.mapLimit) 宗。"))])
    }
    let wanted = firstChoices
    let projects = c.projects
    let features = located.map { p, geometry in
      let parcel = c.parcels[p]
      let by = wanted[p] ?? []
      var title = "\(parcel.id) · \(parcel.parkID) · \(Self.n(parcel.areaMu, 2)) \(say("mu", "亩")) · \(parcel.zoning)"
      title += "\n" + (by.isEmpty ? say("ranked first by no project", "无项目首选")
        : say("ranked first by ", "首选项目：") + firstList(by.map { projects[$0].id }))
      return SVGMap.Feature(
        id: parcel.id, geometry: geometry, category: by.isEmpty ? nil : parcel.parkID, hatched: parcel.source == .stock,
        title: title)
    }
    let map = SVGMap(noneLabel: say("ranked first by none", "无项目首选"), hatchLabel: say("stock land", "存量用地"))
    let rows: [[ReportTable.Cell]] = located.map { p, _ in
      let parcel = c.parcels[p]
      let by = wanted[p] ?? []
      return [
        .text(parcel.id), .text(parcel.parkID), .number(NumberFormat.quantity(parcel.areaMu, digits: 2, unit: say("mu", "亩"))),
        .text(parcel.zoning), .text(parcel.source == .stock ? say("stock", "存量") : say("new", "新增")),
        .number("\(by.count)"), .text(firstList(by.map { projects[$0].id })),
      ]
    }
    let missing = c.parcels.count - located.count
    return .init(heading, [
      .paragraph(say(
        "\(located.count) of \(c.parcels.count) parcels have geometry" + (missing > 0 ? "; \(missing) without are left out" : "")
          + ". Parcels some project ranks first are coloured by park (several projects may want one parcel: ranking ignores competition); "
          + "hover for the projects, click for the parcel's row below.",
        "\(c.parcels.count) 宗地块中 \(located.count) 宗有几何信息" + (missing > 0 ? "，其余 \(missing) 宗未绘出" : "")
          + "。有项目首选的地块按园区着色（排名不考虑竞争，多个项目可能首选同一地块）；鼠标悬停查看项目，点击跳到下表中的对应行。")),
      .svg(map.svg(features, colorKey: c.parks.map(\.id))),
      .details(summary: say("Parcels on the map", "图中地块"), blocks: [.table(ReportTable(
        header: [say("parcel", "地块"), say("park", "园区"), say("area", "面积"), say("zoning", "用地性质"), say("land", "土地来源"),
                 say("first choice of", "首选项目数"), say("projects", "项目")],
        rows: rows, rowAnchors: located.map { SVGMap.Feature.anchor(c.parcels[$0.0].id) }))]),
    ])
  }

  /// Up to ten ids, then how many more.
  private func firstList(_ ids: [String]) -> String {
    let more = ids.count - 10
    return ids.prefix(10).joined(separator: ", ") + (more > 0 ? say(" and \(more) more", " 等另 \(more) 个") : "")
  }
}
