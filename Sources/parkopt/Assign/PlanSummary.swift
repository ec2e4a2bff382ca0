import Foundation
import StandardLand

/// The plan in a few screens of text: totals, parks, unplaced projects,
/// limit values, and where the files are; in English or Chinese.
struct PlanSummary {
  var plan: AssignmentPlan
  var landCase: LandCase
  var language: PlanTables.Language = .en

  private var reasons: ReasonText { ReasonText(language) }
  private func say(_ en: String, _ zh: String) -> String { language == .en ? en : zh }
  private func number(_ x: Double) -> String { PlanTablesFormat.number(x) }

  func text(written: [String]) -> String {
    var out = ""
    let s = plan.statistics
    out += say("Standard-land assignment: \(s.projects) projects, \(s.parcels) parcels, \(s.parks) parks, \(s.eligiblePairs) eligible pairs\n",
               "标准地出让方案：\(s.projects) 个项目，\(s.parcels) 宗地块，\(s.parks) 个园区，\(s.eligiblePairs) 个符合条件的项目–地块组合\n")
    out += say("Status:    ", "状态：    ") + plan.termination.rawValue
    if let gap = plan.relativeGap { out += String(format: say(" (gap %.4g%%)", "（间隙 %.4g%%）"), gap * 100) }
    out += "\n"
    if let objective = plan.objective {
      out += say("Objective: ", "目标值：  ") + "\(number(objective)) \(reasons.objectiveUnit(plan))\n"
    }
    out += say("Placed:    \(plan.assignments.count) of \(s.projects) projects\n", "落地：    \(plan.assignments.count) / \(s.projects) 个项目\n")
    if plan.termination == .infeasible || (plan.objective == nil && !plan.unplaced.isEmpty) {
      out += say("\nNo plan exists", "\n不存在可行方案") + (plan.termination == .infeasible
        ? say(": the must-place projects cannot all be placed.\n", "：必须落地的项目无法全部落地。\n")
        : say(" within the limits (\(plan.termination.rawValue)).\n", "（\(plan.termination.rawValue)）。\n"))
    }
    if let infeasibility = plan.infeasibility { out += "\n\(infeasibility)\n" }
    if plan.explanationsStoppedByClock > 0 {
      out += say("\nWarning: \(plan.explanationsStoppedByClock) explaining re-solve(s) stopped by the safety time limit explain_time_limit_s: their figures depend on the machine's speed (exit 13).\n",
                 "\n警告：\(plan.explanationsStoppedByClock) 次解释性重新求解被安全时限 explain_time_limit_s 终止：其结果取决于机器速度（退出码 13）。\n")
    }
    if !plan.parks.isEmpty {
      out += "\n" + Table(
        header: language == .en
          ? ["park", "placed", "new land (mu)", "allowed", "stock (mu)", "energy (tce)", "quota",
             "leading (primary + potential) share", "binding"]
          : ["园区", "落地项目", "新增用地(亩)", "可用新增用地", "存量用地(亩)", "能耗(吨标准煤)", "能耗指标",
             "主导产业(主导+潜力)营收占比", "紧约束"],
        rows: plan.parks.map { p in
          [p.parkID, String(p.projectsPlaced), number(p.newLandUsedMu), number(p.newLandAllowedMu),
           number(p.stockLandUsedMu), number(p.energyUsedTce), number(p.energyQuotaTce),
           p.leadingShare.map { String(format: "%.1f%%", $0 * 100) } ?? "", p.bindingLimits.joined(separator: " ")]
        }
      ).render()
    }
    let nowhere = plan.unplaced.filter { if case .eligibleNowhere = $0.reason { return true } else { return false } }
    let lost = plan.unplaced.filter { if case .lostToCompetition = $0.reason { return true } else { return false } }
    let noPlan = plan.unplaced.count - nowhere.count - lost.count
    if !plan.unplaced.isEmpty {
      out += noPlan > 0
        ? say("\nUnplaced: \(plan.unplaced.count) (\(nowhere.count) eligible nowhere, \(noPlan) eligible but no plan exists)\n",
              "\n未落地：\(plan.unplaced.count)（\(nowhere.count) 个无符合条件地块，\(noPlan) 个有符合条件地块但无可行方案）\n")
        : say("\nUnplaced: \(plan.unplaced.count) (\(nowhere.count) eligible nowhere, \(lost.count) lost to competition)\n",
              "\n未落地：\(plan.unplaced.count)（\(nowhere.count) 个无符合条件地块，\(lost.count) 个竞争落选）\n")
      for u in plan.unplaced.prefix(12) { out += "  - \(line(u))\n" }
      if plan.unplaced.count > 12 {
        out += say("  … \(plan.unplaced.count - 12) more in unplaced.csv\n", "  … 另有 \(plan.unplaced.count - 12) 个见 unplaced.csv\n")
      }
    }
    if !plan.limitValues.isEmpty {
      out += say("\nWhat raising a limit is worth (re-solved):\n", "\n放宽约束的价值（重新求解）：\n")
      for v in plan.limitValues {
        let status = v.stoppedByClock
          ? say(", stopped by the safety time limit", "，被安全时限终止")
          : (v.gainProven ? "" : say(", at least: not proven within explain_node_limit", "，至少：在 explain_node_limit 内未证明"))
        out += "  - \(v.limit.rawValue)[\(v.parkID)]: +\(number(v.step)) \(v.unit) → +\(number(v.objectiveGain)) "
          + "\(reasons.objectiveUnit(plan)) (\(number(v.valuePerUnit)) \(reasons.valueUnit(plan, limitUnit: v.unit)))\(status)\n"
      }
    }
    if !written.isEmpty { out += say("\nFiles: ", "\n文件：") + written.joined(separator: ", ") + "\n" }
    return out
  }

