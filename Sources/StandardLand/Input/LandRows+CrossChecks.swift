import ParkOptData

/// Rules between the tables of a land case: the parks other tables name,
/// and the emissions a carbon quota needs.
extension LandRows {
  /// A parcel's park and a project's preferred parks must be parks of
  /// `parks.csv` (a park whose row has a bad cell counts: only that cell is
  /// reported); when a park has a carbon quota, every project must give its
  /// `carbon_t` (``carbonNeeded(parks:projects:)``).
  static func crossChecks(
    _ c: LandCase, parks: ParkReferences, parcels: Parsed<Parcel>, projects: Parsed<Project>
  ) -> [DataIssue] {
    var issues: [DataIssue] = []
    for (parcel, row) in zip(c.parcels, parcels.rows) where !parks.ids.contains(parcel.parkID) {
      issues.append(DataIssue(file: parcels.file, row: row, column: parcels.column("park"), message: "park '\(parcel.parkID)' is not in \(parks.file)"))
    }
    for (project, row) in zip(c.projects, projects.rows) {
      for id in project.preferredParks where !parks.ids.contains(id) {
        issues.append(DataIssue(file: projects.file, row: row, column: projects.column("preferred_parks"), message: "park '\(id)' is not in \(parks.file)"))
      }
    }
    return issues + carbonNeeded(parks: parks, projects: projects)
  }

  /// A park named in the case's `standards.csv` (other than the wildcard
  /// `*`) or in `enterprises.csv` must be a park of `parks.csv` (a park
  /// whose row has a bad cell counts): a typo would silently drop a control
  /// indicator or a firm from a park's averages. (A `--standards` file is
  /// not checked: ``LandCaseLoader/extraStandards(_:issues:)``.)
  static func parksNamed(
    standards: Parsed<Standard>?, firms: Parsed<Enterprise>?, parks: ParkReferences
  ) -> [DataIssue] {
    var issues: [DataIssue] = []
    if let standards {
      for (standard, row) in zip(standards.values, standards.rows)
      where standard.park != "*" && !parks.ids.contains(standard.park) {
        issues.append(DataIssue(
          file: standards.file, row: row, column: standards.column("park"),
          message: "park '\(standard.park)' is not in \(parks.file) (write * for every park)"))
      }
    }
    if let firms {
      for (firm, row) in zip(firms.values, firms.rows) where !parks.ids.contains(firm.parkID) {
        issues.append(DataIssue(
          file: firms.file, row: row, column: firms.column("park"),
          message: "park '\(firm.parkID)' is not in \(parks.file)"))
      }
    }
    return issues
  }

  /// When some row of `parks.csv` gives a carbon quota, `projects.csv` must
  /// have the `carbon_t` column (one issue for the file) and every row must
  /// fill it (one issue per empty cell, 0 being a value): an empty cell is
  /// not read as 0 there.
  static func carbonNeeded(parks: ParkReferences, projects: Parsed<Project>) -> [DataIssue] {
    guard let park = parks.firstWithCarbonQuota else { return [] }
    guard let empty = projects.emptyCarbon else {
      let names = LandSchemas.projects.columns.first { $0.key == "carbon_t" }?.acceptedNames ?? "'carbon_t'"
      return [DataIssue(
        file: projects.file, row: 1,
        message: "missing column \(names), needed since park '\(park)' has a carbon quota")]
    }
    return empty.rows.map { row in
      DataIssue(
        file: projects.file, row: row, column: empty.column,
        message: "is empty; a number is needed since park '\(park)' has a carbon quota (0 when the project emits none)")
    }
  }
}
