extension FixedWidthInteger {
  /// `value` rounded toward zero, or nil when it is not finite or does not
  /// fit: the conversion that never traps (`Int(1e300)` does).
  public init?(checkedFrom value: Double) {
    guard value.isFinite else { return nil }
    self.init(exactly: value.rounded(.towardZero))
  }

  /// `value` rounded toward zero and held within this type's bounds; NaN
  /// gives `fallback`.
  public init(clampingFrom value: Double, nanAs fallback: Self = 0) {
    if value.isNaN {
      self = fallback
    } else if let exact = Self(checkedFrom: value) {
      self = exact
    } else {
      self = value < 0 ? Self.min : Self.max
    }
  }
}
