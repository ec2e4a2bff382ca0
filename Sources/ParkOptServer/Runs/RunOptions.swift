import Foundation

/// What the form asks for: the case, the command and its main options,
/// checked here and turned into `parkopt`'s own command line.
public struct RunOptions: Sendable, Codable, Equatable {
  /// The commands the page can run.
  public static let commands = ["assign", "evaluate", "rank", "size"]

  public var caseKey: String
  public var command: String
  /// `en` or `zh`.
  public var language: String
  /// A scenario file of the case (a name from ``CaseFileName``), or "" for the command's default.
  public var scenario: String
  /// assign: the relative MIP gap to stop at ("" for the scenario's).
  public var mipGap: String
  /// assign: skip the explaining re-solves.
  public var noExplain: Bool
  /// assign, size: the time limit in seconds ("" for none).
  public var timeLimit: String
  /// rank: sites per project.
  public var top: String
  /// size: the first N hours ("" for all).
  public var hours: String
  /// evaluate: DEA units (none, parks, firms).
  public var dea: String
  /// Scenario values set in the form: ``FormValue/name`` → the value as
  /// typed (only non-empty values of the command's ``FormValue``s).
  public var values: [String: String]

  /// Options from the form's fields (missing fields take their defaults;
  /// the language: `defaultLanguage`).
  public init(form: [String: String], defaultLanguage: String = "en") throws {
    caseKey = form["case", default: ""]
    command = form["command", default: "assign"]
    language = form["language", default: defaultLanguage]
    scenario = form["scenario", default: ""]
    mipGap = form["mip_gap", default: ""].trimmingCharacters(in: .whitespaces)
    noExplain = ["on", "true", "1", "yes"].contains(form["no_explain", default: ""])
    timeLimit = form["time_limit", default: ""].trimmingCharacters(in: .whitespaces)
    top = form["top", default: ""].trimmingCharacters(in: .whitespaces)
    hours = form["hours", default: ""].trimmingCharacters(in: .whitespaces)
    dea = form["dea", default: "none"]
    values = [:]
    let allowed = FormValue.values(of: command).map(\.name)
    for (name, value) in form.sorted(by: { $0.key < $1.key }) where FormValue.isValueField(name) {
      let text = value.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { continue }
      guard allowed.contains(name) else {
        throw ServerError(
          "\"\(name)\" is not a value the page can set for \(command) (it sets: "
            + FormValue.values(of: command).map(\.key).joined(separator: ", ") + ")")
      }
      values[name] = text
    }
    try check()
  }

  /// The scenario values set, in form order.
  var formValues: [(FormValue, String)] {
    FormValue.values(of: command).compactMap { v in values[v.name].map { (v, $0) } }
  }

  private enum CodingKeys: String, CodingKey {
    case caseKey, command, language, scenario, mipGap, noExplain, timeLimit, top, hours, dea, values
  }

  /// Decodes a run's options; a run kept by an earlier server has no `values`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    caseKey = try c.decode(String.self, forKey: .caseKey)
    command = try c.decode(String.self, forKey: .command)
    language = try c.decode(String.self, forKey: .language)
    scenario = try c.decode(String.self, forKey: .scenario)
    mipGap = try c.decode(String.self, forKey: .mipGap)
    noExplain = try c.decode(Bool.self, forKey: .noExplain)
    timeLimit = try c.decode(String.self, forKey: .timeLimit)
    top = try c.decode(String.self, forKey: .top)
    hours = try c.decode(String.self, forKey: .hours)
    dea = try c.decode(String.self, forKey: .dea)
    values = try c.decodeIfPresent([String: String].self, forKey: .values) ?? [:]
  }

  /// Refuses values that are not what the field takes (the CLI checks ranges again).
  func check() throws {
    guard Self.commands.contains(command) else { throw ServerError("unknown command \"\(command)\" (one of \(Self.commands.joined(separator: ", ")))") }
    guard ["en", "zh"].contains(language) else { throw ServerError("language must be en or zh, not \"\(language)\"") }
    guard ["none", "parks", "firms"].contains(dea) else { throw ServerError("dea must be none, parks or firms, not \"\(dea)\"") }
    if !scenario.isEmpty, CaseFileName.relativePath(for: scenario) != scenario || !CaseFileName.isScenario(scenario) {
      throw ServerError(CaseFileName.rejection(scenario))
    }
    for (name, value) in [("mip_gap", mipGap), ("time_limit", timeLimit)] where !value.isEmpty {
      guard let number = Double(value), number.isFinite, number >= 0 else { throw ServerError("\(name) must be a number ≥ 0, not \"\(value)\"") }
    }
    for (name, value) in [("top", top), ("hours", hours)] where !value.isEmpty {
      guard let number = Int(value), number > 0 else { throw ServerError("\(name) must be a whole number > 0, not \"\(value)\"") }
    }
  }

  /// `parkopt`'s arguments (after the program name) for a case in `folder`,
  /// writing into `output`; `prepared` is the run's own copy of the case
  /// when the form set scenario values (``RunPreparation``): its
  /// `scenario.yaml` is then the one read.
  public func arguments(caseFolder folder: URL, output: URL, prepared: URL? = nil) throws -> [String] {
    let path = { (name: String) in folder.appendingPathComponent(name).path }
    let inCase = { (name: String) in (prepared ?? folder).appendingPathComponent(name).path }
    let exists = { (file: String) in FileManager.default.fileExists(atPath: file) }
    var args: [String]
    switch command {
    case "evaluate":
      guard exists(path("firms.csv")) else {
        throw ServerError("evaluate needs firms.csv in the case")
      }
      args = ["evaluate", inCase("firms.csv")]
      let scenarioName = scenario.isEmpty ? "evaluate.yaml" : scenario
      if let prepared, exists(prepared.appendingPathComponent("scenario.yaml").path) {
        args += ["--scenario", prepared.appendingPathComponent("scenario.yaml").path]
      } else if exists(path(scenarioName)) {
        args += ["--scenario", path(scenarioName)]
      }
      if exists(path("park_indicators.csv")) {
        args += ["--park-indicators", path("park_indicators.csv")]
      }
      if dea != "none" { args += ["--dea", dea] }
    default:
      args = [command, (prepared ?? folder).path]
      if prepared == nil, !scenario.isEmpty { args += ["--scenario", path(scenario)] }
    }
    args += ["--output", output.path, "--language", language]
    if command == "assign" {
      if !mipGap.isEmpty { args += ["--mip-gap", mipGap] }
      if noExplain { args.append("--no-explain") }
    }
    if ["assign", "size"].contains(command), !timeLimit.isEmpty { args += ["--time-limit", timeLimit] }
    if command == "rank" {
      if !top.isEmpty { args += ["--top", top] }
      if exists(inCase(RunPreparation.weightsName)) { args += ["--weights", inCase(RunPreparation.weightsName)] }
    }
    if command == "size", !hours.isEmpty { args += ["--hours", hours] }
    return args
  }
}
