import Foundation
import ParkOptData
import Testing
@testable import GreenPower
import ParkOptTestSupport

/// Reading case folders: units, consumer columns, defaults, and every kind
/// of bad input reported with file, row and column.
@Suite struct CaseLoaderTests {
  static func load(_ files: [String: String]) throws -> GreenPowerCase {
    try GreenPowerCaseLoader.load(folder: try Fixtures.temporaryFolder(files))
  }

  static func issues(_ files: [String: String]) throws -> [String] {
    let folder = try Fixtures.temporaryFolder(files)
    do {
      _ = try GreenPowerCaseLoader.load(folder: folder)
      return []
    } catch {
      return error.issues.map { $0.description }
    }
  }

  static func day(_ value: (Int) -> String, header: String = "hour,load_mw") -> String {
    header + "\n" + (0..<24).map { "\($0),\(value($0))" }.joined(separator: "\n") + "\n"
  }

  static let resource = "hour,pv,wind\n" + (0..<24).map { "\($0),\($0 >= 6 && $0 < 18 ? 0.5 : 0),0.3" }.joined(separator: "\n")

  @Test func sumsConsumersInKilowattsWithChineseHeaders() throws {
    let load = "小时,电解车间(kW),正极车间(kW)\n" + (0..<24).map { "\($0),30000,20000" }.joined(separator: "\n")
    let res = "小时,光伏,风电\n" + (0..<24).map { "\($0),0.1,0.2" }.joined(separator: "\n")
    let c = try Self.load(["负荷.csv": load, "资源.csv": res])
    #expect(c.hours == 24)
    #expect(c.loadMW.allSatisfy { abs($0 - 50) < 1e-12 })
    #expect(c.loadColumns == ["电解车间(kW)", "正极车间(kW)"])
    #expect(c.pvCF[0] == 0.1 && c.windCF[5] == 0.2 && c.pvRooftopCF[3] == 0.1)
    #expect(!c.resourceIsSynthetic)
  }

  @Test func scenarioKeysOverrideDefaults() throws {
    let yaml = """
      name: test
      discount_rate: 0.08
      pv_ground: {capex_yuan_per_kw: 3000, area_limit_mu: 500}
      battery: {round_trip_efficiency: 0.9, max_mwh: null}
      grid:
        import_limit_mw: 100
        export_allowed: false
        tariff:
          prices_yuan_per_kwh: {peak: 1.0, valley: 0.25}
          hours: [valley, valley, valley, valley, valley, valley, valley, valley, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, valley]
          hours_by_month: {"7": [peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak, peak]}
      policy: {target: "2030"}
      """
    let c = try Self.load(["load.csv": Self.day { _ in "10" }, "resource.csv": Self.resource, "scenario.yaml": yaml])
    let s = c.scenario
    #expect(s.discountRate == 0.08 && s.pvGround.capexYuanPerKW == 3000 && s.pvGround.areaLimitMu == 500)
    #expect(s.battery.roundTripEfficiency == 0.9 && s.grid.importLimitMW == 100 && !s.grid.exportAllowed)
    #expect(s.policy.minGreenShareOfConsumption == 0.35)
    #expect(s.grid.tariff.priceYuanPerKWh(month: 1, hourOfDay: 3) == 0.25)
    #expect(s.grid.tariff.priceYuanPerKWh(month: 7, hourOfDay: 3) == 1.0)
    #expect(c.importPriceYuanPerKWh[9] == 1.0)
  }

  @Test func withoutResourceFileTheProfilesAreSyntheticAndHitTheirFullLoadHours() throws {
    let c = try Self.load(["load.csv": Self.day { _ in "10" }])
    #expect(c.resourceIsSynthetic)
    #expect(c.pvCF.allSatisfy { (0...1).contains($0) } && c.windCF.allSatisfy { (0...1).contains($0) })
    #expect(c.pvCF[2] == 0)   // 02:00 at Kunming: dark
    let year = GreenPowerCaseLoader.assemble(loadMW: [Double](repeating: 1, count: 8760), resource: nil, scenario: SizingScenario())
    #expect(abs(year.pvCF.reduce(0, +) - 1400) < 2)
    #expect(abs(year.windCF.reduce(0, +) - 2500) < 2)
  }