  private func line(_ u: UnplacedProject) -> String {
    switch u.reason {
    case .eligibleNowhere(let parks):
      let closest = parks.min { $0.failures.count < $1.failures.count }
      let why = closest.map { r in
        say("closest ", "最接近 ") + "\(r.parkID)\(r.closestParcelID.map { "/\($0)" } ?? ""): "
          + r.failures.prefix(2).map { $0.text(language) }.joined(separator: "; ")
      } ?? ""
      return "\(u.projectID) \(u.projectName): " + say("eligible nowhere; ", "无符合条件地块；") + why
    case .noPlan(let parcels):
      return "\(u.projectID) \(u.projectName): " + reasons.noPlan(eligibleParcels: parcels)
    case .lostToCompetition(let c):
      var text = "\(u.projectID) \(u.projectName): " + say("lost to competition", "竞争落选")
      if let cost = c.costToPlace {
        let range = c.costToPlaceAtLeast.map { "\(number($0))–\(number(cost))" } ?? number(cost)
        text += say("; placing it costs ", "；强制落地的目标损失 ") + "\(range) \(reasons.objectiveUnit(plan))"
        if c.costToPlaceAtLeast != nil, !c.stoppedByClock {
          text += say(" (not proven within explain_node_limit)", "（在 explain_node_limit 内未证明）")
        }
        if let parcel = c.forcedParcelID {
          text += say(" (on \(parcel)", "（落在 \(parcel)")
            + (c.displaced.isEmpty ? say(")", "）") : say(", displacing \(c.displaced.joined(separator: ", ")))", "，挤出 \(c.displaced.joined(separator: ", "))）"))
        }
        if c.stoppedByClock, let status = reasons.reSolveStatus(c) { text += "; " + status }
      } else if let status = reasons.reSolveStatus(c) {
        text += "; " + status
      }
      if !c.bindingLimits.isEmpty { text += "; " + reasons.binding(c.bindingLimits) }
      return text
    }
  }
}

/// Number formatting shared with the result tables.
enum PlanTablesFormat {
  static func number(_ x: Double) -> String { PlanTables.number(x) }
}
