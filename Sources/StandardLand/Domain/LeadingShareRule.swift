/// How a park's leading-industry revenue share constrains new projects when its
/// existing firms already fall short of the minimum.
public enum LeadingShareRule: String, Sendable, Equatable, Codable, CaseIterable {
  /// New projects' own leading share must reach the minimum (default).
  case newProjectsReachMinimum = "new_projects_reach_minimum"
  /// The park's share (existing firms and new projects) must not fall.
  case noDilution = "no_dilution"
}
