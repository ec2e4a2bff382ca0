import Foundation
import ParkOptData

extension LandCaseLoader {
  /// The files ``load(folder:scenarioPath:addParcels:standardsPath:)`` reads,
  /// for `run.json`: the first existing name of each table in `folder`, the
  /// scenario (`scenarioPath` when given), and the added parcel and standards
  /// tables (`assign --add-parcels`, `--standards`).
  public static func inputFiles(
    folder: String, scenarioPath: String? = nil, addParcels: [String] = [], standardsPath: String? = nil
  ) -> [String] {
    let tables = tableKinds.compactMap { kind in
      CaseFile.first(fileNames[kind] ?? [], in: folder)
    }
    let scenario = scenarioPath.map { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
      ?? CaseFile.first(scenarioFileNames, in: folder)
    return tables + (scenario.map { [$0] } ?? []) + addParcels + (standardsPath.map { [$0] } ?? [])
  }
}
