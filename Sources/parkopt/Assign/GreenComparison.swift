import StandardLand

/// "What does direct green supply buy this park?": the plan with green power
/// next to the same case without it (plan only, no explanations).
struct GreenComparison {
  var with: AssignmentPlan
  var without: AssignmentPlan
  /// The options the plan with green power chose.
  var chosen: [QuotaRelief.Option]
  /// Distinct unit LPs, how many came from the cache, and the sizing time (s).
  var unitLPs: Int
  var cached: Int
  var language: PlanTables.Language = .en

  private func say(_ en: String, _ zh: String) -> String { language == .en ? en : zh }
  private func number(_ x: Double?) -> String { x.map(PlanTables.number) ?? "–" }

  func text() -> String {
    let tce = chosen.reduce(0) { $0 + $1.energyReliefTce }
    let co2 = chosen.reduce(0) { $0 + $1.carbonReliefTonnes }
    var out = say("\nGreen power (绿电直连): \(unitLPs) unit sizing LPs, \(cached) from the cache\n",
                  "\n绿电直连：\(unitLPs) 个单位容量配置线性规划，其中 \(cached) 个来自缓存\n")
    out += Table(
      header: say("|with green power|without", "|有绿电|无绿电").split(separator: "|", omittingEmptySubsequences: false).map(String.init),
      rows: [
        [say("projects placed", "落地项目"), String(with.assignments.count), String(without.assignments.count)],
        [say("objective", "目标值"), number(with.objective), number(without.objective)],
        [say("energy relieved (tce)", "减免能耗(吨标准煤)"), number(tce), "0"],
        [say("carbon relieved (t CO2)", "减免碳排放(吨)"), number(co2), "0"],
        [say("green options chosen", "选用绿电方案"), String(chosen.count), "0"],
      ]
    ).render()
    return out
  }
}
