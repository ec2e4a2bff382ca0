import ArgumentParser
import BenefitEvaluation
import Foundation
import ParkOptData

/// `parkopt evaluate`: per-mu benefit evaluation (亩均效益评价).
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Score firms per mu (亩均论英雄), grade A/B/C/D, derive thresholds, list low-efficiency land, run DEA.",
    discussion: """
      Writes scores.csv, classes.csv, standards.csv (for parkopt assign), low_efficiency.csv, \
      parcels.csv (low-efficiency land as stock parcels for parkopt assign), dea.csv (with --dea), \
      summary.json and report.html into the output folder.
      """)

  @Argument(help: "The firm table (firms.csv / 企业.csv).")
  var firms: String

  @Option(help: "Scenario file (YAML or JSON): weights, benchmarks, groups, classes, low-efficiency rules.")
  var scenario: String?

  @Option(name: .shortAndLong, help: "Folder for the result files (default: evaluate-results next to the firm table).")
  var output: String?

  @Option(help: "Column names of the result tables and text of report.html: en or zh.")
  var language: LanguageChoice = .en

  @Option(help: "What to print: text (a summary) or json (summary.json).")
  var format: SummaryFormat = .text

  @Option(help: "DEA units: none, parks (firms summed per park) or firms.")
  var dea: DEAUnitChoice = .none

  @Option(help: "DEA returns to scale: ccr (constant, default) or bcc (variable); needs --dea.")
  var deaModel: DEAProblem.ReturnsToScale?

  @Option(help: "DEA orientation: input (default) or output; needs --dea.")
  var deaOrientation: DEAProblem.Orientation?

  @Option(help: """
    DEA inputs, comma-separated, from \(DEAUnits.inputFigures.joined(separator: ", ")) \
    (default: \(EvaluateCommand.defaultDEAInputs)); needs --dea.
    """)
  var deaInputs: String?

  @Option(help: """
    DEA outputs, comma-separated, from \(DEAUnits.outputFigures.joined(separator: ", ")) (default: all three); needs --dea.
    """)
  var deaOutputs: String?

  @Flag(help: "Skip DEA super-efficiency (one LP fewer per unit); needs --dea.")
  var noSuperEfficiency = false

  /// The DEA inputs without `--dea-inputs`.
  static let defaultDEAInputs = "land_mu,energy_tce,investment_wan,employees"

  @Flag(help: "Also write results.json (every firm's indicators, points and class, DEA results).")
  var writeJSON = false

  @Option(help: "Park indicator table (park, class and the tree's columns) to evaluate parks.")
  var parkIndicators: String?

  @Option(help: "Park evaluation tree (YAML or JSON; needs --park-indicators); default: six first-level indicators.")
  var parkTree: String?

  /// Every file name evaluate may write (for the result folder's safety check).
  static let resultFiles: Set<String> = [
    "scores.csv", "classes.csv", "standards.csv", "low_efficiency.csv", "parcels.csv", "dea.csv", "parks.csv",
    "summary.json", "results.json", "report.html",
  ]

  /// A park tree scores the park table, the DEA options shape DEA: alone they would be ignored.
  func validate() throws {
    if parkTree != nil && parkIndicators == nil {
      throw ValidationError("--park-tree needs --park-indicators (the park table the tree scores)")
    }
    if dea == .none {
      let given = [
        ("--dea-model", deaModel != nil), ("--dea-orientation", deaOrientation != nil), ("--dea-inputs", deaInputs != nil),
        ("--dea-outputs", deaOutputs != nil), ("--no-super-efficiency", noSuperEfficiency),
      ].filter(\.1).map(\.0)
      if !given.isEmpty {
        throw ValidationError("\(given.joined(separator: ", ")) need\(given.count == 1 ? "s" : "") --dea parks or --dea firms")
      }
    }
  }

  func run() throws {
    let folder = output ?? ((firms as NSString).deletingLastPathComponent as NSString).appendingPathComponent("evaluate-results")
    var results = try ResultRun(folder, resultFiles: Self.resultFiles)
    defer { results.finish() }
    let firmList: [Firm]
    let scenarioValue: EvaluationScenario
    do {
      scenarioValue = try FirmLoader.loadScenario(path: scenario)
      // Every firm whose group has no weights is named with its row, with the table's other issues.
      firmList = try FirmLoader.loadFirms(path: firms, groups: KnownGroups(scenarioValue, file: scenario))
    } catch {
      throw CommandFailure(error.description, code: .badInput)
    }
    let language: BenefitTables.Language = self.language == .en ? .en : .zh
    let scores: [FirmScore]
    do {
      scores = try FirmScorer.score(firmList, scenario: scenarioValue)
    } catch {
      throw CommandFailure("\(firms): \(error.description)", code: .badInput)
    }
    let thresholds = ProjectThresholds.build(firmList)
    let low = LowEfficiencyLand.find(scores, rule: scenarioValue.lowEfficiency)
    var files: [(String, String)] = [
      ("scores.csv", BenefitTables.scores(scores, surcharge: scenarioValue.surchargeYuanPerKWh, language: language)),
      ("classes.csv", BenefitTables.classSummary(scores, language: language)),
      ("standards.csv", BenefitTables.standards(thresholds, language: language)),
      ("low_efficiency.csv", BenefitTables.lowEfficiency(low, language: language)),
      ("parcels.csv", BenefitTables.parcels(low, landPriceWanPerMu: scenarioValue.lowEfficiency.landPriceWanPerMu, language: language)),
    ]
    var deaResults: [DEAResult]?
    var skipped: [DEASkip]?
    if dea != .none {
      let split = { (text: String) in text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
      do {
        let built = try DEAUnits.problem(
          firmList, byPark: dea == .parks, inputs: split(deaInputs ?? Self.defaultDEAInputs),
          outputs: split(deaOutputs ?? DEAUnits.outputFigures.joined(separator: ",")),
          returnsToScale: deaModel ?? .ccr, orientation: deaOrientation ?? .input)
        let results = try DEASolver(problem: built.problem, superEfficiency: !noSuperEfficiency).solve()
        files.append(("dea.csv", BenefitTables.dea(results, problem: built.problem, language: language)))
        deaResults = results
        skipped = built.skipped
      } catch {
        switch error {
        case .solverFailed: throw CommandFailure(error.description, code: .solverFailure)
        case .missingDEAColumns, .noDEAUnits: throw CommandFailure("\(firms): \(error.description)", code: .badInput)
        default: throw CommandFailure(error.description, code: .badInput)
        }
      }
    }
    var parkScores: [ParkScore]?
    if let parkIndicators {
      do {
        let tree = try ParkTree.load(path: parkTree)
        let rows = try ParkEvaluator.rows(try CSVTable(contentsOf: parkIndicators), tree: tree)
        let evaluated = ParkEvaluator.evaluate(rows, tree: tree)
        parkScores = evaluated
        files.append(("parks.csv", BenefitTables.parks(evaluated, tree: tree, language: language)))
      } catch {
        throw CommandFailure(error.description, code: .badInput)
      }
    }
    let summary = EvaluationSummary(
      scores: scores, scenario: scenarioValue, low: low, thresholds: thresholds, dea: deaResults, deaSkipped: skipped)
    files.append(("summary.json", try summary.json()))
    if writeJSON {
      files.append(("results.json", try EvaluationJSON(summary: summary, scores: scores, low: low, dea: deaResults).json()))
    }
    let report = EvaluationReport(
      summary: summary, scores: scores, low: low, dea: deaResults, parks: parkScores, language: language)
    files.append(("report.html", try report.html()))
    try results.write { staged in
      for (name, text) in files { try staged.save(name, text) }
    }
    _ = try results.commit(
      status: "completed", exit: .success, inputs: [firms, scenario, parkIndicators, parkTree].compactMap { $0 })
    for note in [summary.standardsNoteText(language: language), summary.deaWarningText(language: language)] {
      if let note { FileHandle.standardError.write(Data((note + "\n").utf8)) }
    }
    switch format {
    case .json: try ReportWriter.write(try summary.json(), to: nil)
    case .text:
      let names = (files.map(\.0) + [RunRecord.fileName]).joined(separator: ", ")
      let wrote = language == .zh ? "结果文件 \(names) 已写入 \(folder)\n" : "Wrote \(names) to \(folder)\n"
      try ReportWriter.write(summary.text(language: language) + wrote, to: nil)
    }
  }
}

/// `evaluate --dea` values.
enum DEAUnitChoice: String, ExpressibleByArgument, CaseIterable {
  case none, parks, firms
}

extension DEAProblem.ReturnsToScale: ExpressibleByArgument {}
extension DEAProblem.Orientation: ExpressibleByArgument {}
