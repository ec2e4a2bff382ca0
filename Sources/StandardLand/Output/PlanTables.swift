/// The plan as tables (header + rows of text), in English or Chinese, for
/// CSV files and for the JSON report.
public struct PlanTables: Sendable {
  /// Column-header language.
  public enum Language: String, Sendable, CaseIterable {
    case en, zh
  }

  public let plan: AssignmentPlan
  public let language: Language
  /// The relief options' figure keys, resources and limited resources
  /// (PlanTables+Relief.swift), found once: every row of
  /// `assignments.csv` needs them, and a case can have 30,000 options.
  let reliefFigureKeys: [(key: String, zhName: String)]
  let reliefResources: [String]
  let reliefLimitResources: [String]

  public init(_ plan: AssignmentPlan, language: Language = .en) {
    self.plan = plan
    self.language = language
    reliefFigureKeys = Self.reliefFigureKeys(plan)
    reliefResources = Self.reliefResources(plan)
    reliefLimitResources = Self.reliefLimitResources(plan)
  }

  func header(_ pairs: [(String, String)]) -> [String] {
    pairs.map { language == .en ? $0.0 : $0.1 }
  }

  /// "yes"/"no", or 是/否 in Chinese.
  func yesNo(_ value: Bool) -> String {
    value ? (language == .en ? "yes" : "是") : (language == .en ? "no" : "否")
  }

