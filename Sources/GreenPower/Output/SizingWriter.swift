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
    var files = try ResultFolder(folder)
    let tables = SizingTables(result, language: language)
    try files.save("capacities.csv", CSVText.render(tables.capacities))
    try files.save("costs.csv", CSVText.render(tables.costs))
    try files.save("ratios.csv", CSVText.render(tables.ratios))
    try files.save("dispatch.csv", CSVText.render(tables.dispatch))
    try files.save("result.json", try SizingJSON.text(result, caseName: caseName))
    try files.save("report.html", HTMLReport.page(result, caseName: caseName))
    return files.written
  }
}
