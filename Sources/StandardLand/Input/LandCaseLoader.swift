import Foundation
import ParkOptData
import Yams

/// Reads a land case from a folder of CSV files and an optional scenario.
///
/// Files (English or Chinese names): `parks.csv` (园区.csv), `parcels.csv`
/// (地块.csv), `projects.csv` (项目.csv), optional `standards.csv`
/// (标准.csv), optional `enterprises.csv` (企业.csv), optional
/// `scenario.yaml` / `scenario.yml` / `scenario.json`. Every problem in every
/// file is collected and thrown together as ``DataErrors``.
public enum LandCaseLoader {
  static let fileNames: [String: [String]] = [
    "parks": ["parks.csv", "园区.csv"], "parcels": ["parcels.csv", "地块.csv"],
    "projects": ["projects.csv", "项目.csv"], "standards": ["standards.csv", "标准.csv"],
    "enterprises": ["enterprises.csv", "企业.csv"],
  ]

  /// Loads the case in `folder`; `scenarioPath` overrides the folder's
  /// scenario file.
  public static func load(folder: String, scenarioPath: String? = nil) throws(DataErrors) -> LandCase {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw DataErrors([DataIssue(file: folder, message: "is not a folder with parks.csv, parcels.csv and projects.csv")])
    }
    var issues: [DataIssue] = []
    func table(_ kind: String, required: Bool) -> TableReader? {
      let candidates = (fileNames[kind] ?? []).map { (folder as NSString).appendingPathComponent($0) }
      guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
        if required {
          issues.append(DataIssue(file: candidates.first ?? folder, message: "missing (\(kind) table is required)"))
        }
        return nil
      }
      do {
        return TableReader(try CSVTable(contentsOf: path), schema: schema(kind))
      } catch {
        issues.append(contentsOf: error.issues)
        return nil
      }
    }
    let scenario: Scenario
    do {
      scenario = try loadScenario(folder: folder, override: scenarioPath)
    } catch {
      issues.append(contentsOf: error.issues)
      scenario = Scenario()
    }
    var parks = table("parks", required: true).map { LandRows.parks($0, scenario: scenario) }
    var parcels = table("parcels", required: true).map(LandRows.parcels)
    var projects = table("projects", required: true).map(LandRows.projects)
    var standards = table("standards", required: false).map(LandRows.standards)
    var firms = table("enterprises", required: false).map(LandRows.enterprises)
    for part in [parks?.issues, parcels?.issues, projects?.issues, standards?.issues, firms?.issues] {
      issues.append(contentsOf: part ?? [])
    }
    let landCase = LandCase(
      parks: parks?.values ?? [], parcels: parcels?.values ?? [], projects: projects?.values ?? [],
      standards: standards?.values ?? [], enterprises: firms?.values ?? [], scenario: scenario)
    if let parks, let parcels, let projects {
      issues.append(contentsOf: LandRows.crossChecks(landCase, parks: parks, parcels: parcels, projects: projects))
    }
    parks = nil; parcels = nil; projects = nil; standards = nil; firms = nil
    guard issues.isEmpty else { throw DataErrors(issues) }
    return landCase
  }

  static func schema(_ kind: String) -> TableSchema {
    switch kind {
    case "parks": return LandSchemas.parks
    case "parcels": return LandSchemas.parcels
    case "projects": return LandSchemas.projects
    case "standards": return LandSchemas.standards
    default: return LandSchemas.enterprises
    }
  }

  /// Reads `scenario.yaml`/`.yml`/`.json` (YAML is a superset of JSON).
  static func loadScenario(folder: String, override: String?) throws(DataErrors) -> Scenario {
    let candidates = override.map { [$0] }
      ?? ["scenario.yaml", "scenario.yml", "scenario.json", "情景.yaml"].map { (folder as NSString).appendingPathComponent($0) }
    guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
      if let override { throw DataErrors([DataIssue(file: override, message: "no such file")]) }
      return Scenario()
    }
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw DataErrors([DataIssue(file: path, message: "cannot be read as UTF-8 text")])
    }
    do {
      let scenario = try YAMLDecoder().decode(Scenario.self, from: text)
      try validate(scenario, path: path)
      return scenario
    } catch let error as DataErrors {
      throw error
    } catch let error as DecodingError {
      throw DataErrors([DataIssue(file: path, message: describe(error))])
    } catch {
      throw DataErrors([DataIssue(file: path, message: "is not valid YAML or JSON: \(error)")])
    }
  }

  private static func validate(_ s: Scenario, path: String) throws(DataErrors) {
    var issues: [DataIssue] = []
    let w = s.objective
    for (key, value) in [("objective.tax", w.tax), ("objective.revenue", w.revenue),
                         ("objective.value_added", w.valueAdded), ("objective.jobs", w.jobs),
                         ("objective.land_cost", w.landCost)] where !value.isFinite {
      issues.append(DataIssue(file: path, column: key, message: "must be a finite number"))
    }
    if !(0...1).contains(s.minLeadingShare) {
      issues.append(DataIssue(file: path, column: "min_leading_share", message: "must be between 0 and 1"))
    }
    if !(s.stockLinkRatio.isFinite && s.stockLinkRatio >= 0) {
      issues.append(DataIssue(file: path, column: "stock_link_ratio", message: "must be ≥ 0"))
    }
    if !(s.timeLimitSeconds.isFinite && s.timeLimitSeconds > 0) {
      issues.append(DataIssue(file: path, column: "time_limit_s", message: "must be a positive number of seconds"))
    }
    if !(s.mipGap.isFinite && s.mipGap >= 0) {
      issues.append(DataIssue(file: path, column: "mip_gap", message: "must be ≥ 0"))
    }
    if !(s.explainTimeLimitSeconds.isFinite && s.explainTimeLimitSeconds > 0) {
      issues.append(DataIssue(file: path, column: "explain_time_limit_s", message: "must be a positive number of seconds"))
    }
    if let n = s.nodeLimit, n < 1 {
      issues.append(DataIssue(file: path, column: "node_limit", message: "must be an integer ≥ 1"))
    }
    if s.explainNodeLimit < 1 {
      issues.append(DataIssue(file: path, column: "explain_node_limit", message: "must be an integer ≥ 1"))
    }
    if let n = s.explainMaxReSolves, n < 0 {
      issues.append(DataIssue(file: path, column: "explain_max_resolves", message: "must be an integer ≥ 0"))
    }
    if let threads = s.explainThreads, threads < 1 {
      issues.append(DataIssue(file: path, column: "explain_threads", message: "must be at least 1"))
    }
    if !issues.isEmpty { throw DataErrors(issues) }
  }

  private static func describe(_ error: DecodingError) -> String {
    switch error {
    case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
      let key = c.codingPath.map(\.stringValue).joined(separator: ".")
      return key.isEmpty ? c.debugDescription : "'\(key)': \(c.debugDescription)"
    case .keyNotFound(let key, _):
      return "missing key '\(key.stringValue)'"
    @unknown default:
      return "\(error)"
    }
  }
}
