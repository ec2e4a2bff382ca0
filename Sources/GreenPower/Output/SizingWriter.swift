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

  /// Every file name a sizing writes (for ``ResultFolder``'s safety check).
  public static let fileNames: Set<String> = [
    "capacities.csv", "costs.csv", "ratios.csv", "dispatch.csv", "result.json", "report.html",
  ]

  /// Writes every file into `files` (committed by the caller).
  public func write(into files: inout ResultFolder) throws {
    let tables = SizingTables(result, language: language)
    try files.save("capacities.csv", CSVText.render(tables.capacities))
    try files.save("costs.csv", CSVText.render(tables.costs))
    try files.save("ratios.csv", CSVText.render(tables.ratios))
    try files.save("dispatch.csv", CSVText.render(tables.dispatch))
    try files.save("result.json", try SizingJSON.text(result, caseName: caseName))
    try files.save("report.html", HTMLReport.page(result, caseName: caseName))
  }
}
