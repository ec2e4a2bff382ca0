import Foundation
import GreenPower
import ParkOptData
import StandardLand

/// Reads a land case folder's green-power inputs: `green_parks.csv`
/// (绿电园区.csv), optional `resource/<park id>.csv`, the optional
/// `electricity_mwh`, `load_shape` and `green_power` columns of
/// projects.csv, `load_shapes/<name>.csv`, and the scenario's
/// `green_power:` section. Every problem is collected and thrown together.
public enum GreenInputsLoader {
  /// Hours of the sizing year (resource files must have this many rows).
  public static let hours = 8760

  /// The inputs, or nil when `folder` has no green parks table or the
  /// scenario says `green_power: {enabled: false}` (green power off).
  public static func load(folder: String, landCase: LandCase, scenarioPath: String? = nil) throws(DataErrors) -> GreenInputs? {
    guard let parksPath = try existing(folder, GreenSchemas.parkFileNames) else {
      // No green inputs: the scenario's `green_power:` section is still
      // checked, so a misspelt key is an error here too (it was accepted).
      _ = try scenarioSettings(folder: folder, scenarioPath: scenarioPath)
      return nil
    }
    var issues: [DataIssue] = []
    var files = [parksPath]
    var settings = GreenSettings()
    do throws(DataErrors) {
      settings = try scenarioSettings(folder: folder, scenarioPath: scenarioPath)
    } catch {
      issues += error.issues
    }
    // Green power off: its tables are not read, as with --no-green-power
    // (the scenario's own section is still checked, above).
    if issues.isEmpty && !settings.enabled { return nil }
    var parks: [GreenPark] = []
    do {
      parks = readParks(try CSVTable(contentsOf: parksPath), folder: folder, landCase: landCase, issues: &issues)
    } catch {
      issues += error.issues
    }
    let resources = readResources(folder: folder, landCase: landCase, issues: &issues, files: &files)
    for i in parks.indices {
      if let r = resources[parks[i].parkID] { parks[i].resource = r }
    }
    var projects: [GreenProject] = []
    do throws(DataErrors) {
      if let path = try existing(folder, ["projects.csv", "项目.csv"]) {
        projects = readProjects(
          try CSVTable(contentsOf: path), folder: folder, landCase: landCase, settings: settings, issues: &issues,
          files: &files)
      }
    } catch {
      issues += error.issues
    }
    guard issues.isEmpty else { throw DataErrors(issues) }
    return GreenInputs(parks: parks, projects: projects, settings: settings, files: files)
  }

  /// The scenario's green-power settings (defaults without a scenario).
  static func scenarioSettings(folder: String, scenarioPath: String?) throws(DataErrors) -> GreenSettings {
    guard let path = try LandCaseLoader.scenarioPath(folder: folder, override: scenarioPath) else { return GreenSettings() }
    return try settings(ScenarioReader(path: path))
  }

  /// The one of `names` that exists in `folder` (two are an error, ``CaseFile/find(_:in:)``).
  static func existing(_ folder: String, _ names: [String]) throws(DataErrors) -> String? {
    try CaseFile.find(names, in: folder)
  }

  static func readParks(_ table: CSVTable, folder: String, landCase: LandCase, issues: inout [DataIssue]) -> [GreenPark] {
    var r = TableReader(table, schema: GreenSchemas.parks)
    var parks: [GreenPark] = []
    let known = landCase.parks.map(\.id)
    for i in 0..<r.rowCount {
      // The row's other cells are checked whatever is wrong with its park.
      var id = r.requiredText(i, "park")
      if let given = id, !known.contains(given) {
        r.report(i, "park", "'\(given)' is not a park of parks.csv (\(known.joined(separator: ", ")))")
        id = nil
      } else if let given = id, let first = r.earlierRow(i, "park", given) {
        r.report(i, "park", "'\(given)' is given twice (first in row \(first))")
        id = nil
      }
      let land = r.number(i, "green_land_mu", range: .areaMu)
      var park = GreenPark(parkID: id ?? "", greenLandMu: land ?? 0)
      park.roofMu = r.number(i, "roof_mu", range: .areaMu, required: false, default: 0) ?? 0
      park.latitude = r.number(i, "latitude", range: GreenSchemas.latitude, required: false)
      park.longitude = r.number(i, "longitude", range: GreenSchemas.longitude, required: false)
      park.pvFullLoadHours = r.number(i, "pv_full_load_hours", range: GreenSchemas.pvFullLoadHours, required: false, default: 1400) ?? 1400
      park.windFullLoadHours = r.number(i, "wind_full_load_hours", range: GreenSchemas.windFullLoadHours, required: false, default: 2500) ?? 2500
      park.pvGroundCapexYuanPerKW = r.number(i, "pv_ground_capex_yuan_per_kw", range: GreenSchemas.capexYuan, required: false)
      park.pvRooftopCapexYuanPerKW = r.number(i, "pv_rooftop_capex_yuan_per_kw", range: GreenSchemas.capexYuan, required: false)
      park.windCapexYuanPerKW = r.number(i, "wind_capex_yuan_per_kw", range: GreenSchemas.capexYuan, required: false)
      park.batteryCapexYuanPerKWh = r.number(i, "battery_capex_yuan_per_kwh", range: GreenSchemas.capexYuan, required: false)
      park.minSelfUseOfGeneration = r.number(i, "min_self_use_of_generation", range: .share, required: false, percent: true)
      park.maxExportOfGeneration = r.number(i, "max_export_of_generation", range: .share, required: false, percent: true)
      // Coordinates are needed without a resource file: an empty cell is
      // reported whatever else is wrong with the row (a bad one already is).
      let named = r.text(i, "park")
      let empty = ["latitude", "longitude"].first { r.text(i, $0) == nil }
      if let named, let empty,
        !FileManager.default.fileExists(
          atPath: (folder as NSString).appendingPathComponent("\(GreenSchemas.resourceFolder)/\(named).csv"))
      {
        r.report(i, empty,
                 "is empty and there is no \(GreenSchemas.resourceFolder)/\(named).csv; give latitude and longitude (synthetic profiles) or an hourly resource file")
        continue
      }
      guard let id, land != nil else { continue }
      parks.append(park)
    }
    issues += r.issues
    return parks
  }

  /// `resource/<park id>.csv` for every file there; a file for a park not in parks.csv is an error.
  static func readResources(folder: String, landCase: LandCase, issues: inout [DataIssue], files: inout [String])
    -> [String: HourlyResource]
  {
    let dir = (folder as NSString).appendingPathComponent(GreenSchemas.resourceFolder)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [:] }
    var out: [String: HourlyResource] = [:]
    let known = landCase.parks.map(\.id)
    for name in names.sorted() where name.lowercased().hasSuffix(".csv") {
      let path = (dir as NSString).appendingPathComponent(name)
      let id = String(name.dropLast(4))
      guard known.contains(id) else {
        issues.append(DataIssue(
          file: path, message: "is a resource file for park '\(id)', which is not in parks.csv (\(known.joined(separator: ", ")))"))
        continue
      }
      files.append(path)
      do {
        let r = try GreenPowerCaseLoader.resource(path: path, hours: hours)
        out[id] = HourlyResource(pv: r.pv, pvRooftop: r.pvRooftop, wind: r.wind, file: path)
      } catch {
        issues += error.issues
      }
    }
    return out
  }
}
