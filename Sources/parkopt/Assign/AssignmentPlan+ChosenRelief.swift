import StandardLand

extension AssignmentPlan {
  /// The relief options this plan chose, in `relief`'s order: an option of a
  /// placed project in the park it was placed in whose label the plan
  /// records. (The relief model records its choices in the plan; until it
  /// does, no option is reported as chosen.)
  func chosenRelief(_ relief: QuotaRelief?) -> [QuotaRelief.Option] {
    guard let relief else { return [] }
    let chosen = Set(chosenReliefLabels.map { "\($0.projectID)|\($0.label)" })
    return relief.options.filter { chosen.contains("\($0.projectID)|\($0.label)") }
  }

  /// (project, option label) of each chosen relief option. MERGE: read from
  /// the relief helper's plan field once both branches are merged.
  var chosenReliefLabels: [(projectID: String, label: String)] { [] }
}
