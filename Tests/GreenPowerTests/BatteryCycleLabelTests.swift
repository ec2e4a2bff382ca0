import Testing
@testable import GreenPower

/// Battery cycles are reported per horizon and per year, each labelled.
@Suite struct BatteryCycleLabelTests {
  @Test func perYearScalesTheHorizonsCycles() throws {
    var sizer = GreenPowerSizer(Fixtures.syntheticCase(days: 7))
    sizer.method = .plain
    let r = try sizer.size()
    #expect(r.batteryCycles > 1)
    #expect(abs(r.batteryCyclesPerYear - r.batteryCycles * 8760 / 168) < 1e-9 * r.batteryCyclesPerYear)
    let json = SizingJSON.object(r, caseName: "week")
    let horizon = try #require(json["battery_full_cycles"] as? Double)
    let year = try #require(json["battery_full_cycles_per_year"] as? Double)
    #expect(abs(horizon - r.batteryCycles) < 1e-6 && abs(year - r.batteryCyclesPerYear) < 1e-6)
    #expect(HTMLReport.page(r, caseName: "week").contains("full cycles over the 168 h horizon ("))
  }
}
