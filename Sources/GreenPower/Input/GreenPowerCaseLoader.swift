import Foundation
import ParkOptData

/// Reads a sizing case from a folder: `load.csv` (负荷.csv), optional
/// `resource.csv` (资源.csv; synthetic profiles are generated and labelled
/// when it is absent) and optional `scenario.yaml`/`.json`. Every problem in
/// every file is collected and thrown together as ``DataErrors``.
public enum GreenPowerCaseLoader {
  /// Loads the case in `folder`; `scenarioPath` overrides its scenario file.
  public static func load(folder: String, scenarioPath: String? = nil) throws(DataErrors) -> GreenPowerCase {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw DataErrors([DataIssue(file: folder, message: "is not a folder with load.csv (and optional resource.csv, scenario.yaml)")])
    }
    var issues: [DataIssue] = []
    // A file under two of its names is an issue, and read under neither.
    var ambiguous: Set<String> = []
    func find(_ kind: String) -> String? {
      do { return try CaseFile.find(GreenPowerSchemas.fileNames[kind] ?? [], in: folder) } catch {
        issues += error.issues
        ambiguous.insert(kind)
        return nil
      }
    }
    var scenario = SizingScenario()
    if let path = scenarioPath ?? find("scenario") {
      do { scenario = try ScenarioLoader.load(path: path) } catch { issues += error.issues }
    }
    guard let loadPath = find("load") else {
      if ambiguous.contains("load") { throw DataErrors(issues) }
      throw DataErrors(issues + [DataIssue(file: (folder as NSString).appendingPathComponent("load.csv"), message: "missing (the hourly load is required)")])
    }
    let loadTable: CSVTable
    do { loadTable = try CSVTable(contentsOf: loadPath) } catch { throw DataErrors(issues + error.issues) }
    let load = LoadReader.read(loadTable, unit: scenario.loadUnit)
    issues += load.issues
    if let date = load.firstHour?.date { scenario.startDate = date }
    var resource: ResourceReader.Result?
    if let path = find("resource") {
      do {
        resource = ResourceReader.read(try CSVTable(contentsOf: path), hours: load.loadMW.count,
                                       loadFirstHour: load.firstHour)
        issues += resource?.issues ?? []
      } catch {
        issues += error.issues
      }
    }
    guard issues.isEmpty else { throw DataErrors(issues) }
    return assemble(loadMW: load.loadMW, columns: load.columns, resource: resource.map { ($0.pv, $0.pvRooftop, $0.wind) },
                    scenario: scenario)
  }

  /// Builds a case from series; generates synthetic resource when `resource` is nil.
  public static func assemble(
    loadMW: [Double], columns: [String] = ["load"], resource: (pv: [Double], pvRooftop: [Double], wind: [Double])?,
    scenario: SizingScenario
  ) -> GreenPowerCase {
    if let resource {
      return GreenPowerCase(
        loadMW: loadMW, pvCF: resource.pv, pvRooftopCF: resource.pvRooftop, windCF: resource.wind,
        loadColumns: columns, scenario: scenario)
    }
    let calendar = HourCalendar(startDate: scenario.startDate, hours: loadMW.count)
    let synthetic = SyntheticResource(settings: scenario.resource, calendar: calendar)
    return GreenPowerCase(
      loadMW: loadMW, pvCF: synthetic.pv, windCF: synthetic.wind, month: calendar.month,
      hourOfDay: calendar.hourOfDay, resourceIsSynthetic: true, loadColumns: columns, scenario: scenario)
  }
}
