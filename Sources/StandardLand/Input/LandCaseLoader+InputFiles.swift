import Foundation

extension LandCaseLoader {
  /// The files ``load(folder:scenarioPath:addParcels:standardsPath:)`` reads,
  /// for `run.json`: the first existing name of each table in `folder`, the
  /// scenario (`scenarioPath` when given), and the added parcel and standards
  /// tables (`assign --add-parcels`, `--standards`).
  public static func inputFiles(
    folder: String, scenarioPath: String? = nil, addParcels: [String] = [], standardsPath: String? = nil
  ) -> [String] {
    let tables = ["parks", "parcels", "projects", "standards", "enterprises"].compactMap { kind in
      (fileNames[kind] ?? []).map { (folder as NSString).appendingPathComponent($0) }
        .first { FileManager.default.fileExists(atPath: $0) }
    }
    let scenario = scenarioPath.map { [$0] }
      ?? scenarioFileNames.map { (folder as NSString).appendingPathComponent($0) }
    return tables + scenario.filter { FileManager.default.fileExists(atPath: $0) }.prefix(1)
      + addParcels + (standardsPath.map { [$0] } ?? [])
  }
}
