import GLPK

extension StandardLandModel {
  /// The model with project `j` required: its project row fixed at 1, or,
  /// for a project with one eligible parcel (no row), that pair.
  public func modelForcingIn(_ j: Int) -> LinearModel {
    var model = self.model
    let forced = pairs(ofProject: j)
    if let row = projectRows[j] {
      model.setBounds(row, lower: 1, upper: 1)
    } else if forced.count == 1 {
      // One eligible parcel (no project row): its pair fixed at 1, which the
      // repair of the plan sees as a required project (a separate row it did
      // not see: the re-solve then started from the greedy plan, not the
      // plan repaired around the project; found by an outside audit).
      model.setBounds(variable(forced[0]), lower: 1, upper: 1)
    } else {
      model.addConstraint(.sum(forced.map(variable)) == 1, name: "force")
    }
    return model
  }
}
