/// The relief columns of the result tables and the relief table
/// (`<relief name>.csv`); all empty when the plan has no relief, so the
/// files of a case without it are unchanged.
extension PlanTables {
  /// Figure keys (with their Chinese names) in first-seen order over the options.
  static func reliefFigureKeys(_ plan: AssignmentPlan) -> [(key: String, zhName: String)] {
    var seen = Set<String>()
    var keys: [(key: String, zhName: String)] = []
    for o in plan.relief?.options ?? [] {
      for f in o.figures where seen.insert(f.key).inserted { keys.append((f.key, f.zhName)) }
    }
    return keys
  }

  /// Resources in first-seen order over the options' uses, then the limits.
  static func reliefResources(_ plan: AssignmentPlan) -> [String] {
    var seen = Set<String>()
    var keys: [String] = []
    for o in plan.relief?.options ?? [] {
      for u in o.uses where seen.insert(u.resource).inserted { keys.append(u.resource) }
    }
    for l in plan.relief?.limits ?? [] where seen.insert(l.resource).inserted { keys.append(l.resource) }
    return keys
  }

  /// Resources with a limit, in first-seen order over the limits.
  static func reliefLimitResources(_ plan: AssignmentPlan) -> [String] {
    var seen = Set<String>()
    return (plan.relief?.limits ?? []).compactMap { seen.insert($0.resource).inserted ? $0.resource : nil }
  }

  private var reliefZh: String { plan.relief?.zhName ?? "" }

  var reliefAssignmentHeader: [String] {
    guard let relief = plan.relief else { return [] }
    return header([
      ("\(relief.name)_option", "\(reliefZh)方案"), ("energy_relief_tce", "能耗抵扣(吨标准煤)"),
      ("carbon_relief_t", "碳排放抵扣(吨)"), ("\(relief.name)_cost", "\(reliefZh)成本(目标单位)"),
    ]) + reliefFigureKeys.map { language == .en ? $0.key : $0.zhName }
  }

  func reliefAssignmentColumns(_ a: Assignment) -> [String] {
    guard plan.relief != nil else { return [] }
    let keys = reliefFigureKeys
    guard let o = a.relief else { return [String](repeating: "", count: 4 + keys.count) }
    return [o.label, Self.number(o.energyReliefTce), Self.number(o.carbonReliefTonnes), Self.number(o.objectiveCostWan)]
      + keys.map { k in o.figures.first { $0.key == k.key }.map { Self.number($0.value) } ?? "" }
  }

  var reliefParkHeader: [String] {
    guard plan.relief != nil else { return [] }
    return header([
      ("energy_relief_tce", "能耗抵扣(吨标准煤)"), ("energy_after_relief_tce", "抵扣后能耗(吨标准煤)"),
      ("carbon_relief_t", "碳排放抵扣(吨)"), ("carbon_after_relief_t", "抵扣后碳排放(吨)"),
    ]) + reliefLimitResources.flatMap { r in
      language == .en ? ["\(r)_used", "\(r)_limit"] : ["\(r) 已用", "\(r) 上限"]
    }
  }

  func reliefParkColumns(_ p: ParkSummary) -> [String] {
    guard plan.relief != nil else { return [] }
    return [
      Self.number(p.energyReliefTce), Self.number(p.energyAfterReliefTce), Self.number(p.carbonReliefTonnes),
      Self.number(p.carbonAfterReliefTonnes),
    ] + reliefLimitResources.flatMap { r -> [String] in
      guard let use = p.reliefUses.first(where: { $0.resource == r }) else { return ["", ""] }
      return [Self.number(use.used), Self.number(use.limit)]
    }
  }

  /// `<relief name>.csv`: every option, in the order given, with its
  /// uses, figures, the option of the same project and park that makes it
  /// redundant (``QuotaRelief/redundantOptions()``: not offered to the
  /// MIP; empty when offered) and whether the plan chose it; nil without
  /// relief.
  public var reliefOptions: [[String]]? {
    guard let relief = plan.relief else { return nil }
    let resources = reliefResources, keys = reliefFigureKeys
    var rows = [header([
      ("project_id", "项目编号"), ("park", "园区"), ("option", "\(reliefZh)方案"),
      ("energy_relief_tce", "能耗抵扣(吨标准煤)"), ("carbon_relief_t", "碳排放抵扣(吨)"),
      ("cost", "\(reliefZh)成本(目标单位)"),
    ]) + resources + keys.map { language == .en ? $0.key : $0.zhName }
      + header([("redundant_to", "被替代为"), ("chosen", "是否选中")])]
    let redundant = relief.redundantOptions()
    for (i, o) in relief.options.enumerated() {
      let chosen = i < plan.reliefChosen.count && plan.reliefChosen[i]
      rows.append(
        [o.projectID, o.parkID, o.label, Self.number(o.energyReliefTce), Self.number(o.carbonReliefTonnes),
         Self.number(o.objectiveCostWan)]
          + resources.map { r in o.uses.contains { $0.resource == r } ? Self.number(o.use(of: r)) : "" }
          + keys.map { k in o.figures.first { $0.key == k.key }.map { Self.number($0.value) } ?? "" }
          + [redundant[i].map { relief.options[$0].label } ?? "",
             yesNo(chosen)])
    }
    return rows
  }
}
