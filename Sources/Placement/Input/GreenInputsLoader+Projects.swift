import Foundation
import ParkOptData
import StandardLand

extension GreenInputsLoader {
  /// The green columns of projects.csv, by project id, in the land case's order.
  static func readProjects(
    _ table: CSVTable, folder: String, landCase: LandCase, settings: GreenSettings, issues: inout [DataIssue],
    files: inout [String]
  ) -> [GreenProject] {
    var r = TableReader(table, schema: GreenSchemas.projects)
    var shapes: [String: LoadShape] = LoadShape.builtIn
    var byID: [String: GreenProject] = [:]
    let energy = Dictionary(landCase.projects.map { ($0.id, $0.energyTce) }, uniquingKeysWith: { a, _ in a })
    for i in 0..<r.rowCount {
      guard let id = r.text(i, "id"), let energyTce = energy[id] else { continue }
      let derived = energyTce * settings.electricityShare / GreenSettings.electricityTcePerMWh
      let mwh = r.number(i, "electricity_mwh", range: GreenSchemas.electricityMWh, required: false, default: derived)
      let policy = r.choice(
        i, "green_power", allowed: "allowed, required, no (允许, 必须, 不需要)", default: GreenProject.Policy.allowed
      ) { Self.policy($0) }
      var shape: LoadShape? = .continuous
      if let name = r.text(i, "load_shape") {
        if let known = shapes[name] {
          shape = known
        } else if let read = namedShape(name, folder: folder, issues: &issues, files: &files) {
          shapes[name] = read
          shape = read
        } else {
          r.report(i, "load_shape", "'\(name)' is not a load shape: continuous, two_shift, one_shift, or a file \(GreenSchemas.loadShapeFolder)/\(name).csv (not found)")
          shape = nil
        }
      }
      guard let mwh, let policy, let shape else { continue }
      byID[id] = GreenProject(projectID: id, electricityMWh: mwh, loadShape: shape, policy: policy)
    }
    issues += r.issues
    return landCase.projects.map { p in
      byID[p.id] ?? GreenProject(
        projectID: p.id, electricityMWh: p.energyTce * settings.electricityShare / GreenSettings.electricityTcePerMWh)
    }
  }

  static func policy(_ raw: String) -> GreenProject.Policy? {
    switch raw.lowercased() {
    case "allowed", "allow", "yes", "允许", "可选": return .allowed
    case "required", "require", "must", "必须": return .required
    case "no", "none", "不需要", "否": return .no
    default: return nil
    }
  }

  /// `load_shapes/<name>.csv`: 24 hourly weights (one day) or a year of 8760; nil when the file is absent.
  static func namedShape(_ name: String, folder: String, issues: inout [DataIssue], files: inout [String]) -> LoadShape? {
    guard !name.contains("/"), !name.contains(".."), let path = CaseFile.first(
      [name + ".csv"], in: (folder as NSString).appendingPathComponent(GreenSchemas.loadShapeFolder))
    else { return nil }
    files.append(path)
    let table: CSVTable
    do { table = try CSVTable(contentsOf: path) } catch {
      issues += error.issues
      return .profile(name: name, weights: [1])
    }
    var r = TableReader(table, schema: GreenSchemas.loadShape)
    var weights: [Double] = []
    for i in 0..<r.rowCount { weights.append(r.number(i, "load", range: GreenSchemas.loadWeight) ?? 0) }
    if r.issues.isEmpty {
      if weights.count != 24 && weights.count != hours {
        r.report("has \(weights.count) hourly rows; 24 (one day, repeated) or \(hours) (a year) are needed")
      } else if weights.reduce(0, +) <= 0 {
        r.report("has no positive weight; a load shape needs some load")
      }
    }
    issues += r.issues
    return .profile(name: name, weights: weights)
  }
}
