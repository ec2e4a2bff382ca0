/// A project's electricity and how it may be supplied with green power.
public struct GreenProject: Sendable, Equatable {
  /// Whether green supply is offered to the project.
  public enum Policy: String, Sendable, CaseIterable {
    /// Options offered; the project may also be placed without one.
    case allowed
    /// The project may be placed only with one of its options.
    case required
    /// No option offered.
    case no
  }

  /// The project (``StandardLand/Project/id``).
  public var projectID: String
  /// Annual electricity use, MWh.
  public var electricityMWh: Double
  /// Its hourly shape.
  public var loadShape: LoadShape
  public var policy: Policy

  public init(projectID: String, electricityMWh: Double, loadShape: LoadShape = .continuous, policy: Policy = .allowed) {
    self.projectID = projectID
    self.electricityMWh = electricityMWh
    self.loadShape = loadShape
    self.policy = policy
  }
}
