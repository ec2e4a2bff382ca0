/// The scoring groups a scenario has weights for, and the scenario's name,
/// for checking the firm table's group column (``FirmLoader/firms(from:groups:)``).
public struct KnownGroups: Sendable, Equatable {
  /// Group names as ``FirmLoader`` spells them (`large`, `small`, …).
  public var names: Set<String>
  /// How messages name the scenario: its file, or "the default scenario".
  public var scenario: String

  /// The groups of `scenario`, read from `file` (nil: the defaults).
  public init(_ scenario: EvaluationScenario, file: String?) {
    names = Set(scenario.groups.keys)
    self.scenario = file ?? "the default scenario"
  }

  /// "group 'x' has no weights in s.yaml (groups: large, small)".
  func message(_ group: String) -> String {
    "group '\(group)' has no weights in \(scenario) (groups: \(names.sorted().joined(separator: ", ")))"
  }
}
