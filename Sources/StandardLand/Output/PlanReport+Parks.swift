import ReportKit

extension PlanReport {
  /// One row per park: land, energy and carbon as used-of-allowed bars
  /// (red when binding), the leading-industry share, tax per mu.
  func parks() -> ReportPage.Section {
    let mu = say("mu", "亩"), tce = say("tce", "吨标准煤"), t = say("t", "吨")
    let rows: [[ReportTable.Cell]] = plan.parks.map { p in
      let binding = Set(p.bindingLimits.map(Self.limitKind))
      func bar(_ used: Double, _ limit: Double?, _ key: StandardLandModel.ParkLimit, _ unit: String) -> ReportTable.Cell {
        let text = NumberFormat.quantity(used, unit: unit) + " / " + (limit.map { NumberFormat.quantity($0, unit: unit) } ?? "–")
        let svg = UsageBar.svg(used: used, limit: limit, binding: binding.contains(key.rawValue), title: text)
        return .html(svg + (svg.isEmpty ? "" : "<br>") + HTML.escape(text))
      }
      return [
        .text(p.parkID), .text(p.name), .number("\(p.projectsPlaced)"),
        bar(p.newLandUsedMu, p.newLandAllowedMu, .landSupply, mu), .number(Self.n(p.stockLandUsedMu, 1)),
        bar(p.energyUsedTce, p.energyQuotaTce, .energyQuota, tce),
        bar(p.carbonUsedTonnes, p.carbonQuotaTonnes, .carbonQuota, t),
        .number(NumberFormat.percent(p.leadingShare) + " ≥ " + NumberFormat.percent(p.minLeadingShare)),
        .number(Self.n(p.taxPerMu, 2)),
        .text(p.bindingLimits.map { limitKindName(Self.limitKind($0)) }.joined(separator: ", ")),
      ]
    }
    return .init(say("Parks", "园区"), [
      .paragraph(say(
        "Bars show how much of each limit the plan uses; red marks a binding limit (no room for another eligible project).",
        "条形表示方案用掉的指标比例；红色为紧约束（已无余量再容纳一个符合条件的项目）。")),
      .table(ReportTable(
        header: [say("park", "园区"), say("name", "名称"), say("placed", "落地项目"), say("new land used / allowed", "新增用地 已用/可用"),
                 say("stock land (mu)", "存量用地（亩）"), say("energy used / quota", "能耗 已用/指标"),
                 say("carbon used / quota", "碳排放 已用/指标"), say("leading share ≥ minimum", "主导产业占比 ≥ 下限"),
                 say("tax per mu (万元)", "亩均税收（万元）"), say("binding limits", "紧约束")],
        rows: rows)),
    ])
  }

  /// What raising each binding park limit is worth.
  func limitValues() -> ReportPage.Section {
    let heading = say("Limit values", "约束价值")
    guard !plan.limitValues.isEmpty else {
      return .init(heading, [.paragraph(say(
        "No limit was valued (none binds, or limit valuing is off).", "没有估算约束价值（没有紧约束，或未开启约束估值）。"))])
    }
    let text = ReasonText(language)
    let rows: [[ReportTable.Cell]] = plan.limitValues.map { v in
      [.text(v.parkID), .text(limitName(v.limit.rawValue)), .number(NumberFormat.quantity(v.used, unit: v.unit)),
       .number(NumberFormat.quantity(v.available, unit: v.unit)), .number(NumberFormat.quantity(v.step, unit: v.unit)),
       .number(Self.n(v.objectiveGain) + (v.gainProven ? "" : say(" (at least)", "（至少）"))),
       .number(Self.n(v.valuePerUnit, 3) + " " + text.valueUnit(plan, limitUnit: v.unit))]
    }
    return .init(heading, [
      .paragraph(say(
        "Each binding limit was raised by a step and the plan re-solved: the gain is what one more unit of the limit is worth.",
        "每个紧约束放宽一步后重新求解：目标增量即多一个单位指标的价值。")),
      .table(ReportTable(
        header: [say("park", "园区"), say("limit", "约束"), say("used", "已用"), say("available", "上限"), say("step", "放宽幅度"),
                 say("objective gain", "目标增量"), say("value per unit", "单位价值")],
        rows: rows)),
    ])
  }
}
