extension DEAProblem {
  /// The fewest units DEA discriminates with (rule of thumb, Cooper, Seiford
  /// & Tone): n ≥ max(m × s, 3 × (m + s)) for m inputs and s outputs.
  public static func recommendedUnits(inputs m: Int, outputs s: Int) -> Int { max(m * s, 3 * (m + s)) }

  /// A warning when there are fewer units than ``recommendedUnits(inputs:outputs:)``
  /// (then most units land on the frontier whatever their data); nil otherwise.
  public static func fewUnitsWarning(units n: Int, inputs m: Int, outputs s: Int) -> String? {
    let needed = recommendedUnits(inputs: m, outputs: s)
    guard n < needed else { return nil }
    return "DEA has \(n) units for \(m) inputs and \(s) outputs; the rule of thumb n ≥ max(m × s, 3 × (m + s)) "
      + "asks for at least \(needed), so many units will be on the frontier: use fewer inputs or outputs, or more units"
  }
}
