import Foundation
import StandardLand
import Testing

@testable import Placement

@Suite struct ReliefOptionsTests {
  /// Per MWh of load: cost 0.07 万元 vs 0.06 from the grid, green share = level.
  func unit(_ level: Double) -> UnitOption {
    UnitOption(
      feasible: level < 0.7, pvGroundMW: 0.0002, pvRooftopMW: 0.0001, windMW: 0.0001, batteryMWh: 0.0003,
      batteryMW: 0.0001, annualCostWan: 0.07, gridOnlyCostWan: 0.06, greenMWh: level, groundLandMu: 0.004,
      roofMu: 0.001)
  }

  @Test func optionsFromUnitResults() throws {
    let folder = GreenCaseFolder()
    defer { folder.remove() }
    let path = try folder.write()
    let landCase = try LandCaseLoader.load(folder: path)
    var inputs = try #require(try GreenInputsLoader.load(folder: path, landCase: landCase))
    inputs.settings.costWeight = 2
    var units: [UnitKey: UnitOption] = [:]
    for shape in [LoadShape.continuous, .twoShift] {
      for park in ["A", "B"] {
        for level in inputs.settings.levels { units[UnitKey(shape: shape, parkID: park, level: level)] = unit(level) }
      }
    }
    let relief = ReliefBuilder.relief(landCase, inputs: inputs, units: units)
    // P3 wants none; the 70 % LPs are infeasible: P1 and P2 × parks A, B × 30 %, 50 %.
    #expect(relief.options.map { "\($0.projectID)/\($0.parkID)/\($0.label)" } == [
      "P1/A/green_30", "P1/A/green_50", "P1/B/green_30", "P1/B/green_50",
      "P2/A/green_30", "P2/A/green_50", "P2/B/green_30", "P2/B/green_50",
    ])
    #expect(relief.requiredProjectIDs == ["P2"])
    #expect(relief.limits.map { "\($0.parkID) \($0.resource) \($0.amount)" } == [
      "A green_land_mu 300.0", "A roof_mu 20.0", "B green_land_mu 0.0", "B roof_mu 50.0",
    ])
    // P1: 1000 MWh at 50 %: 500 MWh green → 61.45 tce (< 200) and 285.15 t CO2 (< 900).
    let o = relief.options[1]
    #expect(abs(o.energyReliefTce - 500 * 0.1229) < 1e-9)
    #expect(abs(o.carbonReliefTonnes - 500 * 0.5703) < 1e-9)
    #expect(abs(o.objectiveCostWan - 2 * 1000 * 0.01) < 1e-9)
    #expect(o.uses.map(\.resource) == ["green_land_mu", "roof_mu"])
    #expect(abs(o.uses[0].amount - 4) < 1e-12 && abs(o.uses[1].amount - 1) < 1e-12)
    #expect(o.figures.map(\.key) == [
      "level", "pv_ground_mw", "pv_rooftop_mw", "wind_mw", "battery_mwh", "battery_mw", "annual_cost_wan",
      "premium_wan", "green_mwh", "relief_tce", "relief_t_co2",
    ])
    #expect(o.figures[0].value == 0.5 && abs(o.figures[7].value - 10) < 1e-9)
  }

  /// Relief never exceeds the project's own energy and carbon.
  @Test func reliefIsCappedByTheProjectsOwnFigures() {
    var s = GreenSettings()
    s.reliefFactorTcePerMWh = 0.30
    let project = Project(
      id: "P", industry: "x", minAreaMu: 1, maxAreaMu: 2, investmentWan: 1, revenueWan: 1, taxWan: 1, valueAddedWan: 1,
      energyTce: 50, carbonTonnes: 100, zonings: ["M1"])
    let green = GreenProject(projectID: "P", electricityMWh: 1000)
    let o = ReliefBuilder.option(project: project, green: green, parkID: "A", level: 0.7, unit: unit(0.7), settings: s)
    #expect(o.energyReliefTce == 50 && o.carbonReliefTonnes == 100)
    s.appliesTo = .carbon
    let carbonOnly = ReliefBuilder.option(project: project, green: green, parkID: "A", level: 0.7, unit: unit(0.7), settings: s)
    #expect(carbonOnly.energyReliefTce == 0 && carbonOnly.carbonReliefTonnes == 100)
  }

  @Test func labels() {
    #expect(ReliefBuilder.label(0.3) == "green_30")
    #expect(ReliefBuilder.label(0.333) == "green_33.3")
  }
}
