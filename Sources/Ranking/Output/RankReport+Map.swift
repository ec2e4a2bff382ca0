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

  /// A map per park of its parcels, coloured by how many projects rank
  /// them first (1, 2, 3 or more), the others grey, stock land hatched; nil when no parcel carries
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
        id: parcel.id, geometry: geometry, category: demandClass(by.count), hatched: parcel.source == .stock,
        title: title)
    }
    let classes = (1...3).compactMap(demandClass)
    var map = SVGMap(noneLabel: say("ranked first by none", "无项目首选"), hatchLabel: say("stock land", "存量用地"))
    // Parks can lie tens of kilometres apart: one map per park, each fitted
    // to its own parcels.
    let parkIDs = c.parks.map(\.id).filter(Set(located.map { c.parcels[$0.0].parkID }).contains)
    if parkIDs.count > 1 { (map.width, map.height) = (520, 360) }
    var maps: [ReportPage.Block] = []
    for parkID in parkIDs {
      let name = c.park(parkID)?.name ?? parkID
      maps.append(.paragraph(name == parkID ? parkID : "\(name) (\(parkID))"))
      maps.append(.svg(map.svg(zip(located, features).filter { c.parcels[$0.0.0].parkID == parkID }.map(\.1), colorKey: classes)))
    }
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
          + ". One map per park; parcels are coloured by how many projects rank them first (more than one: they would compete, "
          + "which ranking ignores); hover for the projects, click for the parcel's row below.",
        "\(c.parcels.count) 宗地块中 \(located.count) 宗有几何信息" + (missing > 0 ? "，其余 \(missing) 宗未绘出" : "")
          + "。每个园区一幅图；地块按首选它的项目数着色（多于一个即存在竞争，排名不考虑竞争）；鼠标悬停查看项目，点击跳到下表中的对应行。")),
    ] + maps + [
      .details(summary: say("Parcels on the map", "图中地块"), blocks: [.table(ReportTable(
        header: [say("parcel", "地块"), say("park", "园区"), say("area", "面积"), say("zoning", "用地性质"), say("land", "土地来源"),
                 say("first choice of", "首选项目数"), say("projects", "项目")],
        rows: rows, rowAnchors: located.map { SVGMap.Feature.anchor(c.parcels[$0.0].id) }))]),
    ])
  }

  /// The map category of a parcel ranked first by `count` projects: 1, 2,
  /// or 3 or more; nil for none.
  func demandClass(_ count: Int) -> String? {
    switch count {
    case 0: nil
    case 1: say("first choice of 1 project", "1 个项目首选")
    case 2: say("first choice of 2 projects", "2 个项目首选")
    default: say("first choice of 3 or more", "3 个及以上项目首选")
    }
  }

  /// Up to ten ids, then how many more.
  private func firstList(_ ids: [String]) -> String {
    let more = ids.count - 10
    return ids.prefix(10).joined(separator: ", ") + (more > 0 ? say(" and \(more) more", " 等另 \(more) 个") : "")
  }
}
