import ReportKit

/// `report.html` for a plan: the summary, a map of the parcels, the parks
/// with their quotas as bars, each unplaced project with its reason in plain
/// words, and the limit values; self-contained (inline CSS and SVG, no URL),
/// same plan, same bytes.
public struct PlanReport: Sendable {
  public let plan: AssignmentPlan
  public let landCase: LandCase
  public let language: PlanTables.Language

  /// The report of `plan` for `landCase`, with page text in `language`.
  public init(_ plan: AssignmentPlan, landCase: LandCase, language: PlanTables.Language = .en) {
    self.plan = plan
    self.landCase = landCase
    self.language = language
  }

  var lang: ReportLanguage { language == .en ? .en : .zh }
  func say(_ en: String, _ zh: String) -> String { lang.say(en, zh) }
  static func n(_ x: Double?, _ digits: Int = 1) -> String { NumberFormat.decimal(x, digits: digits) }

  /// The whole page.
  public func html() throws -> String {
    var sections = [summary()]
    sections.append(map())
    sections.append(parks())
    sections.append(unplaced())
    sections.append(limitValues())
    // Green-power options (QuotaRelief): a section goes here once plans
    // carry the options chosen; `landCase.relief` alone lists what was offered.
    if let relief = reliefOffered() { sections.append(relief) }
    return try ReportPage(
      language: lang, title: say("Standard-land plan", "标准地出让方案") + " — " + caseTitle, keyFigures: keyFigures(),
      sections: sections, footer: say("Written by parkopt assign.", "由 parkopt assign 生成。")
    ).html()
  }

  private var caseTitle: String {
    landCase.parks.count == 1 ? landCase.parks[0].name : say("\(landCase.parks.count) parks", "\(landCase.parks.count) 个园区")
  }

  private func keyFigures() -> [(String, String)] {
    let s = plan.statistics
    var figures = [
      (say("Placed projects", "落地项目"), "\(plan.assignments.count) / \(s.projects)"),
      (say("Parcels", "地块"), "\(s.parcels)"),
      (say("Parks", "园区"), "\(s.parks)"),
      (say("Status", "求解状态"), plan.termination.rawValue),
    ]
    if let objective = plan.objective {
      figures.append((say("Objective", "目标值"), Self.n(objective) + " " + ReasonText(language).objectiveUnit(plan)))
    }
    let land = plan.assignments.reduce(0) { $0 + $1.areaMu }
    figures.append((say("Land assigned", "出让用地"), NumberFormat.quantity(land, unit: say("mu", "亩"))))
    return figures
  }

  private func summary() -> ReportPage.Section {
    let s = plan.statistics
    var blocks: [ReportPage.Block] = [
      .paragraph(say(
        "\(s.projects) projects, \(s.parcels) parcels and \(s.parks) parks; \(s.eligiblePairs) project–parcel pairs pass every rule. "
          + "\(plan.assignments.count) projects are placed, \(plan.unplaced.count) are not.",
        "共 \(s.projects) 个项目、\(s.parcels) 宗地块、\(s.parks) 个园区；\(s.eligiblePairs) 个项目–地块组合满足全部规则。"
          + "\(plan.assignments.count) 个项目落地，\(plan.unplaced.count) 个未落地。")),
    ]
    if let gap = plan.relativeGap, gap > 0 {
      blocks.append(.paragraph(say("Relative gap to the best bound: ", "与最优界的相对间隙：") + NumberFormat.percent(gap, digits: 3)))
    }
    if let infeasibility = plan.infeasibility { blocks.append(.warning(infeasibility)) }
    if plan.explanationsStoppedByClock > 0 {
      blocks.append(.warning(say(
        "\(plan.explanationsStoppedByClock) explaining re-solve(s) stopped by the safety time limit explain_time_limit_s: their figures depend on the machine's speed.",
        "\(plan.explanationsStoppedByClock) 次解释性重新求解被安全时限 explain_time_limit_s 终止：其结果取决于机器速度。")))
    }
    let rows: [[ReportTable.Cell]] = plan.assignments.map { a in
      [.text(a.projectID), .text(a.projectName), .text(a.industry), .text(a.parkID), .text(a.parcelID),
       .number(Self.n(a.areaMu, 2)), .text(sourceName(a.source)), .number(Self.n(a.objectiveValue, 1))]
    }
    if !rows.isEmpty {
      blocks.append(.details(summary: say("Placed projects (\(rows.count))", "落地项目（\(rows.count)）"), blocks: [.table(ReportTable(
        header: [say("project", "项目"), say("name", "名称"), say("industry", "产业"), say("park", "园区"),
                 say("parcel", "地块"), say("area (mu)", "面积（亩）"), say("land", "土地来源"),
                 say("objective", "目标贡献")],
        rows: rows))]))
    }
    return .init(say("Summary", "概况"), blocks)
  }

