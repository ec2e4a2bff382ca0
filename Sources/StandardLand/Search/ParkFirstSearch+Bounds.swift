import GLPK

/// The search's bound arithmetic (gaps are `MIPGap.relative`, the binding's one copy of GLPK's formula).
extension ParkFirstSearch {
  /// The tighter of two bounds (either may be missing).
  static func tighter(_ a: Double?, _ b: Double?, _ sense: ObjectiveSense) -> Double? {
    guard let a else { return b }
    guard let b else { return a }
    return sense == .maximize ? min(a, b) : max(a, b)
  }
}
