import BatchRuns
import BenefitEvaluation
import Foundation
import GreenPower
import ParkOptData
import Ranking
import StandardLand

/// The run's own copy of its case when the form sets scenario values
/// (`RUN/case/`): batch's ``PreparedCase`` (the case's files linked, the
/// scenario with the keys set, the tables with scaled columns) plus `rank`'s
/// weights file with the weights set. Every value is checked before the run
/// is queued, by the readers the command itself uses, so a value out of
/// range is refused with the CLI's own text (file and key).
struct RunPreparation {
  /// The prepared folder's content; nil when the form sets no value (the
  /// run reads the case itself).
  let prepared: PreparedCase?

  /// The name of `rank`'s weights file in a case and in the prepared folder.
  static let weightsName = "rank-weights.yaml"

  /// Prepares (in memory) and checks the values of `options` for the case in `folder`.
  /// - Throws: ``ServerError`` with the readers' messages.
  init(_ options: RunOptions, caseFolder folder: URL) throws {
    let values = options.formValues
    guard !values.isEmpty else {
      prepared = nil
      return
    }
    do {
      prepared = try Self.prepare(options, values, folder)
    } catch let errors as DataErrors {
      throw ServerError(errors.description)
    }
  }

  private static func prepare(_ options: RunOptions, _ values: [(FormValue, String)], _ folder: URL) throws -> PreparedCase {
    let path = { (name: String) in folder.appendingPathComponent(name).path }
    let exists = { (name: String) in FileManager.default.fileExists(atPath: path(name)) }
    // The scenario the values edit: the one chosen, else the one the command reads.
    let defaults: [String] =
      switch options.command {
      case "evaluate": ["evaluate.yaml"]
      case "size": GreenPowerSchemas.fileNames["scenario"] ?? []
      default: LandCaseLoader.scenarioFileNames
      }
    let scenarioName = options.scenario.isEmpty ? defaults.first(where: exists) : options.scenario
    let casePath = options.command == "evaluate" ? path("firms.csv") : folder.path
    let group = RunGroup(name: "serve", command: options.command, casePath: casePath, scenarioPath: scenarioName.map(path))
    var sweep: [(target: Sweep.Target, value: String)] = []
    var weights: [(key: String, value: String)] = []
    for (value, text) in values {
      switch value.target {
      case .scenario(let key): sweep.append((.scenario(key: key), text))
      case .weights(let key): weights.append((key, text))
      case .scale(let file, let column):
        sweep.append((.scale(file: file, column: column), try checkedFactor(text, file: file, column: column)))
      }
    }
    var prepared = try PreparedCase(PlannedRun(index: 0, group: group, values: sweep), base: folder.path)
    let shown = (scenarioName ?? PreparedCase.scenarioName) + " with the form's values"
    if let edited = prepared.generated[PreparedCase.scenarioName] {
      let text = String(decoding: edited, as: UTF8.self)
      do {
        try check(options.command, text, file: shown)
      } catch {
        // The lines named are those of the merged file, which no run keeps: show it.
        throw ServerError("\(error.description)\n\n\(shown):\n\(text)")
      }
    }
    if !weights.isEmpty {
      let base = exists(weightsName) ? try ScenarioReader.text(at: path(weightsName)) : nil
      let text = try ScenarioEdit.edited(base, file: weightsName, settings: weights)
      _ = try RankWeights.read(text: text, file: weightsName + " with the form's values")
      prepared.generated[weightsName] = Data(text.utf8)
      prepared.linked[weightsName] = nil
    }
    return prepared
  }

  /// A scale factor, read as batch reads one (a number > 0 and ≤ 1000).
  private static func checkedFactor(_ text: String, file: String, column: String) throws(DataErrors) -> String {
    let yaml = try ScenarioEdit.edited(nil, file: file, settings: [(column, text)])
    let reader = try ScenarioReader(text: yaml, file: "\(file) (the form's factor on a column)")
    let factor = reader.root(keys: [column]).number(column, .above(0, atMost: 1000))
    try reader.finish()
    return factor.map(NumberRange.format) ?? text
  }

  /// Reads the edited scenario as `command` reads it (the CLI's reader and ranges).
  private static func check(_ command: String, _ text: String, file: String) throws(DataErrors) {
    switch command {
    case "size": _ = try ScenarioLoader.parse(text, file: file)
    case "evaluate": _ = try FirmLoader.scenario(text: text, file: file)
    default: _ = try LandCaseLoader.scenario(text: text, file: file)
    }
  }

  /// Writes the prepared folder into the run's folder; its path, or nil
  /// when there is nothing to prepare.
  func write(into runFolder: URL) throws -> URL? {
    guard let prepared else { return nil }
    let folder = runFolder.appendingPathComponent("case", isDirectory: true)
    try prepared.write(to: folder.path)
    return folder
  }
}