  func sourceName(_ source: Parcel.Source) -> String {
    source == .stock ? say("stock", "存量") : say("new", "新增")
  }

  /// A binding limit's kind: `energy_quota[AN]` → `energy_quota`.
  static func limitKind(_ binding: String) -> String {
    binding.firstIndex(of: "[").map { String(binding[..<$0]) } ?? binding
  }

  /// Limit names in words; a park in brackets stays: `energy quota (AN)`.
  func limitName(_ binding: String) -> String {
    let kind = Self.limitKind(binding)
    let park = binding.dropFirst(kind.count)
    let name = limitKindName(kind)
    return park.hasPrefix("[") && park.hasSuffix("]") ? "\(name) (\(park.dropFirst().dropLast()))" : name
  }

  func limitKindName(_ raw: String) -> String {
    switch raw {
    case StandardLandModel.ParkLimit.energyQuota.rawValue: return say("energy quota", "能耗指标")
    case StandardLandModel.ParkLimit.carbonQuota.rawValue: return say("carbon quota", "碳排放指标")
    case StandardLandModel.ParkLimit.leadingIndustryShare.rawValue: return say("leading-industry share", "主导产业占比")
    case StandardLandModel.ParkLimit.landSupply.rawValue: return say("new-land supply", "新增用地指标")
    default: return raw
    }
  }

  /// What the case offers to relieve quotas (no choice shown: plans do not
  /// carry it yet).
  private func reliefOffered() -> ReportPage.Section? {
    guard let relief = landCase.relief, !relief.options.isEmpty else { return nil }
    let chosen = relief.options.count == plan.reliefChosen.count ? plan.reliefChosen : relief.options.map { _ in false }
    let rows: [[ReportTable.Cell]] = zip(relief.options, chosen).map { o, isChosen in
      [.text(o.projectID), .text(o.parkID), .text(o.label), .text(isChosen ? say("yes", "是") : ""),
       .number(Self.n(o.energyReliefTce)), .number(Self.n(o.carbonReliefTonnes)), .number(Self.n(o.objectiveCostWan))]
    }
    let picked = zip(relief.options, chosen).filter(\.1).map(\.0)
    let tce = picked.reduce(0) { $0 + $1.energyReliefTce }, co2 = picked.reduce(0) { $0 + $1.carbonReliefTonnes }
    return .init(say("Quota relief options", "指标缓解选项") + " (\(lang == .en ? relief.name : relief.zhName))", [
      .paragraph(say(
        "The plan chooses \(picked.count) of \(relief.options.count) options offered; they take \(Self.n(tce)) tce off the parks' energy quotas and \(Self.n(co2)) t CO2 off their carbon quotas.",
        "方案选用 \(relief.options.count) 个选项中的 \(picked.count) 个，共减少园区能耗指标占用 \(Self.n(tce)) 吨标准煤、碳排放指标占用 \(Self.n(co2)) 吨二氧化碳。")),
      .details(summary: say("Every option offered", "全部可选选项"), blocks: [.table(ReportTable(
        header: [say("project", "项目"), say("park", "园区"), say("option", "选项"), say("chosen", "选用"),
                 say("energy relief (tce)", "能耗缓解（吨标准煤）"), say("carbon relief (t)", "碳排放缓解（吨）"),
                 say("cost (万元)", "成本（万元）")],
        rows: rows))]),
    ])
  }
}
