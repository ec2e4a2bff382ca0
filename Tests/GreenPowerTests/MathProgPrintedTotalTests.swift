import Foundation
import GLPK
import Testing
@testable import GreenPower
import ParkOptTestSupport

/// `Models/green_power.mod` prints ("Total objective: …") the optimum the
/// Swift model finds, also with existing capacities (the objective then has
/// a constant, which MathProg's value of an objective leaves out), through
/// this library's MathProg translator and through glpsol itself.
@Suite struct MathProgPrintedTotalTests {
  /// A week with 10 MW of existing ground PV and 20 MWh of existing battery.
  static func caseWithExistingCapacity() -> GreenPowerCase {
    var c = Fixtures.syntheticCase(days: 7)
    c.scenario.pvGround.existingMW = 10
    c.scenario.battery.existingMWh = 20
    return c
  }

  static func printedTotal(_ output: String) throws -> Double {
    let line = try #require(output.split(separator: "\n").first { $0.hasPrefix("Total objective: ") })
    return try #require(Double(line.dropFirst("Total objective: ".count)))
  }

  static func dataFile(_ c: GreenPowerCase) throws -> String {
    try Fixtures.temporaryFolder(["case.dat": GreenPowerMathProgData.text(SizingParameters(c))]) + "/case.dat"
  }

  @Test func printedTotalIsTheOptimumWithExistingCapacity() throws {
    let c = Self.caseWithExistingCapacity()
    let swift = try #require(try GreenPowerSizer(c).size().objectiveWan)
    let result = try MathProgProgram(modelPath: MathProgEquivalenceTests.modelPath, dataPaths: [Self.dataFile(c)]).solve()
    #expect(result.model.objectiveConstant < -1, "the case must have an objective constant")
    let printed = try Self.printedTotal(result.output)
    #expect(abs(printed - swift) <= 1e-6 * max(1, abs(swift)), "printed \(printed) vs Swift \(swift)")
  }

  @Test(.enabled(if: ExternalSolvers.glpsol != nil, "glpsol (glpk-utils) is not installed"))
  func glpsolPrintsTheOptimumWithExistingCapacity() throws {
    let c = Self.caseWithExistingCapacity()
    let swift = try #require(try GreenPowerSizer(c).size().objectiveWan)
    let output = try ExternalSolvers.glpsolOutput(model: MathProgEquivalenceTests.modelPath, data: try Self.dataFile(c))
    let printed = try Self.printedTotal(output)
    #expect(abs(printed - swift) <= 1e-6 * max(1, abs(swift)), "glpsol printed \(printed) vs Swift \(swift)")
  }
}
