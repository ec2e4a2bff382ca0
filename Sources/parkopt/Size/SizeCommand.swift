import ArgumentParser
import Foundation
import GLPK
import GreenPower
import ParkOptData

/// `parkopt size`: green-power direct supply sizing (绿电直连, 以荷定源).
struct SizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "size",
    abstract: "Green-power direct supply (绿电直连) sizing: PV, wind and storage for an hourly load under the 650号 ratios.",
    discussion: """
      Reads load.csv (负荷.csv), optional resource.csv (资源.csv; synthetic, labelled profiles otherwise) and \
      optional scenario.yaml from FOLDER, solves the sizing LP and writes capacities.csv, costs.csv, ratios.csv, \
      dispatch.csv, result.json and report.html to the output folder.
      Example: parkopt size Examples/kunming-greenpower --hours 720 --output /tmp/gp
      """)

  @Argument(help: "The case folder.")
  var folder: String

  @Option(help: "A scenario file (YAML or JSON) instead of FOLDER/scenario.yaml.")
  var scenario: String?

  @Option(name: .shortAndLong, help: "Where to write the result files (default: FOLDER/results).")
  var output: String?

  @Option(help: "What to print: text (a summary) or json (the whole result).")
  var format: SummaryFormat = .text

  @Option(help: "Column headers of the CSV files: en or zh.")
  var language: LanguageChoice = .en

  @Option(help: "How to solve: interior (default: GLPK interior point on the sparse form, seconds on a full year; falls back to staged), plain (GLPK primal simplex on the full LP, the reference), dual, or staged (sampled days → fixed-capacity dispatch → full LP warm-started). All give the same optimum.")
  var method: SizeMethod = .interior

  // `.unconditional`: the next argument is the value even when it starts
  // with a dash, so `--hours -24` is refused as a number, not as a missing value.
  @Option(parsing: .unconditional, help: "Use only the first N hours (a multiple of 24), e.g. 168 for a week.")
  var hours: Int?

  @Option(parsing: .unconditional, help: "Stop each simplex solve after this many seconds (the interior point has no limit; its fallback does).")
  var timeLimit: Double?

  @Option(help: "Also write the LP itself (.mps, .fixedmps, .lp or .glpk), e.g. to compare solvers. This is the plain form (the one --method plain, dual and staged solve), not the sparse form the default interior method solves; both have the same optimum.")
  var writeModel: String?

  @Option(help: "Also write the case as data for Models/green_power.mod (for glpsol).")
  var writeMathprogData: String?

  @Flag(name: .shortAndLong, help: "Report progress and timings on standard error.")
  var verbose = false

  func validate() throws {
    if let h = hours, let message = Self.hoursProblem(h) { throw ValidationError(message) }
    if let t = timeLimit, !(t.isFinite && t > 0) {
      throw ValidationError("--time-limit must be a positive number of seconds, got \(t)")
    }
  }

  func run() throws {
    let destination = output ?? (folder as NSString).appendingPathComponent("results")
    var results = try ResultRun(destination, resultFiles: SizingWriter.fileNames)
    defer { results.finish() }
    var greenCase: GreenPowerCase
    do {
      greenCase = try GreenPowerCaseLoader.load(folder: folder, scenarioPath: scenario)
    } catch {
      throw CommandFailure(error.description, code: .badInput)
    }
    if let h = hours {
      guard h <= greenCase.hours else {
        throw CommandFailure("--hours \(h) is more than the \(greenCase.hours) hours in the case")
      }
      greenCase = greenCase.prefix(hours: h)
    }
    try writeExports(greenCase)
    let say: (String) -> Void = { message in
      if verbose { FileHandle.standardError.write(Data("parkopt: \(message)\n".utf8)) }
    }
    say("\(greenCase.hours) hours, load \(String(format: "%.1f", greenCase.loadMW.reduce(0, +) / Double(max(1, greenCase.hours)))) MW average\(greenCase.resourceIsSynthetic ? ", SYNTHETIC resource" : "")")
    var sizer = GreenPowerSizer(greenCase)
    sizer.method = method.sizerMethod
    sizer.timeLimitSeconds = timeLimit
    // The interior point's two scalings at once where two cores are free
    // (the same result as one after the other).
    sizer.interiorThreads = min(2, AvailableProcessors.count)
    if verbose { sizer.log = { @Sendable line in FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8)) } }
    // Without -v, on a terminal: the progress line shows GLPK's latest log line (ETA unknown).
    let line = ProgressLine("parkopt size", terminal: !verbose && ProgressLine.standardErrorIsTerminal)
    defer { line.finish() }
    if line.isEnabled {
      let step = "solving (\(greenCase.hours) h, \(method.rawValue))"
      line.update(step)
      sizer.log = { @Sendable log in line.update(step + ": " + log.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
    let result = try CommandFailure.onGLPKError { () throws(GLPKError) in try sizer.size() }
    // GLPK does not count interior-point iterations (its log shows them).
    let iterations = result.iterations > 0 ? ", \(result.iterations) simplex iterations" : ""
    say(String(format: "build %.3f s, solve %.3f s", result.buildSeconds, result.solveSeconds) + iterations)
    if let stages = result.stageTimings { say("stages: " + stages) }
    line.update("writing results")
    let name = greenCase.scenario.name
    let status = ExitStatus(result.termination, hasFeasiblePoint: result.objectiveWan != nil)
    var written: [String] = []
    if result.objectiveWan != nil {
      let writer = SizingWriter(result, caseName: name, language: language == .en ? .en : .zh)
      try results.write { try writer.write(into: &$0) }
      written = try results.commit(
        status: result.termination.rawValue, exit: status,
        inputs: GreenPowerCaseLoader.inputFiles(folder: folder, scenarioPath: scenario),
        timings: ["build": result.buildSeconds, "solve": result.solveSeconds])
    }
    line.finish()
    switch format {
    case .json: try ReportWriter.write(try SizingJSON.text(result, caseName: name), to: nil)
    case .text: try ReportWriter.write(SizeSummary(result: result, caseName: name).text(written: written), to: nil)
    }
    throw ExitCode(status.rawValue)
  }

  /// Why `--hours h` is refused, naming the nearest accepted values (whole
  /// days); nil when it is accepted.
  static func hoursProblem(_ h: Int) -> String? {
    guard h <= 0 || h % 24 != 0 else { return nil }
    func days(_ hours: Int) -> String { "\(hours) (\(hours / 24) day\(hours == 24 ? "" : "s"))" }
    let below = h / 24 * 24, above = below + 24
    let nearby = below > 0 ? "\(days(below)) or \(days(above))" : days(24)
    return "--hours must be a positive multiple of 24 (whole days), got \(h); nearest accepted: \(nearby)"
  }

  private func writeExports(_ greenCase: GreenPowerCase) throws {
    if let path = writeModel { try ExportFiles.writeModel(SizingModel(greenCase).model, to: path) }
    if let path = writeMathprogData {
      try ExportFiles.writeText(GreenPowerMathProgData.text(SizingParameters(greenCase)), to: path)
    }
  }
}

/// `size --method` values.
enum SizeMethod: String, ExpressibleByArgument, CaseIterable {
  case plain, dual, staged, interior
  var sizerMethod: GreenPowerSizer.Method {
    switch self {
    case .plain: return .plain
    case .dual: return .dual
    case .staged: return .staged
    case .interior: return .interior
    }
  }
}
