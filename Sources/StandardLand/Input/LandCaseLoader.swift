import Foundation
import ParkOptData

/// Reads a land case from a folder of CSV files and an optional scenario.
///
/// Files (English or Chinese names): `parks.csv` (园区.csv), `parcels.csv`
/// (地块.csv), `projects.csv` (项目.csv), optional `standards.csv`
/// (标准.csv), optional `enterprises.csv` (企业.csv), optional
/// `scenario.yaml` / `scenario.yml` / `scenario.json`; optionally more
/// parcels and standards from other files (`parkopt assign --add-parcels`,
/// `--standards`). Every problem in every file is collected and thrown
/// together as ``DataErrors``.
public enum LandCaseLoader {
  static let fileNames: [String: [String]] = [
    "parks": ["parks.csv", "园区.csv"], "parcels": ["parcels.csv", "地块.csv"],
    "projects": ["projects.csv", "项目.csv"], "standards": ["standards.csv", "标准.csv"],
    "enterprises": ["enterprises.csv", "企业.csv"],
  ]
  /// The tables of ``fileNames`` in the order they are read.
  static let tableKinds = ["parks", "parcels", "projects", "standards", "enterprises"]

  /// Loads the case in `folder`; `scenarioPath` overrides the folder's
  /// scenario file, `addParcels` are parcel tables appended to the case's
  /// own, and `standardsPath` is a standards table layered over the case's
  /// (see ``layered(_:over:)``).
  public static func load(
    folder: String, scenarioPath: String? = nil, addParcels: [String] = [], standardsPath: String? = nil
  ) throws(DataErrors) -> LandCase {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw DataErrors([DataIssue(file: folder, message: "is not a folder with parks.csv, parcels.csv and projects.csv")])
    }
    var issues: [DataIssue] = []
    // The file of each table in the folder (its English or Chinese name); a
    // table under both names is an issue, and read under neither.
    var paths: [String: String] = [:], ambiguous: Set<String> = []
    for kind in tableKinds {
      do { paths[kind] = try CaseFile.find(fileNames[kind] ?? [], in: folder) } catch {
        issues.append(contentsOf: error.issues)
        ambiguous.insert(kind)
      }
    }
    func path(_ kind: String) -> String? { paths[kind] }
    func table(_ kind: String, required: Bool) -> TableReader? {
      guard let path = path(kind) else {
        if required && !ambiguous.contains(kind) {
          let name = fileNames[kind]?.first.map { (folder as NSString).appendingPathComponent($0) } ?? folder
          issues.append(DataIssue(file: name, message: "missing (\(kind) table is required)"))
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
    // Tables that do not depend on the scenario: a clean parse of the same
    // bytes is taken from ``ParsedTableCache`` (sweeps in one process).
    func parsed<Value: Sendable>(_ kind: String, required: Bool, _ parse: (TableReader) -> Parsed<Value>) -> Parsed<Value>? {
      guard let path = path(kind), let bytes = FileManager.default.contents(atPath: path) else {
        return table(kind, required: required).map(parse)  // its messages
      }
      if let kept: Parsed<Value> = ParsedTableCache.shared.lookup(kind, bytes: bytes, file: path) { return kept }
      let result: Parsed<Value>
      do throws(DataErrors) {
        result = parse(TableReader(try CSVTable(data: bytes, file: path), schema: schema(kind)))
      } catch {
        issues.append(contentsOf: error.issues)
        return nil
      }
      ParsedTableCache.shared.keep(kind, bytes: bytes, result)
      return result
    }
    let scenario: Scenario
    do {
      scenario = try loadScenario(folder: folder, override: scenarioPath)
    } catch {
      issues.append(contentsOf: error.issues)
      scenario = Scenario()
    }
    let parkRows = table("parks", required: true).map { LandRows.parks($0, scenario: scenario) }
    var parks = parkRows?.parsed
    let parkReferences = parkRows?.references
    var parcels = parsed("parcels", required: true, LandRows.parcels)
    var projects = parsed("projects", required: true, LandRows.projects)
    var standards = parsed("standards", required: false, LandRows.standards)
    var firms = parsed("enterprises", required: false, LandRows.enterprises)
    for part in [parks?.issues, parcels?.issues, projects?.issues, standards?.issues, firms?.issues] {
      issues.append(contentsOf: part ?? [])
    }
    var landCase = LandCase(
      parks: parks?.values ?? [], parcels: parcels?.values ?? [], projects: projects?.values ?? [],
      standards: standards?.values ?? [], enterprises: firms?.values ?? [], scenario: scenario)
    if let parkReferences, let parcels, let projects {
      issues.append(contentsOf: LandRows.crossChecks(landCase, parks: parkReferences, parcels: parcels, projects: projects))
      issues.append(contentsOf: LandRows.parksNamed(standards: standards, firms: firms, parks: parkReferences))
    }
    if !addParcels.isEmpty, let parkReferences, let parcels {
      landCase.parcels += addedParcels(addParcels, to: parcels, parks: parkReferences, issues: &issues)
    }
    if let standardsPath, let extra = extraStandards(standardsPath, issues: &issues) {
      landCase.standards = layered(extra, over: landCase.standards)
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
}
