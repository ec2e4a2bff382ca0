import Testing
@testable import GreenPower

/// Battery cycles are reported per horizon and per year, each labelled.
@Suite struct BatteryCycleLabelTests {
  @Test func perYearScalesTheHorizonsCycles() throws {
    var sizer = GreenPowerSizer(Fixtures.syntheticCase(days: 7))
    sizer.method = .plain
    let r = try sizer.size()
    let cycles = try #require(r.batteryCycles), perYear = try #require(r.batteryCyclesPerYear)
    #expect(cycles > 1)
    #expect(abs(perYear - cycles * 8760 / 168) < 1e-9 * perYear)
    let json = SizingJSON.object(r, caseName: "week")
    let horizon = try #require(json["battery_full_cycles"] as? Double)
    let year = try #require(json["battery_full_cycles_per_year"] as? Double)
    #expect(abs(horizon - cycles) < 1e-6 && abs(year - perYear) < 1e-6)
    #expect(HTMLReport.page(r, caseName: "week").contains("full cycles over the 168 h horizon ("))
  }
}
