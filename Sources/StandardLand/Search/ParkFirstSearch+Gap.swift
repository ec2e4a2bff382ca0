import GLPK

/// The search's bound and gap arithmetic.
extension ParkFirstSearch {
  /// The tighter of two bounds (either may be missing).
  static func tighter(_ a: Double?, _ b: Double?, _ sense: ObjectiveSense) -> Double? {
    guard let a else { return b }
    guard let b else { return a }
    return sense == .maximize ? min(a, b) : max(a, b)
  }

  /// GLPK's relative gap: |incumbent − bound| / (|incumbent| + ε), 0 when
  /// the bound is on the incumbent's side.
  ///
  /// Every gap the search computes goes through here. The GLPK binding is
  /// getting one public copy of this formula (issue 19: it is also written
  /// in `_Problem+Read.swift` and `Solver.swift`); once it has, this body
  /// becomes a call to it.
  static func gap(_ incumbent: Double, _ bound: Double, _ sense: ObjectiveSense) -> Double {
    let difference = sense == .maximize ? bound - incumbent : incumbent - bound
    return max(0, difference) / (abs(incumbent) + Double.ulpOfOne)
  }
}
