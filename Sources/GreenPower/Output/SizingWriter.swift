import Foundation
import ParkOptData

/// Writes a sizing result's files into a folder: `capacities.csv`,
/// `costs.csv`, `ratios.csv`, `dispatch.csv`, `result.json` and
/// `report.html`. Same input, same bytes.
public struct SizingWriter {
  public let result: SizingResult
  public let caseName: String
  public let language: SizingTables.Language

  public init(_ result: SizingResult, caseName: String, language: SizingTables.Language = .en) {
    self.result = result
    self.caseName = caseName
    self.language = language
  }

  /// Writes every file; returns the paths written.
  public func write(to folder: String) throws -> [String] {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let tables = SizingTables(result, language: language)
    var written: [String] = []
    func save(_ name: String, _ text: String) throws {
      let path = (folder as NSString).appendingPathComponent(name)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      written.append(path)
    }
    try save("capacities.csv", CSVText.render(tables.capacities))
    try save("costs.csv", CSVText.render(tables.costs))
    try save("ratios.csv", CSVText.render(tables.ratios))
    try save("dispatch.csv", CSVText.render(tables.dispatch))
    try save("result.json", try SizingJSON.text(result, caseName: caseName))
    try save("report.html", HTMLReport.page(result, caseName: caseName))
    return written
  }
}
