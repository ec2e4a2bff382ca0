import GLPK
import Testing
@testable import GreenPower

/// The default method's battery is a schedule: no hour both charges and
/// discharges, and cycles and curtailment are the simplex method's.
@Suite struct BatteryScheduleTests {
  static func sized(_ c: GreenPowerCase, _ method: GreenPowerSizer.Method) throws -> SizingResult {
    var sizer = GreenPowerSizer(c)
    sizer.method = method
    return try sizer.size()
  }

  static func simultaneousHours(_ r: SizingResult, tolerance: Double = 1e-6) -> Int {
    zip(r.dispatch.charge, r.dispatch.discharge).filter { $0.0 > tolerance && $0.1 > tolerance }.count
  }

  static func compare(_ c: GreenPowerCase) throws {
    let plain = try sized(c, .plain), interior = try sized(c, .interior)
    let p = SizingParameters(c)
    let built = SizingModel(p, sparseForm: true, ratioScale: 1 / Double(p.hours))
    var o = SolveOptions(); o.method = .interiorPoint
    let raw = ResultReader(built: built, solution: try Solver(options: o).solve(built.model), greenCase: c).result()
    print("raw cycles \(raw.batteryCycles) curt \(raw.curtailedMWh) simult \(simultaneousHours(raw))")
    print("plain cycles \(plain.batteryCycles) curt \(plain.curtailedMWh) simult \(simultaneousHours(plain)) charge \(plain.chargeMWh)")
    print("interior cycles \(interior.batteryCycles) curt \(interior.curtailedMWh) simult \(simultaneousHours(interior)) charge \(interior.chargeMWh)")
    #expect(simultaneousHours(interior) == 0)
    #expect(abs(interior.batteryCycles - plain.batteryCycles) <= 1e-4 * max(1, plain.batteryCycles))
    #expect(abs(interior.curtailedMWh - plain.curtailedMWh) <= 1e-4 * max(1, plain.curtailedMWh))
  }

  @Test func aWeek() throws { try Self.compare(Fixtures.syntheticCase(days: 7)) }

  @Test func thirtyDaysWithABindingGreenShare() throws {
    var c = Fixtures.syntheticCase(days: 30, startDate: "2025-07-01")
    c.scenario.policy.minGreenShareOfConsumption = 0.92
    try Self.compare(c)
  }

  @Test func offGridWithUnservedLoad() throws {
    var c = Fixtures.syntheticCase(days: 7)
    c.scenario.grid.offGrid = true
    c.scenario.grid.unservedPenaltyYuanPerKWh = 3
    try Self.compare(c)
  }

  @Test func aMonthWithExportAndGridCharging() throws {
    var c = Fixtures.syntheticCase(days: 30, startDate: "2025-07-01")
    c.scenario.battery.gridCharging = true
    c.scenario.policy.minGreenShareOfConsumption = 0.6
    try Self.compare(c)
  }
}
