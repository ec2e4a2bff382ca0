import Foundation

extension GreenPowerCaseLoader {
  /// The files ``load(folder:scenarioPath:)`` reads from `folder`, for
  /// `run.json`: the first existing name of the load, resource and scenario
  /// files (`scenarioPath` instead of the folder's scenario when given).
  public static func inputFiles(folder: String, scenarioPath: String? = nil) -> [String] {
    func find(_ kind: String) -> String? {
      (GreenPowerSchemas.fileNames[kind] ?? []).map { (folder as NSString).appendingPathComponent($0) }
        .first { FileManager.default.fileExists(atPath: $0) }
    }
    return [find("load"), find("resource"), scenarioPath ?? find("scenario")].compactMap { $0 }
  }
}
