import Foundation
import ParkOptData

extension Manifest {
  /// The keys of a manifest's top level.
  static let topKeys = ["runs"]
  /// The keys of one entry of `runs`.
  static let runKeys = ["name", "command", "case", "scenario", "args", "sweep"]
  /// The keys of a `sweep`.
  static let sweepKeys = ["mode", "scenario", "scale"]
  /// Options a run may not set: the batch sets them.
  static let reservedArguments = ["-o", "--output", "--scenario"]

  /// Reads the manifest at `path` (YAML or JSON).
  /// - Throws: ``DataErrors`` with every problem and its key path.
  public init(path: String) throws(DataErrors) {
    let reader = try ScenarioReader(path: path)
    self = Self.read(reader)
    try reader.finish()
    try checkUniqueIDs()
  }

  /// Reads a manifest from `text`; `file` names it in messages.
  public init(text: String, file: String) throws(DataErrors) {
    let reader = try ScenarioReader(text: text, file: file)
    self = Self.read(reader)
    try reader.finish()
    try checkUniqueIDs()
  }

  private static func read(_ reader: ScenarioReader) -> Manifest {
    let top = reader.root(keys: topKeys)
    guard let items = top.list("runs") else {
      if !top.contains("runs") { top.report(nil, "has no `runs`: list the runs, e.g. `runs: [{command: assign, case: kunming}]`") }
      return Manifest(file: reader.file, groups: [])
    }
    if items.isEmpty { top.report("runs", "is empty; list at least one run") }
    return Manifest(file: reader.file, groups: items.compactMap { readGroup($0) })
  }

  private static func readGroup(_ item: ScenarioValue) -> RunGroup? {
    guard let run = item.mapping(keys: runKeys) else { return nil }
    var ok = true
    let command = run.choice("command", commands)
    if !run.contains("command") { run.report(nil, "has no `command` (one of \(commands.joined(separator: ", ")))") }
    let casePath = run.string("case")
    if !run.contains("case") { run.report(nil, "has no `case` (a case folder; for evaluate, the firm table)") }
    var name = command ?? ""
    if run.contains("name") {
      if let given = run.string("name") {
        if given.isEmpty || !given.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }) {
          run.report("name", "must be letters, digits, `_`, `-` or `.` (it starts every run id); found `\(given)`")
          ok = false
        }
        name = given
      } else { ok = false }
    }
    var scenario: String?
    if run.contains("scenario") {
      scenario = run.string("scenario")
      if scenario == nil { ok = false }
    }
    var arguments: [String] = []
    if run.contains("args") {
      if let given = run.strings("args") {
        arguments = given
        for (i, argument) in given.enumerated() {
          let option = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
          if reservedArguments.contains(option) {
            run.value("args")?.list()?[i].report("sets \(option), which the batch sets for every run; remove it")
            ok = false
          }
        }
      } else { ok = false }
    }
    var sweep = Sweep()
    if let mapping = run.mapping("sweep", keys: sweepKeys) {
      guard let read = readSweep(mapping) else { return nil }
      sweep = read
    } else if run.contains("sweep") { ok = false }
    guard ok, let command, let casePath else { return nil }
    return RunGroup(name: name, command: command, casePath: casePath, scenarioPath: scenario, arguments: arguments, sweep: sweep)
  }

  private static func readSweep(_ sweep: ScenarioMapping) -> Sweep? {
    var ok = true
    var mode = Sweep.Mode.product
    if sweep.contains("mode") {
      if let given = sweep.choice("mode", Sweep.Mode.self) { mode = given } else { ok = false }
    }
    var dimensions: [Sweep.Dimension] = []
    if let keys = sweep.mapping("scenario", keys: nil) {
      for (key, value) in keys.entries {
        guard let values = scalars(value) else { ok = false; continue }
        dimensions.append(Sweep.Dimension(target: .scenario(key: key), values: values))
      }
    } else if sweep.contains("scenario") { ok = false }
    if let files = sweep.mapping("scale", keys: nil) {
      for (file, columns) in files.entries {
        if file.contains("/") || file == "." || file == ".." {
          columns.report("must name a table of the case by its file name (e.g. `parks.csv`), not a path")
          ok = false
          continue
        }
        guard let columns = columns.mapping(keys: nil) else { ok = false; continue }
        for (column, value) in columns.entries {
          guard let factors = value.numbers(.above(0, atMost: 1000)) else { ok = false; continue }
          if factors.isEmpty { value.report("is empty; list at least one factor") ; ok = false; continue }
          let texts = factors.map(NumberRange.format)
          dimensions.append(Sweep.Dimension(target: .scale(file: file, column: column), values: texts))
        }
      }
    } else if sweep.contains("scale") { ok = false }
    if mode == .zip, let first = dimensions.first,
      let other = dimensions.first(where: { $0.values.count != first.values.count })
    {
      sweep.report(
        "mode",
        "zip pairs the n-th values of every list, so the lists must be as long: \(first.target.label) has "
          + "\(first.values.count), \(other.target.label) has \(other.values.count)")
      ok = false
    }
    return ok ? Sweep(mode: mode, dimensions: dimensions) : nil
  }

  /// A non-empty list of scalars (numbers, text, true/false), as written,
  /// but yes/on and no/off (any case, quoted or not) as `true` and `false`:
  /// every command reads them so, and one value must give one run id.
  private static func scalars(_ value: ScenarioValue) -> [String]? {
    guard let items = value.list() else { return nil }
    if items.isEmpty {
      value.report("is empty; list at least one value")
      return nil
    }
    let texts = items.compactMap { $0.string() }.map(canonicalTruth)
    return texts.count == items.count ? texts : nil
  }

  /// `true` for true/yes/on and `false` for false/no/off (any case); other
  /// texts unchanged.
  static func canonicalTruth(_ text: String) -> String {
    switch text.lowercased() {
    case "true", "yes", "on": return "true"
    case "false", "no", "off": return "false"
    default: return text
    }
  }

  /// Two runs with the same id (the same group twice) are an error.
  func checkUniqueIDs() throws(DataErrors) {
    var seen: [String: String] = [:]
    var issues: [DataIssue] = []
    for run in runs where seen.updateValue(run.id, forKey: run.id) != nil {
      issues.append(DataIssue(
        file: file, key: "runs",
        message: "two runs have the id \(run.id) (same command, case, scenario, args and values); give the groups different names or values"))
    }
    if !issues.isEmpty { throw DataErrors(issues) }
  }
}
