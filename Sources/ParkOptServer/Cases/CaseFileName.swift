import Foundation

/// The file names a case may hold: an uploaded name is matched against this
/// list and never used as a path itself (no traversal, no other files).
public enum CaseFileName {
  /// Every table and scenario name that a command reads from a case folder.
  public static let known: [String] = [
    // assign, rank (LandCaseLoader) and the green-power inputs of assign
    "parks.csv", "园区.csv", "parcels.csv", "地块.csv", "projects.csv", "项目.csv",
    "standards.csv", "标准.csv", "enterprises.csv", "企业.csv", "green_parks.csv",
    // evaluate
    "firms.csv", "park_indicators.csv",
    // size (GreenPowerSchemas)
    "load.csv", "负荷.csv", "resource.csv", "capacity_factors.csv", "资源.csv", "出力系数.csv",
    // scenarios and weights
    "scenario.yaml", "scenario.yml", "scenario.json", "情景.yaml", "scenario-green.yaml",
    "evaluate.yaml", "rank-weights.yaml",
  ]

  /// The folder of the projects' load shapes (`load_shapes/NAME.csv`).
  public static let loadShapeFolder = "load_shapes"

  /// The relative path a name stands for in a case folder, or nil when it is
  /// no known name. `load_shapes/NAME.csv` is accepted for NAME of 1–64
  /// ASCII letters, digits, `_` or `-`. The path returned is built from the
  /// list, not from the name given.
  public static func relativePath(for name: String) -> String? {
    let nfc = name.precomposedStringWithCanonicalMapping
    if let index = known.firstIndex(of: nfc) { return known[index] }
    let parts = nfc.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0] == Substring(loadShapeFolder), parts[1].hasSuffix(".csv") else { return nil }
    let stem = parts[1].dropLast(4)
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
    guard (1...64).contains(stem.count), stem.allSatisfy({ allowed.contains($0) }) else { return nil }
    return loadShapeFolder + "/" + String(stem) + ".csv"
  }

  /// Whether a known name is a scenario or weights file (YAML or JSON).
  public static func isScenario(_ name: String) -> Bool {
    known.contains(name) && (name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".json"))
  }

  /// The message for a name that is not accepted.
  public static func rejection(_ name: String) -> String {
    "\"\(name)\" is not a file of a ParkOpt case (accepted: \(known.joined(separator: ", ")), \(loadShapeFolder)/NAME.csv)"
  }
}