  @Test func wrongRowCountIsAnError() throws {
    let load = "hour,load_mw\n" + (0..<23).map { "\($0),10" }.joined(separator: "\n")
    let issues = try Self.issues(["load.csv": load])
    #expect(issues.contains { $0.contains("load.csv: has 23 hourly rows, not a whole number of days") })
  }

  @Test func negativeLoadIsAnError() throws {
    let issues = try Self.issues(["load.csv": Self.day { $0 == 5 ? "-3" : "10" }, "resource.csv": Self.resource])
    #expect(issues.contains { $0.hasSuffix("load.csv, row 7, column 'load_mw': -3 is outside the allowed range 0…1e5") })
  }

  @Test func capacityFactorAboveOneIsAnError() throws {
    let res = Self.resource.replacingOccurrences(of: "\n7,0.5,0.3", with: "\n7,1.2,0.3")
    let issues = try Self.issues(["load.csv": Self.day { _ in "10" }, "resource.csv": res])
    #expect(issues.contains { $0.hasSuffix("resource.csv, row 9, column 'pv': 1.2 is not a capacity factor between 0 and 1") })
  }

  @Test func missingHoursAreAnError() throws {
    let load = "hour,load_mw\n" + (0..<25).filter { $0 != 10 }.map { "\($0),10" }.joined(separator: "\n")
    let issues = try Self.issues(["load.csv": load])
    #expect(issues.contains { $0.contains("load.csv, row 12, column 'hour': is 11 but 10 was expected") })
    let stamps = "timestamp,load_mw\n" + (0..<24).filter { $0 != 3 }.map { "2025-01-01 \($0 < 10 ? "0" : "")\($0):00,10" }.joined(separator: "\n") + "\n2025-01-02 00:00,10"
    let issues2 = try Self.issues(["load.csv": stamps])
    #expect(issues2.contains { $0.contains("load.csv, row 5, column 'timestamp': '2025-01-01 04:00' is 120 minutes after the previous row") })
  }

  static func stamped(_ date: String, _ value: (Int) -> String, header: String) -> String {
    header + "\n" + (0..<24).map { "\(date) \($0 < 10 ? "0" : "")\($0):00,\(value($0))" }.joined(separator: "\n") + "\n"
  }

  @Test func aYearOutside2000To2200IsNamedAsSuch() throws {
    let issues = try Self.issues(["load.csv": Self.stamped("1999-03-01", { _ in "10" }, header: "timestamp,load_mw")])
    #expect(issues.first?.hasSuffix("load.csv, row 2, column 'timestamp': '1999-03-01 00:00': the year 1999 is outside 2000…2200") == true)
    #expect(issues.allSatisfy { $0.hasSuffix("the year 1999 is outside 2000…2200") })
    #expect(issues.count == 24)  // every cell, in row order
  }

  @Test func everyBreakInTheHoursIsReported() throws {
    let load = "hour,load_mw\n" + (0..<26).filter { $0 != 10 && $0 != 20 }.map { "\($0),10" }.joined(separator: "\n")
    let issues = try Self.issues(["load.csv": load])
    #expect(issues.filter { $0.contains("column 'hour'") }.count == 2)
    #expect(issues.contains { $0.contains("load.csv, row 21, column 'hour': is 21 but 20 was expected") })
    let hours = (0..<26).filter { $0 != 3 && $0 != 17 }.map { h in h < 24 ? "2025-01-01 \(h < 10 ? "0" : "")\(h):00" : "2025-01-02 0\(h - 24):00" }
    var cells = hours.map { "\($0),10" }
    cells[8] = "yesterday,10"
    let issues2 = try Self.issues(["load.csv": "timestamp,load_mw\n" + cells.joined(separator: "\n")])
    #expect(issues2.filter { $0.contains("column 'timestamp'") }.count == 3)
    #expect(issues2.contains { $0.contains("load.csv, row 10, column 'timestamp': 'yesterday' is not a time") })
    #expect(issues2.contains { $0.contains("load.csv, row 18, column 'timestamp': '2025-01-01 18:00' is 120 minutes after the previous row") })
  }