  public static func number(_ x: Double?) -> String {
    guard let x, x.isFinite else { return "" }
    let rounded = (x * 10_000).rounded() / 10_000
    return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int64(rounded)) : String(rounded)
  }

  /// assignments.csv: one row per placed project and indicator.
  public var assignments: [[String]] {
    var rows = [header([
      ("project_id", "项目编号"), ("project_name", "项目名称"), ("industry", "产业"), ("park", "园区"),
      ("parcel", "地块"), ("area_mu", "面积(亩)"), ("source", "土地来源"), ("indicator", "指标"),
      ("value", "承诺值"), ("threshold", "门槛值"), ("margin", "承诺余量"), ("threshold_source", "门槛来源"),
      ("objective_value", "目标贡献"),
    ]) + reliefAssignmentHeader]
    for a in plan.assignments {
      let relief = reliefAssignmentColumns(a)
      let base = [a.projectID, a.projectName, a.industry, a.parkID, a.parcelID, Self.number(a.areaMu), a.source.rawValue]
      if a.indicators.isEmpty {
        rows.append(base + ["", "", "", "", "", Self.number(a.objectiveValue)] + relief)
      }
      for c in a.indicators {
        rows.append(base + [
          language == .en ? c.rule.rawValue : c.rule.chineseName, Self.number(c.value), Self.number(c.threshold),
          Self.number(c.margin), language == .zh && !c.detailZh.isEmpty ? c.detailZh : c.detail,
          Self.number(a.objectiveValue),
        ] + relief)
      }
    }
    return rows
  }

  /// parks.csv: one row per park.
  public var parks: [[String]] {
    var rows = [header([
      ("park", "园区"), ("name", "名称"), ("projects_placed", "落地项目数"), ("new_land_used_mu", "新增用地(亩)"),
      ("stock_land_used_mu", "存量用地(亩)"), ("new_land_allowed_mu", "可用新增用地(亩)"),
      ("energy_used_tce", "能耗(吨标准煤)"), ("energy_quota_tce", "能耗指标(吨标准煤)"),
      ("carbon_used_t", "碳排放(吨)"), ("carbon_quota_t", "碳排放指标(吨)"), ("leading_share", "主导产业(主导+潜力)营收占比"),
      ("min_leading_share", "主导产业占比下限"), ("tax_per_mu", "亩均税收(万元/亩)"), ("binding_limits", "紧约束"),
    ]) + reliefParkHeader]
    for p in plan.parks {
      rows.append([
        p.parkID, p.name, String(p.projectsPlaced), Self.number(p.newLandUsedMu), Self.number(p.stockLandUsedMu),
        Self.number(p.newLandAllowedMu), Self.number(p.energyUsedTce), Self.number(p.energyQuotaTce),
        Self.number(p.carbonUsedTonnes), Self.number(p.carbonQuotaTonnes), Self.number(p.leadingShare),
        Self.number(p.minLeadingShare), Self.number(p.taxPerMu), p.bindingLimits.joined(separator: "; "),
      ] + reliefParkColumns(p))
    }
    return rows
  }

  /// unplaced.csv: one row per unplaced project.
  public var unplaced: [[String]] {
    var rows = [header([
      ("project_id", "项目编号"), ("project_name", "项目名称"), ("reason", "原因"), ("details", "说明"),
      ("cost_to_place", "强制落地的目标损失"), ("cost_to_place_at_least", "目标损失下限(未证明最优时)"),
      ("would_take", "强制落地地块"), ("would_displace", "将挤出项目"),
    ])]
    for u in plan.unplaced {
      switch u.reason {
      case .eligibleNowhere(let parks):
        let details = parks.map { r in
          "\(r.parkID)\(r.closestParcelID.map { " (\($0))" } ?? ""): " + r.failures.map { $0.text(language) }.joined(separator: ", ")
        }.joined(separator: " | ")
        rows.append([u.projectID, u.projectName, language == .en ? "eligible_nowhere" : "无符合条件地块", details, "", "", "", ""])
      case .noPlan(let parcels):
        let text = ReasonText(language)
        rows.append([
          u.projectID, u.projectName, language == .en ? "no_plan" : "无可行方案",
          text.noPlan(eligibleParcels: parcels), "", "", "", "",
        ])
      case .lostToCompetition(let c):
        let text = ReasonText(language)
        var parts = c.parcels.map { "\($0.parcelID)@\($0.parkID) → \($0.takenBy ?? text.empty)" }
        if !c.bindingLimits.isEmpty { parts.append(text.binding(c.bindingLimits)) }
        if let status = text.reSolveStatus(c) { parts.append(status) }
        if let relief = plan.relief, !c.reliefMissingIn.isEmpty {
          parts.append(text.reliefMissing(in: c.reliefMissingIn, name: relief.name, zhName: relief.zhName))
        }
        if let relief = plan.relief, let sentence = text.relief(c, name: relief.name, zhName: relief.zhName) {
          parts.append(sentence)
        }
        rows.append([
          u.projectID, u.projectName, language == .en ? "lost_to_competition" : "竞争落选", parts.joined(separator: " | "),
          Self.number(c.costToPlace), Self.number(c.costToPlaceAtLeast), c.forcedParcelID ?? "",
          c.displaced.joined(separator: "; "),
        ])
      }
    }
    return rows
  }

  /// limit_values.csv: what raising each limiting park limit is worth.
  public var limitValues: [[String]] {
    var rows = [header([
      ("park", "园区"), ("limit", "约束"), ("used", "已用"), ("available", "上限"), ("unit", "单位"),
      ("step", "放宽幅度"), ("objective_gain", "目标增量"), ("value_per_unit", "单位价值"), ("value_unit", "价值单位"),
      ("gain_proven", "增量已证明"),
    ])]
    let text = ReasonText(language)
    // gain_proven: a gain its re-solve did not prove (node budget or clock
    // spent) is only a lower bound, and "no" says so.
    for v in plan.limitValues {
      rows.append([
        v.parkID, v.limit.rawValue, Self.number(v.used), Self.number(v.available), v.unit, Self.number(v.step),
        Self.number(v.objectiveGain), Self.number(v.valuePerUnit), text.valueUnit(plan, limitUnit: v.unit),
        yesNo(v.gainProven),
      ])
    }
    for v in plan.reliefLimitValues {
      rows.append([
        v.parkID, "relief_limit[\(v.resource)]", Self.number(v.used), Self.number(v.available), v.resource,
        Self.number(v.step), Self.number(v.objectiveGain), Self.number(v.valuePerUnit),
        text.valueUnit(plan, limitUnit: v.resource), yesNo(v.gainProven),
      ])
    }
    return rows
  }
}
