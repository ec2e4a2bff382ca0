extension QuotaRelief {
  /// Relative tolerance of ``redundantOptions()``'s comparisons: figures
  /// that differ by less than this times their size (at least 1) count as
  /// equal.
  public static let dominanceTolerance = 1e-7

  /// How far apart two figures of options may be and still count as equal:
  /// ``dominanceTolerance`` times the larger magnitude, at least 1 (the
  /// figures come from LPs; equal options differ by about 1e-9). `rank`
  /// compares options by the same rule.
  public static func equalityMargin(_ a: Double, _ b: Double) -> Double {
    dominanceTolerance * max(1, abs(a), abs(b))
  }

  /// For each option, the index of another option of the same project and
  /// park that makes it redundant, or nil when it is offered.
  ///
  /// Option `o` is redundant when another option `p` of its project and
  /// park relieves at least as much energy and carbon, costs no more and
  /// uses no more of any resource (each within ``dominanceTolerance``), and
  /// either `p` is better in one of these figures or the two are equal and
  /// `p` comes first in ``options`` (a lower level). Any plan with `o`
  /// stays feasible and no worse with `p` instead, so leaving `o` out of
  /// the MIP keeps the optimum. Direct green power shows why it matters:
  /// where the cheapest supply covers more than every level offered, the
  /// sizing LP gives the same option at 30, 50 and 70 % (on
  /// Examples/kunming, 351 options but 123 kept), and the MIP
  /// would search identical binaries.
  ///
  /// Redundancy is not chained: the option named is itself offered.
  public func redundantOptions() -> [Int?] {
    var groups: [[String]: [Int]] = [:]
    var order: [[String]] = []
    for (i, o) in options.enumerated() {
      let key = [o.projectID, o.parkID]
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(i)
    }
    var result = [Int?](repeating: nil, count: options.count)
    for key in order {
      let members = groups[key] ?? []
      for o in members {
        result[o] = members.first { p in
          p != o && Self.compare(options[p], options[o]).map { better in better || p < o } == true
            && Self.compare(options[o], options[p]).map { better in better || o < p } != true
        }
      }
    }
    // Not chained: an option redundant to a redundant one takes the first
    // offered option that covers it.
    for o in result.indices {
      guard let p = result[o], result[p] != nil else { continue }
      result[o] = (groups[[options[o].projectID, options[o].parkID]] ?? []).first { q in
        result[q] == nil && Self.compare(options[q], options[o]) != nil
      }
    }
    return result
  }

  /// nil when `p` does not cover `o`; else true when `p` is better in
  /// some figure, false when all are equal (within the tolerance).
  private static func compare(_ p: Option, _ o: Option) -> Bool? {
    var better = false
    func atLeast(_ a: Double, _ b: Double) -> Bool {
      let tolerance = equalityMargin(a, b)
      if a > b + tolerance { better = true }
      return a >= b - tolerance
    }
    guard atLeast(p.energyReliefTce, o.energyReliefTce), atLeast(p.carbonReliefTonnes, o.carbonReliefTonnes),
      atLeast(-p.objectiveCostWan, -o.objectiveCostWan)
    else { return nil }
    for resource in Set(p.uses.map(\.resource) + o.uses.map(\.resource)).sorted() {
      guard atLeast(-p.use(of: resource), -o.use(of: resource)) else { return nil }
    }
    return better
  }
}
