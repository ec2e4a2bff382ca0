import Foundation
import GreenPower
import ParkOptData
import StandardLand
import Yams

/// What a case's own files say for the form's scenario values (the
/// fields' placeholders: an empty field keeps this value).
enum CaseValues {
  /// ``FormValue/name`` → the value as written in the file each command
  /// reads by default (`scenario.yaml` …, `evaluate.yaml`,
  /// `rank-weights.yaml`); keys a file does not set are left out.
  static func values(in folder: URL) -> [String: String] {
    var values: [String: String] = [:]
    var roots: [String: Node?] = [:]
    for value in FormValue.all {
      let key: String
      let names: [String]
      switch value.target {
      case .scale: continue
      case .weights(let k): (key, names) = (k, [RunPreparation.weightsName])
      case .scenario(let k):
        key = k
        names = value.commands.contains("evaluate") ? ["evaluate.yaml"]
          : value.commands.contains("size") ? GreenPowerSchemas.fileNames["scenario"] ?? [] : LandCaseLoader.scenarioFileNames
      }
      guard let name = names.first(where: { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) })
      else { continue }
      if roots[name] == nil { roots[name] = .some(parsed(folder.appendingPathComponent(name))) }
      var node = roots[name] ?? nil
      for part in key.split(separator: ".") { node = node?[String(part)] }
      if let text = node?.scalar?.string, !text.isEmpty { values[value.name] = text }
    }
    return values
  }

  /// The file's YAML, or nil when it cannot be read (the run will say why).
  private static func parsed(_ file: URL) -> Node? {
    guard let data = try? Data(contentsOf: file), data.count < 1_000_000 else { return nil }
    return try? ScenarioReader.compose(String(decoding: data, as: UTF8.self), file: file.path)
  }
}
