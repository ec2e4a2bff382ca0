/// Everything one `parkopt assign` run works on: parks, parcels, projects,
/// standards, existing firms and the scenario.
public struct LandCase: Sendable, Equatable {
  public var parks: [Park]
  public var parcels: [Parcel]
  public var projects: [Project]
  public var standards: [Standard]
  public var enterprises: [Enterprise]
  public var scenario: Scenario
  /// Options that relieve park quotas (direct green power); nil: none, and
  /// the model, plan and files are those of a case without them.
  public var relief: QuotaRelief?

  public init(
    parks: [Park], parcels: [Parcel], projects: [Project], standards: [Standard] = [],
    enterprises: [Enterprise] = [], scenario: Scenario = Scenario(), relief: QuotaRelief? = nil
  ) {
    self.parks = parks
    self.parcels = parcels
    self.projects = projects
    self.standards = standards
    self.enterprises = enterprises
    self.scenario = scenario
    self.relief = relief
  }

  /// The park with this id.
  public func park(_ id: String) -> Park? { parks.first { $0.id == id } }
}
