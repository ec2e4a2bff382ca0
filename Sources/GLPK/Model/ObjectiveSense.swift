/// Whether the objective is minimised or maximised.
public enum ObjectiveSense: String, Sendable, Codable {
  /// Find the smallest objective value.
  case minimize
  /// Find the largest objective value.
  case maximize
}
