import Foundation
@testable import GreenPower
import ParkOptTestSupport

/// Small hand-checkable cases.
enum Fixtures {
  /// A day of constant 10 MW load; PV capacity factor 0.5 in hours 6…17.
  static let dayLoad = [Double](repeating: 10, count: 24)
  static let dayPV = (0..<24).map { (6...17).contains($0) ? 0.5 : 0 }
  static let zeros = [Double](repeating: 0, count: 24)

  /// No discounting, no O&M, PV only (4 万元/MW·yr), no battery, no wind,
  /// no rooftop, flat 0.5 yuan/kWh, no export, no ratios.
  static func plainScenario() -> SizingScenario {
    var s = SizingScenario()
    s.discountRate = 0
    s.pvGround = Technology(key: "pv_ground", capexYuanPerKW: 1000, fixedOMYuanPerKWYear: 0, lifetimeYears: 25,
                            areaMuPerMW: 19, areaLimitMu: nil)
    s.pvRooftop.enabled = false
    s.wind.enabled = false
    s.battery.enabled = false
    s.grid.tariff.pricesYuanPerKWh = ["flat": 0.5]
    s.grid.tariff.hours = [String](repeating: "flat", count: 24)
    s.grid.exportAllowed = false
    s.policy.minSelfUseOfGeneration = nil
    s.policy.minGreenShareOfConsumption = nil
    s.policy.maxExportOfGeneration = nil
    return s
  }

  static func dayCase(_ s: SizingScenario, pv: [Double] = dayPV, wind: [Double] = zeros) -> GreenPowerCase {
    GreenPowerCase(loadMW: dayLoad, pvCF: pv, windCF: wind, scenario: s)
  }

  /// The illustrative Kunming-like case over `days` days (synthetic resource, seed fixed).
  static func syntheticCase(days: Int, startDate: String = "2025-04-01") -> GreenPowerCase {
    var s = SizingScenario()
    s.startDate = startDate
    s.grid.importLimitMW = 120
    s.pvRooftop.areaLimitMu = 300
    s.groundLandLimitMu = 3000
    s.grid.demandChargeYuanPerKWMonth = 30
    let hours = days * 24
    var load: [Double] = []
    var rng = SplitMix64(seed: 7)
    for t in 0..<hours {
      let h = t % 24
      let shift = (8...20).contains(h) ? 1.1 : 0.9
      load.append(((80 * shift + 8 * (rng.unit() - 0.5)) * 1000).rounded() / 1000)
    }
    return GreenPowerCaseLoader.assemble(loadMW: load, resource: nil, scenario: s)
  }

  /// Thirty July days with the green share of consumption at 92 %, where the
  /// share binds (the sizing suites' month case).
  static func bindingShareMonth() -> GreenPowerCase {
    var c = syntheticCase(days: 30, startDate: "2025-07-01")
    c.scenario.policy.minGreenShareOfConsumption = 0.92
    return c
  }

  /// A week off grid, unserved load at 3 yuan/kWh (the sizing suites' off-grid case).
  static func offGridWeek() -> GreenPowerCase {
    var c = syntheticCase(days: 7)
    c.scenario.grid.offGrid = true
    c.scenario.grid.unservedPenaltyYuanPerKWh = 3
    return c
  }

  static func temporaryFolder(_ files: [String: String]) throws -> String {
    let dir = try Scratch.folder("gp")
    for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return dir.path
  }
}
