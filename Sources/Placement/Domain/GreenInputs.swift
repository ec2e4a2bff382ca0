/// Everything a case folder says about green power: the parks' sites, the
/// projects' loads and the scenario's `green_power:` section.
public struct GreenInputs: Sendable, Equatable {
  /// One row per park with green supply, in green_parks.csv order.
  public var parks: [GreenPark]
  /// One per project of the land case, in its order.
  public var projects: [GreenProject]
  public var settings: GreenSettings
  /// The files read (for run.json), in a fixed order.
  public var files: [String]

  public init(parks: [GreenPark], projects: [GreenProject], settings: GreenSettings = GreenSettings(), files: [String] = []) {
    self.parks = parks
    self.projects = projects
    self.settings = settings
    self.files = files
  }
}
