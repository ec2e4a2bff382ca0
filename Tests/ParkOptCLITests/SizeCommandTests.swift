import Foundation
import Testing
import ParkOptTestSupport

/// `parkopt size` end to end on a small case written to a temp folder.
@Suite struct SizeCommandTests {
  /// Two days of 10 MW load, PV 0.5 in hours 6…17, flat 0.5 yuan/kWh,
  /// cheap PV (4 万元/MW·yr), no wind, no battery, no export, no ratios:
  /// PV = 20 MW, annual cost 20 × 4 + 240 MWh/day × 0.5 × 0.05 × 365 = 2270.
  static func caseFolder(extra: [String: String] = [:]) throws -> String {
    let dir = try Scratch.folder("size")
    let hours = 0..<48
    var files = [
      "load.csv": "hour,load(MW)\n" + hours.map { "\($0),10" }.joined(separator: "\n") + "\n",
      "resource.csv": "hour,pv,wind\n" + hours.map { "\($0),\(($0 % 24) >= 6 && ($0 % 24) < 18 ? 0.5 : 0),0" }
        .joined(separator: "\n") + "\n",
      "scenario.yaml": """
        name: two days
        discount_rate: 0
        pv_ground: {capex_yuan_per_kw: 1000, fixed_om_yuan_per_kw_year: 0, lifetime_years: 25}
        pv_rooftop: {enabled: false}
        wind: {enabled: false}
        battery: {enabled: false}
        grid:
          export_allowed: false
          tariff: {prices_yuan_per_kwh: {flat: 0.5}, hours: [flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat, flat]}
        policy: {min_self_use_of_generation: null, min_green_share_of_consumption: null, max_export_of_generation: null}

        """,
    ]
    for (k, v) in extra { files[k] = v }
    for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return dir.path
  }

  @Test func sizesAndWritesEveryFile() throws {
    let folder = try Self.caseFolder()
    let out = folder + "/out"
    let r = try CommandRunner.parkopt(["size", folder, "--output", out])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Annual cost: 2270.0 万元/yr"))
    #expect(r.stdout.contains("pv_ground     20.0"))
    for name in ["capacities.csv", "costs.csv", "ratios.csv", "dispatch.csv", "result.json", "report.html"] {
      #expect(FileManager.default.fileExists(atPath: "\(out)/\(name)"), "\(name)")
    }
    let dispatch = try String(contentsOfFile: "\(out)/dispatch.csv", encoding: .utf8)
    #expect(dispatch.split(separator: "\n").count == 49)
    let html = try String(contentsOfFile: "\(out)/report.html", encoding: .utf8)
    #expect(html.contains("<svg") && html.contains("Typical week"))
    let zh = try CommandRunner.parkopt(["size", folder, "--output", out + "-zh", "--language", "zh"])
    #expect(zh.status == 0)
    let header = try String(contentsOfFile: "\(out)-zh/capacities.csv", encoding: .utf8).split(separator: "\n").first
    #expect(header?.hasPrefix("容量,单位,总容量") == true)
  }

  @Test func sameInputSameBytesAndJSON() throws {
    let folder = try Self.caseFolder()
    let a = try CommandRunner.parkopt(["size", folder, "--output", folder + "/a", "--format", "json"])
    let b = try CommandRunner.parkopt(["size", folder, "--output", folder + "/b", "--format", "json"])
    #expect(a.stdout == b.stdout)
    #expect(a.stdout.contains("\"annual_cost_wan\" : 2270"))
    for name in ["capacities.csv", "dispatch.csv", "result.json", "report.html"] {
      #expect(FileManager.default.contents(atPath: "\(folder)/a/\(name)") == FileManager.default.contents(atPath: "\(folder)/b/\(name)"))
    }
  }

  @Test func everyMethodGivesTheSameOptimum() throws {
    let folder = try Self.caseFolder()
    for method in ["plain", "dual", "staged", "interior"] {
      let r = try CommandRunner.parkopt(["size", folder, "--output", folder + "/\(method)", "--method", method])
      #expect(r.status == 0, "\(method): \(r.stderr)")
      #expect(r.stdout.contains("Annual cost: 2270.0 万元/yr"), "\(method)")
    }
  }

  @Test func badInputIsReportedWithFileRowAndColumnAndExitsTwo() throws {
    let folder = try Self.caseFolder(extra: [
      "load.csv": "hour,load(MW)\n" + (0..<48).map { "\($0),\($0 == 3 ? "-1" : "10")" }.joined(separator: "\n") + "\n",
      "resource.csv": "hour,pv,wind\n" + (0..<48).map { "\($0),\($0 == 5 ? "1.5" : "0.2"),0" }.joined(separator: "\n") + "\n",
    ])
    let r = try CommandRunner.parkopt(["size", folder])
    #expect(r.status == 2)
    #expect(r.stderr.contains("load.csv, row 5, column 'load(MW)': -1 is outside the allowed range 0…1e5"))
    #expect(r.stderr.contains("resource.csv, row 7, column 'pv': 1.5 is not a capacity factor between 0 and 1"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/results"))
  }

  @Test func mathProgExportSolvesToTheSameObjectiveWithGlpsol() throws {
    let folder = try Self.caseFolder()
    let dat = folder + "/case.dat"
    let r = try CommandRunner.parkopt(["size", folder, "--output", folder + "/out", "--write-mathprog-data", dat])
    #expect(r.status == 0)
    let glpsol = try CommandRunner.tool("glpsol", ["-m", "Models/green_power.mod", "-d", dat])
    #expect(glpsol.stdout.contains("Total objective: 2270.000000"))
  }

  @Test func infeasibleOffGridExitsTen() throws {
    let folder = try Self.caseFolder(extra: [
      "scenario.yaml": "grid: {off_grid: true}\npv_ground: {enabled: false}\npv_rooftop: {enabled: false}\nwind: {enabled: false}\n",
    ])
    let r = try CommandRunner.parkopt(["size", folder, "--output", folder + "/out"])
    #expect(r.status == 10)
    #expect(r.stdout.contains("Status: infeasible"))
  }

  /// Export at 0.4 yuan/kWh pays for PV at 4 万元/MW·yr many times over, and
  /// nothing limits export or land: unbounded (exit 11), and a point on the
  /// ray is no plan — no result folder, no figures printed (an outside audit
  /// found a full folder of such figures).
  @Test func unboundedExitsElevenWithoutResults() throws {
    let folder = try Self.caseFolder()
    let scenario = try String(contentsOfFile: folder + "/scenario.yaml", encoding: .utf8)
      .replacingOccurrences(of: "export_allowed: false", with: "export_allowed: true\n  export_price_yuan_per_kwh: 0.4")
    try scenario.write(toFile: folder + "/scenario.yaml", atomically: true, encoding: .utf8)
    let r = try CommandRunner.parkopt(["size", folder, "--output", folder + "/out"])
    #expect(r.status == 11)
    #expect(r.stdout.contains("Status: unbounded"))
    #expect(r.stdout.contains("no plan is reported"))
    #expect(!r.stdout.contains("Annual cost"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
  }
}
