import ArgumentParser
import Foundation
import ParkOptData
import Ranking
import StandardLand

/// `parkopt rank`: every park (and its best parcel) ranked for each project
/// on its own — the screening step before `assign`.
struct RankCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rank",
    abstract: "Rank candidate sites (park and best parcel) for every project, each on its own.",
    discussion: """
      Reads the same case folder as assign and writes ranking.csv, top.csv, parks_demand.csv, \
      ranking.json and report.html to the output folder. Ranking ignores competition between projects: use assign \
      for the joint plan.
      Example: parkopt rank Examples/kunming --top 3
      """)

  @Argument(help: "The case folder (as for assign).")
  var folder: String

  @Option(help: "A scenario file (YAML or JSON) instead of FOLDER/scenario.yaml.")
  var scenario: String?

  @Option(name: .customLong("top"), parsing: .unconditional, help: "How many sites per project top.csv keeps (1–1000).")
  var topK = 3

  @Option(help: ArgumentHelp("A weights file (YAML or JSON); see the README for the keys.", valueName: "file"))
  var weights: String?

  @Option(help: ArgumentHelp("Rank only these projects (comma-separated ids).", valueName: "ids"))
  var projects: String?

  @Option(name: .shortAndLong, help: "Where to write the result files (default: FOLDER/rank-results).")
  var output: String?

  @Option(help: "Which files to write: all, or first (first_sites.csv and parks_demand.csv: what batch merge reads; no report.html).")
  var outputs: RankOutputs = .all

  @Option(help: "Column headers of the result files and text of report.html: en or zh.")
  var language: LanguageChoice = .en

  @OptionGroup var greenPower: GreenPowerOptions

  @Option(parsing: .unconditional, help: "Threads (default: one per processor this process may use).")
  var threads: Int?

  @Flag(name: .shortAndLong, help: "Report timings on standard error.")
  var verbose = false

  /// Every file `rank` writes.
  static let fileNames: Set<String> = [
    "ranking.csv", "top.csv", "parks_demand.csv", "ranking.json", "report.html", "first_sites.csv",
  ]

  func validate() throws {
    guard (1...1000).contains(topK) else { throw ValidationError("--top must be between 1 and 1000, not \(topK)") }
    if let threads, !(1...256).contains(threads) {
      throw ValidationError("--threads must be between 1 and 256, not \(threads)")
    }
  }

  func run() throws {
    let clock = ContinuousClock()
    let started = clock.now
    let destination = output ?? (folder as NSString).appendingPathComponent("rank-results")
    var results = try ResultRun(destination, resultFiles: Self.fileNames)
    defer { results.finish() }
    var landCase: LandCase
    let rankWeights: RankWeights
    do {
      landCase = try LandCaseLoader.load(folder: folder, scenarioPath: scenario)
      rankWeights = try weights.map { path throws(DataErrors) in try RankWeights.read(path: path) } ?? RankWeights()
    } catch {
      throw CommandFailure(error.description, code: .badInput)
    }
    let chosen = try projectIndices(landCase)
    // Green-power inputs, when the folder has them: the premium and the
    // quota share after relief (the same options assign offers).
    let progress: (@Sendable (String) -> Void)? = verbose
      ? { @Sendable message in FileHandle.standardError.write(Data("parkopt: \(message)\n".utf8)) } : nil
    let green = try greenPower.apply(to: &landCase, folder: folder, scenarioPath: scenario, progress: progress)
    let loaded = clock.now
    let threadCount = threads ?? AvailableProcessors.count
    // `--outputs first` writes nothing about ineligible sites and no margins
    // but the first site's: skip them.
    let ranking = Ranking(
      landCase, weights: rankWeights, topK: topK, projects: chosen, threads: threadCount,
      detail: outputs == .first ? .firstMargins : .all)
    let ranked = clock.now
    let tables = RankingTables(ranking, language: language.language)
    var reportSeconds = 0.0
    try results.write { folder in
      if outputs == .first {
        try folder.save("first_sites.csv", RankOutputs.firstSites(tables))
        try folder.save("parks_demand.csv", CSVText.render(tables.parksDemand))
        return
      }
      try folder.save("ranking.csv", RankingText.ranking(tables, threads: threadCount))
      try folder.save("top.csv", CSVText.render(tables.top))
      try folder.save("parks_demand.csv", CSVText.render(tables.parksDemand))
      try folder.save("ranking.json", try RankingJSON.text(ranking))
      let pageStart = clock.now
      try folder.save("report.html", try RankReport(ranking, language: language.language).html())
      reportSeconds = (clock.now - pageStart).inSeconds
    }
    let writtenAt = clock.now
    let written = try results.commit(
      status: "ranked", exit: .success,
      inputs: LandCaseLoader.inputFiles(folder: folder, scenarioPath: scenario) + (weights.map { [$0] } ?? [])
        + (green?.inputs.files ?? []),
      timings: [
        "read": (loaded - started).inSeconds, "rank": (ranked - loaded).inSeconds,
        "write": (writtenAt - ranked).inSeconds,
      ].merging(green.map { ["green_sizing": $0.sizing.seconds] } ?? [:]) { a, _ in a })
    if verbose {
      FileHandle.standardError.write(Data(String(
        format: "parkopt: read %.3f s, rank %.3f s (%d threads), write %.3f s (report.html %.3f s)\n",
        (loaded - started).inSeconds, (ranked - loaded).inSeconds, threadCount, (writtenAt - ranked).inSeconds,
        reportSeconds).utf8))
    }
    try ReportWriter.write(RankSummary(ranking: ranking, language: language.language).text(written: written), to: nil)
  }

  /// The indices of `--projects`, in case order; nil: every project.
  private func projectIndices(_ landCase: LandCase) throws -> [Int]? {
    guard let projects else { return nil }
    let ids = projects.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    let known = Set(landCase.projects.map(\.id))
    let unknown = ids.filter { !known.contains($0) }
    guard unknown.isEmpty, !ids.isEmpty else {
      throw CommandFailure(
        ids.isEmpty ? "--projects: no project ids given"
          : "--projects: no project '\(unknown.joined(separator: "', '"))' in \(folder)", code: .badInput)
    }
    let wanted = Set(ids)
    return landCase.projects.indices.filter { wanted.contains(landCase.projects[$0].id) }
  }
}
