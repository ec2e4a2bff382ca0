import Foundation
import ParkOptData
import StandardLand
import Testing

@testable import Placement

@Suite struct GreenInputsLoaderTests {
  /// The loader's issues for `folder`, as text (empty when it loads).
  func problems(_ folder: GreenCaseFolder) throws -> [String] {
    defer { folder.remove() }
    let path = try folder.write()
    let landCase = try LandCaseLoader.load(folder: path)
    do {
      _ = try GreenInputsLoader.load(folder: path, landCase: landCase)
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  @Test func readsParksProjectsAndDefaults() throws {
    let folder = GreenCaseFolder()
    defer { folder.remove() }
    let path = try folder.write()
    let landCase = try LandCaseLoader.load(folder: path)
    let inputs = try #require(try GreenInputsLoader.load(folder: path, landCase: landCase))
    #expect(inputs.parks.map(\.parkID) == ["A", "B"])
    #expect(inputs.parks[0].greenLandMu == 300 && inputs.parks[0].roofMu == 20)
    #expect(inputs.parks[0].pvFullLoadHours == 1400)
    #expect(inputs.projects.map(\.policy) == [.allowed, .required, .no])
    #expect(inputs.projects.map(\.loadShape) == [.continuous, .twoShift, .oneShift])
    // P1 states 1000 MWh; P2 derives 100 tce × 0.5 ÷ 0.1229.
    #expect(inputs.projects[0].electricityMWh == 1000)
    #expect(abs(inputs.projects[1].electricityMWh - 100 * 0.5 / 0.1229) < 1e-9)
    #expect(inputs.settings.levels == [0.3, 0.5, 0.7])
  }

  @Test func noGreenParksTableMeansNoGreenPower() throws {
    var folder = GreenCaseFolder()
    folder.files["green_parks.csv"] = nil
    defer { folder.remove() }
    let path = try folder.write()
    #expect(try GreenInputsLoader.load(folder: path, landCase: LandCaseLoader.load(folder: path)) == nil)
  }

  /// `green_power: {enabled: false}` ignores the green inputs, as
  /// `--no-green-power` does: a bad green cell is not read (an outside
  /// audit found it failed the run); a bad key of the section still does.
  @Test func greenPowerOffDoesNotReadTheGreenTables() throws {
    var folder = GreenCaseFolder()
    folder.files["green_parks.csv"] = "park,green_land_mu\nA,lots\n"
    folder.files["scenario.yaml"] = "green_power:\n  enabled: false\n"
    defer { folder.remove() }
    let path = try folder.write()
    #expect(try GreenInputsLoader.load(folder: path, landCase: LandCaseLoader.load(folder: path)) == nil)
    folder.files["scenario.yaml"] = "green_power:\n  enabled: false\n  levelz: [0.3]\n"
    let issues = try problems(folder)
    #expect(issues.contains { $0.contains("levelz") })
  }

  /// Without green inputs the scenario's `green_power:` section is still
  /// checked: a misspelt key is an error (it was accepted; found by an
  /// outside audit), a valid section changes nothing.
  @Test func theGreenSectionIsCheckedWithoutGreenInputs() throws {
    var folder = GreenCaseFolder()
    folder.files["green_parks.csv"] = nil
    folder.files["scenario.yaml"] = "green_power:\n  levelz: [0.3]\n"
    let issues = try problems(folder)
    #expect(issues.count == 1 && issues[0].contains("'green_power.levelz': unknown key; did you mean `levels`?"), "\(issues)")
    folder.files["scenario.yaml"] = "green_power:\n  levels: [0.3]\n"
    defer { folder.remove() }
    let path = try folder.write()
    #expect(try GreenInputsLoader.load(folder: path, landCase: LandCaseLoader.load(folder: path)) == nil)
  }

  @Test func resourceFileOfUnknownParkIsAnError() throws {
    var folder = GreenCaseFolder()
    folder.files["resource/Z.csv"] = "hour,pv,wind\n0,0.1,0.2\n"
    let issues = try problems(folder)
    #expect(issues.count == 1)
    #expect(issues.first?.contains("resource/Z.csv: is a resource file for park 'Z', which is not in parks.csv (A, B)") == true)
  }

  /// B's row has an empty latitude and a bad green land and longitude; A is
  /// given twice. All four are reported, the repeat naming its first row.
  @Test func anEmptyLatitudeIsReportedWithTheRowsOtherProblems() throws {
    var folder = GreenCaseFolder()
    folder.files["green_parks.csv"] = "park,latitude,longitude,green_land_mu,roof_mu\nA,25.0,102.7,300,20\nB,,999,-1,50\nA,25.0,102.7,300,20\n"
    let issues = try problems(folder).map { $0.replacingOccurrences(of: folder.path + "/", with: "") }
    #expect(issues.count == 4)
    #expect(issues.contains { $0.hasPrefix("green_parks.csv, row 3, column 'latitude': is empty and there is no resource/B.csv") })
    #expect(issues.contains { $0.hasPrefix("green_parks.csv, row 3, column 'longitude':") })
    #expect(issues.contains { $0.hasPrefix("green_parks.csv, row 3, column 'green_land_mu':") })
    #expect(issues.contains("green_parks.csv, row 4, column 'park': 'A' is given twice (first in row 2)"))
  }

  @Test func negativeElectricityIsAnError() throws {
    var folder = GreenCaseFolder()
    folder.files["projects.csv"] = folder.files["projects.csv"]?.replacingOccurrences(of: "M1,1000,", with: "M1,-5,")
    let issues = try problems(folder)
    #expect(issues.count == 1)
    #expect(issues.first?.contains("projects.csv, row 2, column 'electricity_mwh'") == true)
  }

  /// The tiny-number rule holds for the green columns too: a nonzero value
  /// below 1e-9 (coordinates) or 1e-6 (the others) is an error.
  @Test func tinyNonzeroGreenNumbersAreErrors() throws {
    var folder = GreenCaseFolder()
    folder.files["projects.csv"] = folder.files["projects.csv"]?.replacingOccurrences(of: "M1,1000,", with: "M1,1e-320,")
    folder.files["green_parks.csv"] = "park,latitude,longitude,green_land_mu,roof_mu,wind_capex_yuan_per_kw\nA,1e-320,1e-10,300,20,1e-7\nB,1e-9,-1e-9,0,50,0\n"
    let issues = try problems(folder)
    #expect(issues == [
      "green_parks.csv, row 2, column 'latitude': 1e-320 is not zero but smaller than 1e-9, the smallest amount this column takes; write 0 or a larger value",
      "green_parks.csv, row 2, column 'longitude': 1e-10 is not zero but smaller than 1e-9, the smallest amount this column takes; write 0 or a larger value",
      "green_parks.csv, row 2, column 'wind_capex_yuan_per_kw': 1e-7 is not zero but smaller than 1e-6, the smallest amount this column takes; write 0 or a larger value",
      "projects.csv, row 2, column 'electricity_mwh': 1e-320 is not zero but smaller than 1e-6, the smallest amount this column takes; write 0 or a larger value",
    ].map { folder.path + "/" + $0 })
  }

