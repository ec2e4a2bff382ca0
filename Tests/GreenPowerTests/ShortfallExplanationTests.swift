import GLPK
import Testing
@testable import GreenPower

/// An infeasibility the LP proves gets its rows and limits named by the
/// penalised LP (``ShortfallExplanation``).
@Suite struct ShortfallExplanationTests {
  /// The off-grid week whose 50 MWh battery cannot carry a night: solved
  /// without the capacity-free check (the staged method alone), the LP proves
  /// it, and the explanation names the balance, the hours and the battery.
  @Test func anLPProvenInfeasibilityIsNamed() throws {
    let c = InfeasibilityCheckStorageTests.offGridNights(maxMWh: 50)
    var sizer = GreenPowerSizer(c)
    sizer.method = .staged
    let proven = try sizer.staged()
    #expect(proven.termination == .infeasible && proven.infeasibilityReasons.isEmpty)
    let r = try sizer.explained(proven)
    #expect(r.termination == .infeasible)
    let reason = try #require(r.infeasibilityReasons.first)
    #expect(r.infeasibilityReasons.count == 1)
    #expect(reason.hasPrefix("balance[t] cannot hold in every hour: with load allowed to go unserved"), "\(reason)")
    #expect(reason.contains("battery.max_mwh") && reason.contains("grid.unserved_penalty_yuan_per_kwh"), "\(reason)")
    // The unserved hours are night hours (no PV).
    let p = SizingParameters(c)
    let pv = try #require(p.capacities.first { $0.kind == .pvGround })
    let firstText = try #require(reason.split(separator: "(first hour ").last?.split(separator: ";").first)
    #expect(pv.cf[try #require(Int(firstText))] == 0, "\(reason)")
  }

  /// A case with a plan has no shortfall to explain.
  @Test func aFeasibleCaseHasNone() throws {
    var o = SolveOptions()
    o.method = .interiorPoint
    let reasons = try ShortfallExplanation(parameters: SizingParameters(Fixtures.syntheticCase(days: 7))).reasons(options: o)
    #expect(reasons == nil)
  }
}
