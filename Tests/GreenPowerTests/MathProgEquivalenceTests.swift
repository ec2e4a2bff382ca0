import Foundation
import GLPK
import Testing
@testable import GreenPower
import ParkOptTestSupport

/// The Swift model and Models/green_power.mod (translated by GLPK's
/// MathProg translator, independent of the Swift builder) give the same
/// optimum on the same data.
@Suite struct MathProgEquivalenceTests {
  static var modelPath: String { RepositoryPaths.path("Models/green_power.mod") }

  static func mathProgObjective(_ p: SizingParameters) throws -> (Double?, LinearModel) {
    let dat = try Fixtures.temporaryFolder(["case.dat": GreenPowerMathProgData.text(p)]) + "/case.dat"
    let result = try MathProgProgram(modelPath: modelPath, dataPaths: [dat]).solve()
    return (result.solution.termination == .optimal ? result.solution.objectiveValue : nil, result.model)
  }

  static func check(_ greenCase: GreenPowerCase) throws {
    let swift = try GreenPowerSizer(greenCase).size()
    #expect(swift.termination == .optimal)
    let (mathProg, _) = try mathProgObjective(SizingParameters(greenCase))
    let a = try #require(swift.objectiveWan), b = try #require(mathProg)
    #expect(abs(a - b) <= 1e-6 * max(1, abs(a)), "Swift \(a) vs MathProg \(b)")
  }

  @Test func sameOptimumOnAWeek() throws {
    let c = Fixtures.syntheticCase(days: 7)
    try Self.check(c)
  }

  @Test func sameOptimumOnAWeekOffGridWithPenaltyAndGridCharging() throws {
    let c = Fixtures.offGridWeek()
    try Self.check(c)
    var d = Fixtures.syntheticCase(days: 7)
    d.scenario.battery.gridCharging = true
    d.scenario.battery.existingMWh = 20
    d.scenario.pvGround.existingMW = 10
    d.scenario.policy.minGreenShareOfConsumption = 0.35
    try Self.check(d)
  }

  @Test func sameOptimumOnThirtyDays() throws {
    try Self.check(Fixtures.syntheticCase(days: 30, startDate: "2025-03-15"))
  }
}
