import ParkOptData

/// Rules between the tables of a land case: the parks other tables name,
/// and the emissions a carbon quota needs.
extension LandRows {
  /// A parcel's park and a project's preferred parks must be parks of
  /// `parks.csv` (a park whose row has a bad cell counts: only that cell is
  /// reported); when a park has a carbon quota, some project must give its
  /// emissions.
  static func crossChecks(
    _ c: LandCase, parks: ParkReferences, parcels: Parsed<Parcel>, projects: Parsed<Project>
  ) -> [DataIssue] {
    var issues: [DataIssue] = []
    for (parcel, row) in zip(c.parcels, parcels.rows) where !parks.ids.contains(parcel.parkID) {
      issues.append(DataIssue(file: parcels.file, row: row, column: "park", message: "park '\(parcel.parkID)' is not in \(parks.file)"))
    }
    for (project, row) in zip(c.projects, projects.rows) {
      for id in project.preferredParks where !parks.ids.contains(id) {
        issues.append(DataIssue(file: projects.file, row: row, column: "preferred_parks", message: "park '\(id)' is not in \(parks.file)"))
      }
    }
    if !c.projects.isEmpty && c.parks.contains(where: { $0.carbonQuotaTonnes != nil })
      && !c.projects.contains(where: { $0.carbonTonnes > 0 })
    {
      issues.append(DataIssue(file: projects.file, column: "carbon_t", message: "a park has a carbon quota but no project gives its emissions"))
    }
    return issues
  }
}
