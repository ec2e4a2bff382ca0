import Foundation
import StandardLand

/// The plan in a few screens of text: totals, parks, unplaced projects,
/// limit values, and where the files are.
struct PlanSummary {
  var plan: AssignmentPlan
  var landCase: LandCase

  func text(written: [String]) -> String {
    var out = ""
    let s = plan.statistics
    out += "Standard-land assignment: \(s.projects) projects, \(s.parcels) parcels, \(s.parks) parks, \(s.eligiblePairs) eligible pairs\n"
    out += "Status:    \(plan.termination.rawValue)"
    if let gap = plan.relativeGap { out += String(format: " (gap %.4g%%)", gap * 100) }
    out += "\n"
    if let objective = plan.objective {
      out += "Objective: \(PlanTablesFormat.number(objective))\(objectiveUnit)\n"
    }
    out += "Placed:    \(plan.assignments.count) of \(s.projects) projects\n"
    if let infeasibility = plan.infeasibility { out += "\n\(infeasibility)\n" }
    if !plan.parks.isEmpty {
      out += "\n" + Table(
        header: ["park", "placed", "new land (mu)", "allowed", "stock (mu)", "energy (tce)", "quota", "leading share", "binding"],
        rows: plan.parks.map { p in
          [p.parkID, String(p.projectsPlaced), PlanTablesFormat.number(p.newLandUsedMu), PlanTablesFormat.number(p.newLandAllowedMu),
           PlanTablesFormat.number(p.stockLandUsedMu), PlanTablesFormat.number(p.energyUsedTce), PlanTablesFormat.number(p.energyQuotaTce),
           p.leadingShare.map { String(format: "%.1f%%", $0 * 100) } ?? "", p.bindingLimits.joined(separator: " ")]
        }
      ).render()
    }
    let nowhere = plan.unplaced.filter { if case .eligibleNowhere = $0.reason { return true } else { return false } }
    let lost = plan.unplaced.filter { if case .lostToCompetition = $0.reason { return true } else { return false } }
    if !plan.unplaced.isEmpty {
      out += "\nUnplaced: \(plan.unplaced.count) (\(nowhere.count) eligible nowhere, \(lost.count) lost to competition)\n"
      for u in plan.unplaced.prefix(12) { out += "  - \(line(u))\n" }
      if plan.unplaced.count > 12 { out += "  … \(plan.unplaced.count - 12) more in unplaced.csv\n" }
    }
    if !plan.limitValues.isEmpty {
      out += "\nWhat raising a limit is worth (re-solved):\n"
      for v in plan.limitValues {
        out += "  - \(v.limit.rawValue)[\(v.parkID)]: +\(PlanTablesFormat.number(v.step)) \(v.unit) → +\(PlanTablesFormat.number(v.objectiveGain)) (\(PlanTablesFormat.number(v.valuePerUnit)) per \(v.unit))\(v.gainProven ? "" : ", at least: not proven in time")\n"
      }
    }
    if !written.isEmpty { out += "\nFiles: \(written.joined(separator: ", "))\n" }
    return out
  }

  private var objectiveUnit: String {
    let w = landCase.scenario.objective
    return w.tax == 1 && w.revenue == 0 && w.valueAdded == 0 && w.jobs == 0 && w.landCost == 0
      ? " 万元 annual tax" : " (weighted objective)"
  }

  private func line(_ u: UnplacedProject) -> String {
    switch u.reason {
    case .eligibleNowhere(let parks):
      let closest = parks.min { $0.failures.count < $1.failures.count }
      let why = closest.map { r in "closest \(r.parkID)\(r.closestParcelID.map { "/\($0)" } ?? ""): " + r.failures.prefix(2).map(\.description).joined(separator: "; ") } ?? ""
      return "\(u.projectID) \(u.projectName): eligible nowhere; \(why)"
    case .lostToCompetition(let c):
      var text = "\(u.projectID) \(u.projectName): lost to competition"
      if let cost = c.costToPlace {
        if let least = c.costToPlaceAtLeast {
          text += "; placing it costs \(PlanTablesFormat.number(least))–\(PlanTablesFormat.number(cost)) (not proven in time)"
        } else {
          text += "; placing it costs \(PlanTablesFormat.number(cost))"
        }
        if let parcel = c.forcedParcelID { text += " (on \(parcel)" + (c.displaced.isEmpty ? ")" : ", displacing \(c.displaced.joined(separator: ", ")))") }
      } else if !c.reSolved {
        text += "; not re-solved (explanations off, or explanation budget spent)"
      } else if c.provenImpossible {
        text += "; cannot be placed together with the must-place projects"
      } else {
        text += "; no plan with it found within the explanation time limit"
      }
      if !c.bindingLimits.isEmpty { text += "; binding: \(c.bindingLimits.joined(separator: ", "))" }
      return text
    }
  }
}

/// Number formatting shared with the result tables.
enum PlanTablesFormat {
  static func number(_ x: Double) -> String { PlanTables.number(x) }
}
