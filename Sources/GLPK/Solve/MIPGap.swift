/// The MIP gap as GLPK computes it, in one place for every caller.
///
/// GLPK's relative gap (`glp_ios_mip_gap`, the value its `mip_gap` option
/// stops at) is
///
///     gap = |objective − bound| / (|objective| + DBL_EPSILON)
///
/// where `objective` is the incumbent's value, `bound` the best bound of the
/// open nodes and `DBL_EPSILON` = 2.22e-16 (`Double.ulpOfOne`). A bound on
/// the wrong side of the incumbent (e.g. above it when minimising, as a
/// stale or rounded bound can be) counts as the incumbent itself: gap 0.
public enum MIPGap {
  /// The bound clamped to the incumbent's side: at least `objective` when
  /// maximising, at most `objective` when minimising.
  public static func bound(_ bound: Double, objective: Double, sense: ObjectiveSense) -> Double {
    sense == .maximize ? max(bound, objective) : min(bound, objective)
  }

  /// GLPK's relative gap between an incumbent `objective` and a `bound`
  /// (0 when the bound is on the wrong side of the incumbent).
  public static func relative(objective: Double, bound: Double, sense: ObjectiveSense) -> Double {
    let difference = sense == .maximize ? bound - objective : objective - bound
    return max(0, difference) / (abs(objective) + Double.ulpOfOne)
  }
}