  @Test func resourceTimestampsMustBeTheLoads() throws {
    let load = Self.stamped("2025-03-01", { _ in "10" }, header: "timestamp,load_mw")
    let late = "timestamp,pv,wind\n" + (1...24).map { "2025-03-\($0 < 24 ? "01" : "02") \($0 % 24 < 10 ? "0" : "")\($0 % 24):00,0.2,0.1" }
      .joined(separator: "\n")
    let issues = try Self.issues(["load.csv": load, "resource.csv": late])
    #expect(issues.count == 1)
    #expect(issues.allSatisfy {
      $0.hasSuffix("resource.csv, row 2, column 'timestamp': '2025-03-01 01:00' is not the load's first hour '2025-03-01 00:00'; both files must cover the same hours")
    })
    let same = Self.stamped("2025-03-01", { _ in "0.2,0.1" }, header: "timestamp,pv,wind")
    let c = try Self.load(["load.csv": load, "resource.csv": same])
    #expect(c.scenario.startDate == "2025-03-01" && c.month.allSatisfy { $0 == 3 })
    // Without timestamps in the load, the resource's are not compared.
    #expect(try Self.load(["load.csv": Self.day { _ in "10" }, "resource.csv": late]).hours == 24)
  }

  @Test func resourceRowsMustMatchTheLoad() throws {
    let res = "hour,pv,wind\n" + (0..<48).map { "\($0),0.1,0.1" }.joined(separator: "\n")
    let issues = try Self.issues(["load.csv": Self.day { _ in "10" }, "resource.csv": res])
    #expect(issues.contains { $0.contains("resource.csv: has 48 hourly rows but the load has 24") })
  }

  @Test func badScenarioKeysAndValuesAreNamed() throws {
    let yaml = "pv_groud: {capex_yuan_per_kw: 3000}\nbattery: {min_soc: 1.5}\ngrid: {tariff: {hours: [peak]}}\n"
    let issues = try Self.issues(["load.csv": Self.day { _ in "10" }, "scenario.yaml": yaml])
    #expect(issues.contains { $0.contains("scenario.yaml, key 'pv_groud': unknown key; did you mean `pv_ground`?") })
    #expect(issues.contains { $0.contains("key 'battery.min_soc': must be a number in 0…0.99; found 1.5") })
    #expect(issues.contains { $0.contains("key 'grid.tariff.hours': has 1 entries") })
  }

  @Test func loadWithoutUnitNeedsTheScenarioToSayIt() throws {
    let issues = try Self.issues(["load.csv": Self.day({ _ in "10" }, header: "hour,total")])
    #expect(issues.contains { $0.contains("column 'total': does not say its unit") })
    let c = try Self.load(["load.csv": Self.day({ _ in "10000" }, header: "hour,total"), "scenario.yaml": "load_unit: kW\n"])
    #expect(c.loadMW[0] == 10)
  }
}

/// Every size scenario key is in the README.
@Suite struct ReadmeDocumentsSizeScenarioTests {
  @Test func everyKeyIsInTheReadme() throws {
    let url = RepositoryPaths.root
    let readme = try String(contentsOf: url.appendingPathComponent("README.md"), encoding: .utf8)
    let sections = ["pv_ground", "pv_rooftop", "wind", "battery", "grid", "policy", "resource"]
    let keys = ScenarioLoader.topKeys.filter { !sections.contains($0) }.map { "| `\($0)` |" }
      + ["pv_ground", "pv_rooftop", "wind", "battery"].map { "| `\($0).*` |" }
      + (ScenarioLoader.gridKeys.filter { $0 != "tariff" } + ["tariff.prices_yuan_per_kwh", "tariff.hours", "tariff.hours_by_month"])
        .map { "| `grid.\($0)` |" }
      + ScenarioLoader.policyKeys.map { "| `policy.\($0)` |" }
      + ScenarioLoader.resourceKeys.map { "| `resource.\($0)` |" }
      + (ScenarioLoader.technologyKeys + ScenarioLoader.batteryKeys).map { "`\($0)`" }
    for key in keys { #expect(readme.contains(key), "\(key)") }
  }
}
