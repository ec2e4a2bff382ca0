import Foundation
import Testing
import ParkOptTestSupport

/// Every command stops (exit 2) on a misspelt scenario key and names the key
/// it meant, instead of quietly using the default.
@Suite struct ScenarioKeyCommandTests {
  static func folder(_ files: [String: String]) throws -> String {
    let dir = try Scratch.folder("keys")
    for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return dir.path
  }

  static let kunming = ReallocationLoopCommandTests.kunming

  @Test(arguments: [
    ("mip_gapp: 0.01\n", "'mip_gapp': unknown key; did you mean `mip_gap`?"),
    ("explian_unplaced: false\n", "'explian_unplaced': unknown key; did you mean `explain_unplaced`?"),
    ("objective: {taxx: 1}\n", "'objective.taxx': unknown key; did you mean `tax`?"),
    ("objective: 3\n", "'objective': must be a mapping of keys to values; found the number 3"),
  ])
  func assignStopsOnABadScenario(yaml: String, message: String) throws {
    let dir = try Self.folder(["s.yaml": yaml])
    let r = try CommandRunner.parkopt(["assign", Self.kunming, "--scenario", dir + "/s.yaml", "-o", dir + "/out"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("s.yaml, key \(message)"), "\(r.stderr)")
  }

  @Test(arguments: [
    ("clases: {method: cutoffs}\n", "'clases': unknown key; did you mean `classes`?"),
    ("groups: {large: {weights: {tax_per_mu: 1}, cap_multiple: -0.5}}\n",
     "'groups.large.cap_multiple': must be a number > 0; found -0.5"),
  ])
  func evaluateStopsOnABadScenario(yaml: String, message: String) throws {
    let dir = try Self.folder(["s.yaml": yaml])
    let r = try CommandRunner.parkopt([
      "evaluate", Self.kunming + "/firms.csv", "--scenario", dir + "/s.yaml", "-o", dir + "/out",
    ])
    #expect(r.status == 2)
    #expect(r.stderr.contains("s.yaml, key \(message)"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir + "/out/scores.csv"))
  }

  @Test func evaluateNamesAMissingParkTree() throws {
    let dir = try Self.folder([:])
    let r = try CommandRunner.parkopt([
      "evaluate", Self.kunming + "/firms.csv", "-o", dir + "/out",
      "--park-indicators", Self.kunming + "/park_indicators.csv", "--park-tree", dir + "/tree.yaml",
    ])
    #expect(r.status == 2)
    #expect(r.stderr.contains("\(dir)/tree.yaml: no such file"), "\(r.stderr)")
  }

  @Test func sizeStopsOnAMisspeltKey() throws {
    let load = "hour,load (MW)\n" + (0..<24).map { "\($0),10" }.joined(separator: "\n") + "\n"
    let dir = try Self.folder(["load.csv": load, "scenario.yaml": "batery: {enabled: false}\n"])
    let r = try CommandRunner.parkopt(["size", dir, "-o", dir + "/out"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("scenario.yaml, key 'batery': unknown key; did you mean `battery`?"), "\(r.stderr)")
  }
}
