import Foundation
import ParkOptData

extension GreenPowerCaseLoader {
  /// The files ``load(folder:scenarioPath:)`` reads from `folder`, for
  /// `run.json`: the first existing name of the load, resource and scenario
  /// files (`scenarioPath` instead of the folder's scenario when given).
  public static func inputFiles(folder: String, scenarioPath: String? = nil) -> [String] {
    func find(_ kind: String) -> String? { CaseFile.first(GreenPowerSchemas.fileNames[kind] ?? [], in: folder) }
    return [find("load"), find("resource"), scenarioPath ?? find("scenario")].compactMap { $0 }
  }
}
