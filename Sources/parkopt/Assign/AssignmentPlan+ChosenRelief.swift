import StandardLand

extension AssignmentPlan {
  /// The relief options this plan chose, in `relief`'s order (the plan's
  /// ``AssignmentPlan/reliefChosen`` flags over the same options).
  func chosenRelief(_ relief: QuotaRelief?) -> [QuotaRelief.Option] {
    guard let relief, relief.options.count == reliefChosen.count else { return [] }
    return zip(relief.options, reliefChosen).compactMap { $1 ? $0 : nil }
  }
}
