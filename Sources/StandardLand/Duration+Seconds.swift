extension Duration {
  /// The duration in seconds, for timings and time limits.
  public var inSeconds: Double {
    let (s, atto) = components
    return Double(s) + Double(atto) * 1e-18
  }
}
