/// Problems that stop an evaluation after the input was read.
public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A firm's size group has no weights in the scenario.
  case unknownGroup(firm: String, group: String, known: [String])
  /// DEA needs at least one input and one output, each positive for every unit.
  case badDEAData(String)
  /// No firm has a value in these DEA input or output columns (absent or renamed).
  case missingDEAColumns([String])
  /// Every firm (with DEA per park, every park) is left out of DEA: no unit is left.
  case noDEAUnits([DEASkip])
  /// GLPK did not solve a DEA linear programme to optimality.
  case solverFailed(unit: String, reason: String)

  public var description: String {
    switch self {
    case .unknownGroup(let firm, let group, let known):
      "firm \(firm): group '\(group)' has no weights in the scenario (groups: \(known.joined(separator: ", ")))"
    case .badDEAData(let message): "DEA: \(message)"
    case .missingDEAColumns(let names):
      "DEA: no firm has a value in column\(names.count == 1 ? "" : "s") \(names.map { "'\($0)'" }.joined(separator: ", ")) "
        + "(missing or renamed; choose others with --dea-inputs / --dea-outputs)"
    case .noDEAUnits(let skipped):
      "DEA: no unit is left: "
        + [(false, "firm"), (true, "park")].compactMap { isPark, noun in
          let some = skipped.filter { $0.isPark == isPark }
          return some.isEmpty ? nil : Self.leftOut(some, noun)
        }.joined(separator: "; ")
    case .solverFailed(let unit, let reason): "DEA for unit \(unit): \(reason)"
    }
  }

  /// "3 firms left out (2 missing a figure, 1 with a negative figure)".
  private static func leftOut(_ skipped: [DEASkip], _ noun: String) -> String {
    let counts = Dictionary(grouping: skipped.map(\.reason), by: { $0 }).mapValues(\.count)
    let reasons = DEASkip.Reason.allCases.compactMap { r in counts[r].map { "\($0) \(r.text(zh: false))" } }
    return "\(skipped.count) \(noun)\(skipped.count == 1 ? "" : "s") left out (\(reasons.joined(separator: ", ")))"
  }
}