  @Test func unknownLoadShapeIsAnError() throws {
    var folder = GreenCaseFolder()
    folder.files["projects.csv"] = folder.files["projects.csv"]?.replacingOccurrences(of: "two_shift", with: "night_owl")
    let issues = try problems(folder)
    #expect(issues == [
      "\(folder.path)/projects.csv, row 3, column 'load_shape': 'night_owl' is not a load shape: continuous, two_shift, one_shift, or a file load_shapes/night_owl.csv (not found)"
    ])
  }

  @Test func namedLoadShapeIsRead() throws {
    var folder = GreenCaseFolder()
    folder.files["projects.csv"] = folder.files["projects.csv"]?.replacingOccurrences(of: "two_shift", with: "bakery")
    folder.files["load_shapes/bakery.csv"] = "hour,load\n" + (0..<24).map { "\($0),\($0 < 6 ? 2 : 1)\n" }.joined()
    defer { folder.remove() }
    let path = try folder.write()
    let inputs = try #require(try GreenInputsLoader.load(folder: path, landCase: LandCaseLoader.load(folder: path)))
    guard case .profile(let name, let weights) = inputs.projects[1].loadShape else {
      Issue.record("not a named profile: \(inputs.projects[1].loadShape)")
      return
    }
    #expect(name == "bakery" && weights.count == 24 && weights[0] == 2 && weights[6] == 1)
    #expect(inputs.files.last?.hasSuffix("load_shapes/bakery.csv") == true)
  }

  @Test func levelAboveOneHundredPercentIsAnError() throws {
    var folder = GreenCaseFolder()
    folder.files["scenario.yaml"] = "green_power:\n  levels: [0.5, 1.2]\n"
    let issues = try problems(folder)
    #expect(issues.count == 1)
    #expect(issues.first?.contains("key 'green_power.levels[1]'") == true)
  }

  @Test func scenarioSectionReadsOwnAndSizeKeys() throws {
    let s = try GreenInputsLoader.settings(text: """
      mip_gap: 0.001
      green_power:
        relief_factor_tce_per_mwh: 0.30
        relief_applies_to: energy
        levels: [0.7, 0.4]
        cost_weight: 0.5
        grid_emission_factor_t_per_mwh: 0.6
        battery: {energy_capex_yuan_per_kwh: 500}
      """, file: "s.yaml")
    #expect(s.reliefFactorTcePerMWh == 0.30 && s.appliesTo == .energy && s.levels == [0.4, 0.7])
    #expect(s.costWeight == 0.5 && s.gridEmissionFactorTPerMWh == 0.6)
    #expect(s.sizing.battery.energyCapexYuanPerKWh == 500)
    #expect(throws: DataErrors.self) { try GreenInputsLoader.settings(text: "green_power:\n  levles: [0.5]\n", file: "s.yaml") }
  }

  @Test func landScenarioAcceptsTheGreenSection() throws {
    let s = try LandCaseLoader.scenario(text: "mip_gap: 0.001\ngreen_power:\n  levels: [0.5]\n", file: "s.yaml")
    #expect(s.mipGap == 0.001)
  }
}
