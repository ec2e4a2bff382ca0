import ReportKit

extension PlanReport {
  /// Each unplaced project with its reason in plain words.
  func unplaced() -> ReportPage.Section {
    let heading = say("Unplaced projects", "未落地项目")
    guard !plan.unplaced.isEmpty else {
      return .init(heading, [.paragraph(say("Every project is placed.", "所有项目均已落地。"))])
    }
    let rows: [[ReportTable.Cell]] = plan.unplaced.map { u in
      [.text(u.projectID), .text(u.projectName), .text(reason(u.reason))]
    }
    return .init(heading, [
      .table(ReportTable(header: [say("project", "项目"), say("name", "名称"), say("why it is not placed", "未落地原因")], rows: rows)),
    ])
  }

  /// The reason as sentences.
  func reason(_ reason: UnplacedProject.Reason) -> String {
    let text = ReasonText(language)
    switch reason {
    case .eligibleNowhere(let parks):
      let closest = parks.map { r in
        let parcel = r.closestParcelID.map { say(" (closest parcel \($0))", "（最接近的地块 \($0)）") } ?? ""
        let fails = r.failures.map { $0.text(language) }.joined(separator: say("; ", "；"))
        return say("in \(r.parkID)\(parcel) it fails \(fails)", "在 \(r.parkID)\(parcel) 不满足：\(fails)")
      }
      return say("No parcel in any park passes every rule: ", "没有任何园区的地块满足全部规则：")
        + closest.joined(separator: say(". ", "。")) + say(".", "。")
    case .noPlan(let parcels):
      return text.noPlan(eligibleParcels: parcels)
    case .lostToCompetition(let c):
      var parts: [String] = []
      let taken = c.parcels.map { "\($0.parcelID) (\($0.parkID)) → \($0.takenBy ?? text.empty)" }
      parts.append(say(
        "It has eligible parcels, but the plan does better with them used otherwise: ",
        "有符合条件的地块，但这些地块另作他用时方案更优：") + taken.joined(separator: ", "))
      if !c.bindingLimits.isEmpty {
        parts.append(say("park limits with no room left: ", "已无余量的园区约束：") + c.bindingLimits.map(limitName).joined(separator: ", "))
      }
      if let cost = c.costToPlace {
        var forced = say("placing it anyway costs ", "强制落地的目标损失为 ") + Self.n(cost) + " " + text.objectiveUnit(plan)
        if let atLeast = c.costToPlaceAtLeast { forced += say(" (at least \(Self.n(atLeast)))", "（至少 \(Self.n(atLeast))）") }
        if let parcel = c.forcedParcelID { forced += say(", on parcel \(parcel)", "，落在地块 \(parcel)") }
        if !c.displaced.isEmpty { forced += say(", displacing ", "，挤出 ") + c.displaced.joined(separator: ", ") }
        parts.append(forced)
      }
      if let status = text.reSolveStatus(c) { parts.append(status) }
      if let relief = plan.relief, !c.reliefMissingIn.isEmpty {
        parts.append(text.reliefMissing(in: c.reliefMissingIn, name: relief.name, zhName: relief.zhName))
      }
      return parts.joined(separator: say("; ", "；")) + say(".", "。")
    }
  }
}
