import GLPK

extension ObjectiveSense {
  /// True when objective value `candidate` is better than `incumbent` under
  /// this sense by more than `margin`: larger when maximising, smaller when
  /// minimising. A missing value is worse than any value.
  func isBetter(_ candidate: Double?, than incumbent: Double?, by margin: Double = 0) -> Bool {
    switch self {
    case .maximize: return (candidate ?? -.infinity) > (incumbent ?? -.infinity) + margin
    case .minimize: return (candidate ?? .infinity) < (incumbent ?? .infinity) - margin
    }
  }
}
