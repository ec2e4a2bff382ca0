import Foundation
import Testing
import ParkOptTestSupport

/// `parkopt assign` on a small case with green inputs: the summary compares
/// the plan with the same case without green power, run.json lists the
/// green files, `--no-green-power` drops both, bad green inputs exit 2.
@Suite struct AssignGreenPowerCommandTests {
  let files: [String: String] = [
    "parks.csv": "id,energy_quota_tce,new_land_quota_mu,primary_industries\nA,1000,100,tools\n",
    "parcels.csv": "id,park,area_mu,zoning,source\nA-1,A,50,M1,new\n",
    "projects.csv": "id,industry,min_area_mu,max_area_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,zoning,electricity_mwh,load_shape\n"
      + "P1,tools,10,60,1000,2000,100,500,200,M1,1000,two_shift\n",
    "green_parks.csv": "park,latitude,longitude,green_land_mu,roof_mu\nA,25.0,102.7,300,20\n",
    "scenario.yaml": "green_power:\n  levels: [0.5]\n  sample_every_days: 60\n",
  ]

  func folder(_ changes: [String: String] = [:]) throws -> String {
    let dir = Scratch.path("assign-green").path
    for (name, text) in files.merging(changes, uniquingKeysWith: { _, b in b }) {
      let path = (dir as NSString).appendingPathComponent(name)
      try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    return dir
  }

  @Test func summaryComparesWithAndWithoutGreenPower() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let run = try CommandRunner.parkopt(["assign", dir, "-o", dir + "/out", "--cache-dir", dir + "/cache"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Green power (绿电直连): 1 unit sizing LPs, 0 from the cache"))
    #expect(run.stdout.contains("projects placed                         1        1"))
    let record = try String(contentsOfFile: dir + "/out/run.json", encoding: .utf8)
    #expect(record.contains("green_parks.csv") && record.contains("green_sizing"))
    let again = try CommandRunner.parkopt(["assign", dir, "-o", dir + "/out2", "--cache-dir", dir + "/cache"])
    #expect(again.stdout.contains("1 unit sizing LPs, 1 from the cache"))
    let plain = try CommandRunner.parkopt(["assign", dir, "-o", dir + "/out3", "--no-green-power", "--cache-dir", dir + "/cache"])
    #expect(plain.status == 0 && !plain.stdout.contains("Green power"))
    #expect(!(try String(contentsOfFile: dir + "/out3/run.json", encoding: .utf8)).contains("green_parks.csv"))
  }

  @Test func badGreenInputExitsTwo() throws {
    let dir = try folder(["green_parks.csv": "park,latitude,longitude,green_land_mu\nQ,25.0,102.7,300\n"])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let run = try CommandRunner.parkopt(["assign", dir, "-o", dir + "/out", "--cache-dir", dir + "/cache"])
    #expect(run.status == 2)
  }
}
