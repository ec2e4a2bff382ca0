/// The sentences of the result files and the printed summary, in English or
/// Chinese (the language of `--language`).
public struct ReasonText: Sendable {
  public let language: PlanTables.Language

  public init(_ language: PlanTables.Language) { self.language = language }

  private func say(_ en: String, _ zh: String) -> String { language == .en ? en : zh }

  /// The unit of the objective, costs and gains: 万元/年 of tax with the
  /// default weights.
  public func objectiveUnit(_ plan: AssignmentPlan) -> String {
    plan.objectiveIsAnnualTax ? say("万元/年 (annual tax)", "万元/年（年税收）") : say("weighted objective units", "加权目标单位")
  }

  /// The unit of a limit's value: objective per unit of the limit.
  public func valueUnit(_ plan: AssignmentPlan, limitUnit: String) -> String {
    (plan.objectiveIsAnnualTax ? "万元/年" : say("objective", "目标")) + say(" per ", "/") + limitUnit
  }

  /// A parcel nobody took.
  public var empty: String { say("empty", "空置") }

  /// The park limits with no room left.
  public func binding(_ limits: [String]) -> String {
    say("binding: ", "紧约束: ") + limits.joined(separator: ", ")
  }

  /// A project with eligible parcels when no plan exists.
  public func noPlan(eligibleParcels parcels: [String]) -> String {
    say("no plan exists (the must-place projects cannot all be placed: see the infeasibility note); eligible parcels: ",
        "不存在可行方案（必须落地的项目无法全部落地，见不可行说明）；符合条件的地块: ") + parcels.joined(separator: ", ")
  }

  /// What the re-solve with the project forced in found, when it says more
  /// than the cost columns; nil when the cost is proven.
  public func reSolveStatus(_ c: Competition) -> String? {
    if !c.reSolved {
      return say("not re-solved (explanations off, or beyond explain_max_resolves)",
                 "未重新求解（未开启解释，或超出 explain_max_resolves）")
    }
    if c.stoppedByClock {
      return say("re-solve stopped by the safety time limit explain_time_limit_s: its figures depend on the machine's speed",
                 "重新求解被安全时限 explain_time_limit_s 终止：结果取决于机器速度")
    }
    if c.provenImpossible {
      // Proven by the forced re-solve: true whether or not the case has
      // must-place projects (a project whose energy alone exceeds every
      // quota it could use has none to blame).
      return say("cannot be placed: no plan with it keeps every park limit (and places the must-place projects, if any)",
                 "无法落地：含该项目的方案都无法满足园区各项指标（并使必须落地的项目落地）")
    }
    if c.costToPlace == nil {
      return say("no plan with it found within explain_node_limit branch-and-bound nodes",
                 "在 explain_node_limit 个分支定界节点内未找到含该项目的方案")
    }
    if c.costToPlaceAtLeast != nil {
      return say("cost not proven within explain_node_limit branch-and-bound nodes: between the two cost columns",
                 "在 explain_node_limit 个分支定界节点内未证明最优：目标损失介于两列之间")
    }
    return nil
  }
}

extension ReasonText {
  /// The parks where a project that must use relief (`name`, e.g.
  /// `green_power`) has eligible parcels but no option.
  public func reliefMissing(in parks: [String], name: String, zhName: String) -> String {
    let en = name.replacingOccurrences(of: "_", with: " ")
    let list = parks.joined(separator: ", ")
    return say("\(en) required, but no option in \(list): its parcels there cannot take it",
               "必须采用\(zhName)，但 \(list) 没有可用的\(zhName)方案：其地块不可用")
  }

  /// What the relief options did for an unplaced project in the forced
  /// re-solve; nil when it has none, or it was not re-solved.
  public func relief(_ c: Competition, name: String, zhName: String) -> String? {
    guard !c.reliefLabels.isEmpty, c.reSolved else { return nil }
    let en = name.replacingOccurrences(of: "_", with: " ")
    if let label = c.forcedReliefLabel {
      return say("forced in, placed with \(en) (option \(label))", "强制落地时采用\(zhName)（方案 \(label)）")
    }
    let levels = c.reliefLabels.joined(separator: ", ")
    if c.provenImpossible {
      return say("not placed even with \(en) at level \(levels): proven impossible",
                 "即使采用\(zhName)（\(levels)）也无法落地：已证明不可行")
    }
    if c.costToPlace == nil {
      return say("\(en) at level \(levels) open to the re-solve; no plan with it found",
                 "重新求解时可选\(zhName)（\(levels)），仍未找到含该项目的方案")
    }
    return say("\(en) available (\(levels)) but not used in the forced re-solve",
               "可用\(zhName)（\(levels)），但强制落地时未采用")
  }
}
