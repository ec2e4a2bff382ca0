import Foundation
import ParkOptData

/// What `batch merge` reads from one run's result folder: the objective,
/// the projects placed, the command's key figures, and what the robustness
/// tables need (projects placed; each project's first-ranked site).
public struct CommandFigures: Sendable, Equatable {
  /// The objective (`assign`: `plan.json` `objective`; `size`: `result.json`
  /// `annual_cost_wan`), as text; empty when none.
  public var objective = ""
  /// `assign`: how many projects were placed; empty for the other commands.
  public var placed = ""
  /// The command's key figures by column name (``columns(for:)``).
  public var figures: [String: String] = [:]
  /// `assign`: the ids of the projects placed.
  public var placedProjects: [String] = []
  /// `assign`: the ids of every project (placed or not).
  public var allProjects: [String] = []
  /// `rank`: each project's first-ranked site (`PARK/PARCEL`), by project id.
  public var firstSites: [(project: String, site: String)] = []

  public init() {}

  public static func == (a: CommandFigures, b: CommandFigures) -> Bool {
    a.objective == b.objective && a.placed == b.placed && a.figures == b.figures && a.placedProjects == b.placedProjects
      && a.allProjects == b.allProjects && a.firstSites.map(\.project) == b.firstSites.map(\.project)
      && a.firstSites.map(\.site) == b.firstSites.map(\.site)
  }

  /// The key-figure columns of `summary.csv` for a command.
  public static func columns(for command: String) -> [String] {
    switch command {
    case "assign":
      ["unplaced", "relative_gap", "energy_used_tce", "new_land_used_mu", "stock_land_used_mu"]
    case "size":
      ["pv_ground_mw", "pv_rooftop_mw", "wind_mw", "battery_mwh", "battery_mw", "green_lcoe_yuan_per_kwh", "co2_avoided_t_per_year"]
    case "evaluate":
      ["firms", "graded", "low_efficiency_firms", "low_efficiency_land_mu", "surcharge_wan"]
    case "rank":
      ["projects", "projects_with_eligible_site"]
    default: []
    }
  }

  /// The figures of the result folder at `folder` of a `command` run; empty
  /// figures when its files are missing or unreadable.
  public static func read(command: String, folder: String) -> CommandFigures {
    let file = { (name: String) in (folder as NSString).appendingPathComponent(name) }
    switch command {
    case "assign": return assign(json(file("plan.json")))
    case "size": return size(json(file("result.json")))
    case "evaluate": return evaluate(json(file("summary.json")))
    case "rank": return rank(file("ranking.csv"))
    default: return CommandFigures()
    }
  }

  static func assign(_ plan: [String: Any]?) -> CommandFigures {
    var f = CommandFigures()
    guard let plan else { return f }
    f.objective = number(plan["objective"])
    let assignments = plan["assignments"] as? [[String: Any]] ?? []
    let unplaced = plan["unplaced"] as? [[String: Any]] ?? []
    f.placedProjects = assignments.compactMap { $0["project_id"] as? String }
    f.allProjects = f.placedProjects + unplaced.compactMap { $0["project_id"] as? String }
    f.placed = String(assignments.count)
    let parks = plan["parks"] as? [[String: Any]] ?? []
    let sum = { (key: String) in parks.reduce(0.0) { $0 + (($1[key] as? NSNumber)?.doubleValue ?? 0) } }
    f.figures = [
      "unplaced": String(unplaced.count), "relative_gap": number(plan["relative_gap"]),
      "energy_used_tce": ColumnScaling.format(sum("energy_used_tce")),
      "new_land_used_mu": ColumnScaling.format(sum("new_land_used_mu")),
      "stock_land_used_mu": ColumnScaling.format(sum("stock_land_used_mu")),
    ]
    return f
  }

  static func size(_ result: [String: Any]?) -> CommandFigures {
    var f = CommandFigures()
    guard let result else { return f }
    f.objective = number(result["annual_cost_wan"])
    let capacities = result["capacities"] as? [String: Any] ?? [:]
    let total = { (kind: String) in number((capacities[kind] as? [String: Any])?["total"]) }
    f.figures = [
      "pv_ground_mw": total("pv_ground"), "pv_rooftop_mw": total("pv_rooftop"), "wind_mw": total("wind"),
      "battery_mwh": total("battery_mwh"), "battery_mw": total("battery_mw"),
      "green_lcoe_yuan_per_kwh": number(result["green_lcoe_yuan_per_kwh"]),
      "co2_avoided_t_per_year": number(result["co2_avoided_t_per_year"]),
    ]
    return f
  }

  static func evaluate(_ summary: [String: Any]?) -> CommandFigures {
    var f = CommandFigures()
    guard let summary else { return f }
    for key in columns(for: "evaluate") {
      let value = summary[key]
      f.figures[key] = (value as? [Any]).map { String($0.count) } ?? number(value)
    }
    return f
  }

  /// A `rank` result folder's figures, its first sites counted in `tally`:
  /// from `first_sites.csv` (`rank --outputs first`) when there is one,
  /// else from `ranking.csv`.
  static func rank(folder: String, tally: inout RankTally) -> CommandFigures {
    var f = CommandFigures()
    let first = (folder as NSString).appendingPathComponent("first_sites.csv")
    if FileManager.default.fileExists(atPath: first) {
      if let (projects, withSite) = tally.readFirstSites(first) {
        f.figures = ["projects": String(projects), "projects_with_eligible_site": String(withSite)]
      }
      return f
    }
    f = rank((folder as NSString).appendingPathComponent("ranking.csv"))
    for (project, site) in f.firstSites { tally.count(project: project, site: site) }
    return f
  }

  /// `ranking.csv`: the rows whose `rank` is 1 give each project's first
  /// site (`park/parcel`); a project column is `project` or `project_id`.
  /// Headers in English or as `rank --language zh` writes them (项目编号,
  /// 排名, 园区, 地块, 符合条件: an outside audit found zh runs silently left
  /// out of the robustness shares).
  static func rank(_ path: String) -> CommandFigures {
    var f = CommandFigures()
    guard FileManager.default.fileExists(atPath: path), let table = try? CSVTable(contentsOf: path).checked() else { return f }
    let column = { (names: [String]) in names.lazy.compactMap { table.header.firstIndex(of: $0) }.first }
    guard let project = column(["project", "project_id", "项目编号"]), let rank = column(["rank", "排名"]),
      let park = column(["park", "park_id", "园区"])
    else { return f }
    let parcel = column(["parcel", "parcel_id", "地块"])
    let eligible = column(["eligible", "符合条件"])
    var projects: Set<String> = []
    var withSite = 0
    for row in table.rows {
      projects.insert(row[project])
      guard row[rank] == "1" else { continue }
      if let eligible, !["true", "yes", "1", "是"].contains(row[eligible].lowercased()) { continue }
      withSite += 1
      let site = parcel.map { "\(row[park])/\(row[$0])" } ?? row[park]
      f.firstSites.append((row[project], site))
    }
    f.figures = ["projects": String(projects.count), "projects_with_eligible_site": String(withSite)]
    return f
  }

  static func json(_ path: String) -> [String: Any]? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
  }

  /// A JSON number as `summary.csv` writes it (12 significant digits); empty otherwise.
  static func number(_ value: Any?) -> String {
    guard let n = value as? NSNumber else { return "" }
    return ColumnScaling.format(n.doubleValue)
  }
}
