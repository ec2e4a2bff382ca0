import Foundation
import Testing
import ParkOptTestSupport

/// `parkopt assign` end to end on a small case written to a temp folder.
@Suite struct AssignCommandTests {
  static func caseFolder(mustPlaceEnergy: Int = 300, extra: [String: String] = [:]) throws -> String {
    let dir = try Scratch.folder("assign")
    var files = [
      "parks.csv": "id,name,primary_industries,energy_quota_tce,new_land_quota_mu\nK,Park K,ind,1000,100\n",
      "parcels.csv": "id,park,area_mu,zoning,source,wkt\nA,K,20,M1,new,POINT (102.7 25.0)\nB,K,30,M1,new,\"POLYGON ((102.7 25.0, 102.71 25.0, 102.71 25.01, 102.7 25.0))\"\n",
      "projects.csv": """
        id,name,industry,min_area_mu,max_area_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,zoning,must_place
        P1,Alpha,ind,10,40,6000,3000,200,800,\(mustPlaceEnergy),M1,yes
        P2,Beta,ind,10,40,6000,3000,150,800,600,M1,no
        P3,Gamma,other,10,40,6000,3000,900,800,100,M1,no

        """,
      "standards.csv": "park,industry,min_investment_intensity\n*,*,150\n",
    ]
    for (k, v) in extra { files[k] = v }
    for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return dir.path
  }

  @Test func placesExplainsAndWritesEveryFile() throws {
    let folder = try Self.caseFolder()
    let out = folder + "/out"
    let r = try CommandRunner.parkopt(["assign", folder, "--output", out])
    #expect(r.status == 0, "\(r.stderr)")
    // Energy 1000: P1 (300, must place) + P2 (600) = 900; P3 is not admitted.
    #expect(r.stdout.contains("Objective: 350 万元/年 (annual tax)"))
    #expect(r.stdout.contains("Placed:    2 of 3 projects"))
    #expect(r.stdout.contains("P3 Gamma: eligible nowhere"))
    for name in ["assignments.csv", "parks.csv", "unplaced.csv", "limit_values.csv", "plan.json", "parcels.geojson"] {
      #expect(FileManager.default.fileExists(atPath: "\(out)/\(name)"), "\(name)")
    }
    let geo = try String(contentsOfFile: "\(out)/parcels.geojson", encoding: .utf8)
    #expect(geo.contains("\"type\":\"Polygon\"") && geo.contains("\"project\":\"P"))
    let zh = try CommandRunner.parkopt(["assign", folder, "--output", out + "-zh", "--language", "zh"])
    #expect(zh.status == 0)
    let header = try String(contentsOfFile: "\(out)-zh/parks.csv", encoding: .utf8).split(separator: "\n").first
    #expect(header?.hasPrefix("园区,名称,落地项目数") == true)
  }

  @Test func sameInputSameBytes() throws {
    let folder = try Self.caseFolder()
    let a = try CommandRunner.parkopt(["assign", folder, "--output", folder + "/a", "--format", "json"])
    let b = try CommandRunner.parkopt(["assign", folder, "--output", folder + "/b", "--format", "json"])
    #expect(a.stdout == b.stdout)
    for name in ["assignments.csv", "unplaced.csv", "plan.json", "parcels.geojson"] {
      #expect(FileManager.default.contents(atPath: "\(folder)/a/\(name)") == FileManager.default.contents(atPath: "\(folder)/b/\(name)"))
    }
  }

  @Test func mustPlaceShortfallIsNamed() throws {
    let folder = try Self.caseFolder(mustPlaceEnergy: 1500)
    let r = try CommandRunner.parkopt(["assign", folder, "--output", folder + "/out"])
    #expect(r.status == 10)
    #expect(r.stdout.contains("energy_quota[K]"))
    #expect(r.stdout.contains("must rise by 500 to 1500"))
  }

  /// A must-place project that requires green power, whose only option
  /// needs more roof than its park has: the roof limit is named, not the
  /// model's linking row `choose_park[…]` (found by an outside audit).
  @Test func mustPlaceShortOfRoofNamesTheRoofLimit() throws {
    let folder = try Self.caseFolder(mustPlaceEnergy: 300, extra: [
      "projects.csv": """
        id,name,industry,min_area_mu,max_area_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,zoning,must_place,electricity_mwh,load_shape,green_power
        P1,Alpha,ind,10,40,6000,3000,200,800,300,M1,yes,3000,two_shift,required

        """,
      "green_parks.csv": "park,latitude,longitude,green_land_mu,roof_mu\nK,24.94,102.42,0,5\n",
      "scenario.yaml": "green_power:\n  sample_every_days: 30\n  levels: [0.5]\n",
    ])
    let r = try CommandRunner.parkopt(["assign", folder, "--output", folder + "/out"])
    #expect(r.status == 10, "\(r.stderr)")
    #expect(r.stdout.contains("relief_limit[K,roof_mu]"), "\(r.stdout)")
    #expect(!r.stdout.contains("choose_park"))
  }

  @Test func badInputIsReportedWithFileRowAndColumnAndExitsTwo() throws {
    let folder = try Self.caseFolder(extra: ["parcels.csv": "id,park,area_mu,zoning,source\nA,K,twenty,M1,new\nB,Q,30,M1,old\n"])
    let r = try CommandRunner.parkopt(["assign", folder])
    #expect(r.status == 2)
    #expect(r.stderr.contains("parcels.csv, row 2, column 'area_mu': 'twenty' is not a number"))
    #expect(r.stderr.contains("parcels.csv, row 3, column 'source': 'old' is not one of new, stock"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/results"))
  }

  @Test func mathProgExportSolvesToTheSameObjectiveWithGlpsol() throws {
    let folder = try Self.caseFolder()
    let dat = folder + "/case.dat"
    let r = try CommandRunner.parkopt(["assign", folder, "--output", folder + "/out", "--write-mathprog-data", dat])
    #expect(r.status == 0)
    let glpsol = try CommandRunner.tool("glpsol", ["-m", "Models/standard_land.mod", "-d", dat])
    #expect(glpsol.stdout.contains("Total objective: 350.000000"))
  }

  /// `--standards` can only tighten the case's standards (README, "More
  /// parcels and standards"), and its help says so.
  @Test func standardsHelpSaysItOnlyTightens() throws {
    let r = try CommandRunner.parkopt(["assign", "--help"])
    #expect(r.status == 0)
    let help = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.contains(
      "--standards <file> A standards table layered over FOLDER's standards.csv (e.g. evaluate's standards.csv); "
        + "it can only make them stricter: for each park and industry it names, each threshold it gives becomes "
        + "the higher minimum (lower energy maximum) of its value and FOLDER's."), "\(r.stdout)")
    #expect(!help.contains("replace"))
  }
}
