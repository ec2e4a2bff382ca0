/// Problems that stop an evaluation after the input was read.
public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A firm's size group has no weights in the scenario.
  case unknownGroup(firm: String, group: String, known: [String])
  /// DEA needs at least one input and one output, each positive for every unit.
  case badDEAData(String)
  /// No firm has a value in these DEA input or output columns (absent or renamed).
  case missingDEAColumns([String])
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
    case .solverFailed(let unit, let reason): "DEA for unit \(unit): \(reason)"
    }
  }
}
