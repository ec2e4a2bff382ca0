import ArgumentParser
import Foundation
import GLPK
import ParkOptData
import Placement
import StandardLand

/// `parkopt assign`: which project goes to which parcel in which park.
struct AssignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign",
    abstract: "Standard-land (标准地) assignment: which project gets which parcel in which park, and why.",
    discussion: """
      Reads parks.csv, parcels.csv, projects.csv, optional standards.csv, enterprises.csv and \
      scenario.yaml from FOLDER (column names in English or Chinese), solves the assignment MIP and \
      writes assignments.csv, parks.csv, unplaced.csv, limit_values.csv, plan.json, report.html and \
      parcels.geojson (when parcels have geometry) to the output folder.
      Example: parkopt assign Examples/kunming --output results/
      """)

  @Argument(help: "The case folder.")
  var folder: String

  @Option(help: "A scenario file (YAML or JSON) instead of FOLDER/scenario.yaml.")
  var scenario: String?

  @Option(help: ArgumentHelp(
    "More parcels, appended to FOLDER's (e.g. evaluate's parcels.csv of low-efficiency stock land); repeatable.",
    valueName: "file"))
  var addParcels: [String] = []

  @Option(help: ArgumentHelp(
    "A standards table layered over FOLDER's standards.csv (e.g. evaluate's standards.csv); it can only make "
      + "them stricter: for each park and industry it names, each threshold it gives becomes the higher minimum "
      + "(lower energy maximum) of its value and FOLDER's.",
    valueName: "file"))
  var standards: String?

  @Option(name: .shortAndLong, help: "Where to write the result files (default: FOLDER/results).")
  var output: String?

  @Option(help: "Column headers of the result files and text of report.html: en or zh.")
  var language: LanguageChoice = .en

  @Option(help: "What to print: text (a summary) or json (the whole plan).")
  var format: SummaryFormat = .text

  @OptionGroup var limits: LimitOptions

  @Option(help: "Also write the assignment MIP itself (.mps, .lp or .glpk), e.g. to compare solvers.")
  var writeModel: String?

  @Option(help: "Also write the case as data for Models/standard_land.mod (for glpsol).")
  var writeMathprogData: String?

  @Flag(help: "Skip the re-solves that explain unplaced projects and value park limits.")
  var noExplain = false

  @OptionGroup var greenPower: GreenPowerOptions

  @Flag(name: .shortAndLong, help: "Report progress on standard error.")
  var verbose = false

  func run() throws {
    let clock = ContinuousClock()
    let started = clock.now
    let destination = output ?? (folder as NSString).appendingPathComponent("results")
    // The relief's table (`green_power.csv`) is known only after sizing; the
    // folder may hold it from an earlier run with green power.
    let greenTable = QuotaRelief(options: []).name + ".csv"
    var results = try ResultRun(destination, resultFiles: PlanWriter.fileNames.union([greenTable]))
    defer { results.finish() }
    var landCase: LandCase
    do {
      landCase = try LandCaseLoader.load(
        folder: folder, scenarioPath: scenario, addParcels: addParcels, standardsPath: standards)
    } catch {
      throw CommandFailure(error.description, code: .badInput)
    }
    if let timeLimit = limits.timeLimit { landCase.scenario.timeLimitSeconds = timeLimit }
    if let mipGap = limits.mipGap { landCase.scenario.mipGap = mipGap }
    if let nodeLimit = limits.nodeLimit { landCase.scenario.nodeLimit = nodeLimit }
    if noExplain {
      landCase.scenario.explainUnplaced = false
      landCase.scenario.valueLimits = false
    }
    var report: (@Sendable (String) -> Void)?
    // -v: plain log lines; else the progress line when standard error is a terminal.
    let line = ProgressLine("parkopt assign", terminal: !verbose && ProgressLine.standardErrorIsTerminal)
    defer { line.finish() }
    if verbose {
      report = { @Sendable (message: String) in
        FileHandle.standardError.write(Data("parkopt: \(message)\n".utf8))
      }
    } else if line.isEnabled {
      report = { @Sendable message in line.show(message) }
    }
    let greenRun = try greenPower.apply(to: &landCase, folder: folder, scenarioPath: scenario, progress: report)
    let green = greenRun?.inputs, sizing = greenRun?.sizing
    if let path = writeModel {
      try ExportFiles.writeModel(StandardLandModel(landCase, pairs: EligibilityChecker(landCase).eligiblePairs()).model, to: path)
    }
    if let path = writeMathprogData {
      try ExportFiles.writeText(MathProgData.text(landCase, pairs: EligibilityChecker(landCase).eligiblePairs()), to: path)
    }
    report?(String(format: "case read in %.3f s", (clock.now - started).inSeconds))
    let plan: AssignmentPlan
    let planner: StandardLandPlanner
    do {
      planner = try StandardLandPlanner(validating: landCase)
    } catch {
      throw CommandFailure(error.description, code: .badInput)
    }
    // With green power, the case without it is planned first (plan only):
    // the comparison needs it, and the plan with green power starts from it
    // (repaired to fit), so that it is never worse than that start.
    var without: AssignmentPlan?
    if sizing != nil {
      var plain = landCase
      plain.relief = nil
      plain.scenario.explainUnplaced = false
      plain.scenario.valueLimits = false
      report?("the same case without green power (plan only)")
      // Its steps are reported too (`-v`), each marked: on a large case
      // it takes as long as the plan with green power.
      let marked = report.map { say in { @Sendable (line: String) in say("without green power: " + line) } }
      without = try Self.plan(StandardLandPlanner(plain), progress: marked)
    }
    plan = try Self.plan(planner, progress: report, startingFrom: without)
    var comparison: GreenComparison?
    if let sizing, let without {
      comparison = GreenComparison(
        with: plan, without: without, chosen: plan.chosenRelief(landCase.relief), unitLPs: sizing.unitLPs,
        cached: sizing.cached, language: language.language)
    }
    if let report {
      let t = plan.statistics
      report(String(
        format: "timings: build %.3f s, solve %.3f s (%d nodes), explain %.3f s", t.buildSeconds, t.solveSeconds,
        t.nodes, t.explainSeconds))
    }
    let writing = clock.now
    defer {
      report?(String(
        format: "results written in %.3f s; %.3f s in all", (clock.now - writing).inSeconds, (clock.now - started).inSeconds))
    }
    let writer = PlanWriter(plan, landCase: landCase, language: language.language)
    let status = ExitStatus(plan)
    try results.write { try writer.write(into: &$0) }
    let t = plan.statistics
    let written = try results.commit(
      status: plan.termination.rawValue, exit: status,
      inputs: LandCaseLoader.inputFiles(
        folder: folder, scenarioPath: scenario, addParcels: addParcels, standardsPath: standards) + (green?.files ?? []),
      timings: ["build": t.buildSeconds, "solve": t.solveSeconds, "explain": t.explainSeconds]
        .merging(sizing.map { ["green_sizing": $0.seconds] } ?? [:]) { a, _ in a })
    line.finish()
    switch format {
    case .json: try ReportWriter.write(try writer.json(), to: nil)
    case .text:
      try ReportWriter.write(
        PlanSummary(plan: plan, landCase: landCase, language: language.language).text(written: written)
          + (comparison?.text() ?? ""), to: nil)
    }
    throw ExitCode(status.rawValue)
  }

  /// `planner`'s plan (``StandardLandPlanner/plan(progress:startingFrom:)``);
  /// a GLPK failure becomes the command's failure.
  private static func plan(
    _ planner: StandardLandPlanner, progress: (@Sendable (String) -> Void)?, startingFrom: AssignmentPlan? = nil
  ) throws -> AssignmentPlan {
    try CommandFailure.onGLPKError { () throws(GLPKError) in
      try planner.plan(progress: progress, startingFrom: startingFrom)
    }
  }
}

extension LanguageChoice {
  /// The result tables' language.
  var language: PlanTables.Language { self == .en ? .en : .zh }
}
