import Testing
@testable import GreenPower

/// The fast methods return the plain formulation's optimum: the staged
/// simplex exactly (same capacities), the interior point to 1e-7 relative.
@Suite struct MethodEquivalenceTests {
  static func compare(_ c: GreenPowerCase) throws {
    let plain = try GreenPowerSizer(c).size()
    let reference = try #require(plain.objectiveWan, "plain: \(plain.termination)")
    for method in [GreenPowerSizer.Method.staged, .interior, .dual] {
      var sizer = GreenPowerSizer(c)
      sizer.method = method
      let r = try sizer.size()
      #expect(r.termination == .optimal, "\(method)")
      let value = try #require(r.objectiveWan, "\(method): \(r.termination)")
      #expect(abs(value - reference) <= 1e-7 * abs(reference), "\(method): \(value) vs plain \(reference)")
      for kind in CapacityKind.allCases {
        #expect(abs(r.capacity(kind) - plain.capacity(kind)) <= 1e-3 * max(1, plain.capacity(kind)), "\(method) \(kind)")
      }
      for ratio in plain.ratios {
        let other = try #require(r.ratio(ratio.kind))
        #expect(abs(other.achieved - ratio.achieved) < 1e-5, "\(method) \(ratio.kind)")
        #expect(abs(other.costPerPointWan - ratio.costPerPointWan) <= 1e-3 * max(1, abs(ratio.costPerPointWan)),
                "\(method) \(ratio.kind) cost per point")
      }
    }
  }

  @Test func sameOptimumOnAWeek() throws {
    try Self.compare(Fixtures.syntheticCase(days: 7))
  }

  @Test func sameOptimumOnThirtyDaysWithABindingGreenShare() throws {
    var c = Fixtures.syntheticCase(days: 30, startDate: "2025-07-01")
    c.scenario.policy.minGreenShareOfConsumption = 0.92
    let plain = try GreenPowerSizer(c).size()
    #expect(plain.termination == .optimal)
    #expect(plain.ratio(.greenShareOfConsumption)?.binds == true)
    try Self.compare(c)
  }

  @Test func sampledDaysKeepEveryKthDay() {
    let c = Fixtures.syntheticCase(days: 9)
    let s = c.sampledDays(every: 4)
    #expect(s.hours == 72)
    #expect(s.loadMW[24] == c.loadMW[96] && s.windCF[48 + 5] == c.windCF[192 + 5])
  }
}
