/// Problems that stop an evaluation after the input was read.
public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A firm's size group has no weights in the scenario.
  case unknownGroup(firm: String, group: String, known: [String])
  /// DEA needs at least one input and one output, each positive for every unit.
  case badDEAData(String)
  /// GLPK did not solve a DEA linear programme to optimality.
  case solverFailed(unit: String, reason: String)

  public var description: String {
    switch self {
    case .unknownGroup(let firm, let group, let known):
      "firm \(firm): group '\(group)' has no weights in the scenario (groups: \(known.joined(separator: ", ")))"
    case .badDEAData(let message): "DEA: \(message)"
    case .solverFailed(let unit, let reason): "DEA for unit \(unit): \(reason)"
    }
  }
}
