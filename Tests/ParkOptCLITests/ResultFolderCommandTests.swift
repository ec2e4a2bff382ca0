import Foundation
import Testing
import ParkOptTestSupport

/// Result folders of `assign`, `evaluate` and `size`: replaced whole by a
/// run that succeeds, untouched by one that fails or is interrupted, each
/// with a `run.json`.
@Suite struct ResultFolderCommandTests {
  /// Every file under `folder` (relative path → bytes).
  static func snapshot(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.subpathsOfDirectory(atPath: folder) {
      var isDirectory: ObjCBool = false
      let path = folder + "/" + name
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
        files[name] = FileManager.default.contents(atPath: path)
      }
    }
    return files
  }

  /// Entries beside `folder` left by a run (staging or set-aside folders).
  static func leftovers(beside folder: String) throws -> [String] {
    let parent = (folder as NSString).deletingLastPathComponent
    return try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.contains(".parkopt-") }
  }

  static func runRecord(_ folder: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/run.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  // MARK: A failed run leaves the previous results byte for byte

  @Test func failedAssignLeavesThePreviousResults() throws {
    let folder = try AssignCommandTests.caseFolder()
    let out = folder + "/out"
    #expect(try CommandRunner.parkopt(["assign", folder, "--output", out]).status == 0)
    let before = try Self.snapshot(out)
    #expect(before["run.json"] != nil && before["plan.json"] != nil)
    try "id,park,area_mu,zoning,source\nA,K,twenty,M1,new\n".write(toFile: folder + "/parcels.csv", atomically: true, encoding: .utf8)
    let r = try CommandRunner.parkopt(["assign", folder, "--output", out])
    #expect(r.status == 2)
    #expect(r.stderr.contains("'twenty' is not a number"))
    #expect(r.stderr.hasSuffix("parkopt: the previous results in \(out) were left untouched\n"), "\(r.stderr)")
    #expect(try Self.snapshot(out) == before)
    #expect(try Self.leftovers(beside: out) == [])
  }

  @Test func failedEvaluateLeavesThePreviousResults() throws {
    let dir = try EvaluateCommandTests.folder()
    let out = dir + "/out"
    #expect(try CommandRunner.parkopt(["evaluate", dir + "/firms.csv", "-o", out]).status == 0)
    let before = try Self.snapshot(out)
    try "id,park,industry,land_mu,tax_wan\nF1,AN,metal,ten,5\n".write(toFile: dir + "/firms.csv", atomically: true, encoding: .utf8)
    let r = try CommandRunner.parkopt(["evaluate", dir + "/firms.csv", "-o", out])
    #expect(r.status == 2)
    #expect(r.stderr.contains("the previous results in \(out) were left untouched"))
    #expect(try Self.snapshot(out) == before)
    #expect(try Self.leftovers(beside: out) == [])
  }

  @Test func failedSizeLeavesThePreviousResults() throws {
    let folder = try SizeCommandTests.caseFolder()
    let out = folder + "/out"
    #expect(try CommandRunner.parkopt(["size", folder, "--output", out]).status == 0)
    let before = try Self.snapshot(out)
    let badLoad = "hour,load(MW)\n" + (0..<48).map { "\($0),\($0 == 3 ? "-1" : "10")" }.joined(separator: "\n") + "\n"
    try badLoad.write(toFile: folder + "/load.csv", atomically: true, encoding: .utf8)
    let r = try CommandRunner.parkopt(["size", folder, "--output", out])
    #expect(r.status == 2)
    #expect(r.stderr.contains("the previous results in \(out) were left untouched"))
    #expect(try Self.snapshot(out) == before)
    // An infeasible case has no results to write: the old ones stay, and it says so.
    try FileManager.default.removeItem(atPath: folder + "/load.csv")
    let infeasible = try SizeCommandTests.caseFolder(extra: [
      "scenario.yaml": "grid: {off_grid: true}\npv_ground: {enabled: false}\npv_rooftop: {enabled: false}\nwind: {enabled: false}\n",
    ])
    let r10 = try CommandRunner.parkopt(["size", infeasible, "--output", out])
    #expect(r10.status == 10)
    #expect(r10.stderr.contains("the previous results in \(out) were left untouched"))
    #expect(try Self.snapshot(out) == before)
    #expect(try Self.leftovers(beside: out) == [])
  }

  // MARK: A successful run replaces the folder whole

  @Test func staleFilesOfAnEarlierRunAreGone() throws {
    let dir = try EvaluateCommandTests.folder()
    let out = dir + "/out"
    let withDEA = try CommandRunner.parkopt([
      "evaluate", dir + "/firms.csv", "-o", out, "--dea", "firms", "--dea-inputs", "land_mu,energy_tce",
      "--dea-outputs", "revenue_wan", "--write-json",
    ])
    #expect(withDEA.status == 0, "\(withDEA.stderr)")
    #expect(FileManager.default.fileExists(atPath: out + "/dea.csv"))
    #expect(FileManager.default.fileExists(atPath: out + "/results.json"))
    let plain = try CommandRunner.parkopt(["evaluate", dir + "/firms.csv", "-o", out])
    #expect(plain.status == 0)
    #expect(try Self.snapshot(out).keys.sorted() == [
      "classes.csv", "low_efficiency.csv", "parcels.csv", "report.html", "run.json", "scores.csv", "standards.csv",
      "summary.json",
    ])
    #expect(try Self.runRecord(out)["files"] as? [String] == [
      "classes.csv", "low_efficiency.csv", "parcels.csv", "report.html", "scores.csv", "standards.csv", "summary.json",
    ])
  }

  @Test func aFolderParkOptDidNotWriteIsNeverReplaced() throws {
    let folder = try AssignCommandTests.caseFolder()
    let documents = folder + "/Documents"
    try FileManager.default.createDirectory(atPath: documents, withIntermediateDirectories: true)
    try "mine\n".write(toFile: documents + "/thesis.docx", atomically: true, encoding: .utf8)
    let r = try CommandRunner.parkopt(["assign", folder, "--output", documents])
    #expect(r.status == 2)
    #expect(r.stderr.contains("\(documents): not replaced: the folder is not empty and is no ParkOpt result folder"))
    #expect(try Self.snapshot(documents) == ["thesis.docx": Data("mine\n".utf8)])
    // The case folder itself (`-o` pointing at the inputs) is refused too.
    let inputs = try Self.snapshot(folder)
    let own = try CommandRunner.parkopt(["assign", folder, "--output", folder])
    #expect(own.status == 2)
    #expect(try Self.snapshot(folder) == inputs)
  }

  // MARK: run.json

  @Test func runRecordNamesCommandVersionsInputsAndOutcome() throws {
    let folder = try AssignCommandTests.caseFolder()
    let out = folder + "/out"
    let arguments = ["assign", folder, "--output", out, "--no-explain"]
    #expect(try CommandRunner.parkopt(arguments).status == 0)
    let record = try Self.runRecord(out)
    #expect(record.keys.sorted() == [
      "command", "exit_code", "files", "glpk_version", "inputs", "parkopt_version", "status", "timings_s",
    ])
    #expect((record["command"] as? [String])?.dropFirst().map { $0 } == arguments)
    #expect(record["exit_code"] as? Int == 0)
    #expect(["optimal", "gap_limit"].contains(record["status"] as? String))
    #expect((record["glpk_version"] as? String)?.hasPrefix("5.") == true)
    #expect(record["files"] as? [String] == [
      "assignments.csv", "limit_values.csv", "parcels.geojson", "parks.csv", "plan.json", "report.html", "unplaced.csv",
    ])
    let inputs = try #require(record["inputs"] as? [[String: String]])
    #expect(inputs.compactMap { $0["path"] } == ["parcels.csv", "parks.csv", "projects.csv", "standards.csv"].map { folder + "/" + $0 })
    let sums = try CommandRunner.tool("sha256sum", [folder + "/parks.csv"])
    #expect(inputs.first { $0["path"] == folder + "/parks.csv" }?["sha256"] == sums.stdout.split(separator: " ").first.map(String.init))
    let timings = try #require(record["timings_s"] as? [String: Double])
    #expect(timings.keys.sorted() == ["build", "explain", "solve", "total"])
    #expect(timings.values.allSatisfy { $0 >= 0 })
    // A second identical run differs in the timings only.
    #expect(try CommandRunner.parkopt(arguments).status == 0)
    var again = try Self.runRecord(out)
    var first = record
    first["timings_s"] = nil
    again["timings_s"] = nil
    #expect(NSDictionary(dictionary: first).isEqual(to: again))
  }

  /// The tables given with `--add-parcels` and `--standards` are inputs too.
  @Test func assignRecordsAddedParcelsAndStandards() throws {
    let folder = try AssignCommandTests.caseFolder()
    let extra = folder + "/extra"
    try FileManager.default.createDirectory(atPath: extra, withIntermediateDirectories: true)
    try "id,park,area_mu,zoning,source\nS1,K,15,M1,stock\n".write(toFile: extra + "/p1.csv", atomically: true, encoding: .utf8)
    try "id,park,area_mu,zoning,source\nS2,K,12,M1,stock\n".write(toFile: extra + "/p2.csv", atomically: true, encoding: .utf8)
    try "park,industry,min_investment_intensity\n*,*,100\n".write(toFile: extra + "/st.csv", atomically: true, encoding: .utf8)
    let r = try CommandRunner.parkopt([
      "assign", folder, "--add-parcels", extra + "/p2.csv", "--add-parcels", extra + "/p1.csv",
      "--standards", extra + "/st.csv", "--output", folder + "/out", "--no-explain",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let inputs = try #require(try Self.runRecord(folder + "/out")["inputs"] as? [[String: String]])
    #expect(inputs.compactMap { $0["path"] } == [
      "extra/p1.csv", "extra/p2.csv", "extra/st.csv", "parcels.csv", "parks.csv", "projects.csv", "standards.csv",
    ].map { folder + "/" + $0 })
    let sums = try CommandRunner.tool("sha256sum", [extra + "/st.csv"])
    #expect(inputs.first { $0["path"] == extra + "/st.csv" }?["sha256"] == sums.stdout.split(separator: " ").first.map(String.init))
  }

  @Test func sizeAndEvaluateRecordTheirInputs() throws {
    let folder = try SizeCommandTests.caseFolder()
    #expect(try CommandRunner.parkopt(["size", folder, "--output", folder + "/out"]).status == 0)
    let size = try Self.runRecord(folder + "/out")
    #expect((size["inputs"] as? [[String: String]])?.compactMap { $0["path"] }
      == ["load.csv", "resource.csv", "scenario.yaml"].map { folder + "/" + $0 })
    #expect(size["status"] as? String == "optimal")
    let dir = try EvaluateCommandTests.folder()
    #expect(try CommandRunner.parkopt(["evaluate", dir + "/firms.csv", "--scenario", dir + "/s.yaml", "-o", dir + "/out"]).status == 0)
    let evaluate = try Self.runRecord(dir + "/out")
    #expect((evaluate["inputs"] as? [[String: String]])?.compactMap { $0["path"] } == [dir + "/firms.csv", dir + "/s.yaml"])
    #expect(evaluate["status"] as? String == "completed")
    #expect(evaluate["exit_code"] as? Int == 0)
  }

  // MARK: Interruption

  /// Ctrl-C while `assign` solves the Kunming example (≈ 30 s): exit 130,
  /// the previous folder as it was, no staging folder left.
  @Test(arguments: [SIGINT, SIGTERM])
  func interruptedRunLeavesTheOldFolderOrTheNewOneWhole(signal: Int32) throws {
    let base = Scratch.path("interrupt").path
    defer { try? FileManager.default.removeItem(atPath: base) }
    let out = base + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    try "{\"parkopt_version\": \"0.0.1\"}\n".write(toFile: out + "/run.json", atomically: true, encoding: .utf8)
    try "old\n".write(toFile: out + "/plan.json", atomically: true, encoding: .utf8)
    let before = try Self.snapshot(out)
    let process = try CommandRunner.launch(["assign", "Examples/kunming", "--output", out])
    // Wait until the run stages its folder, then interrupt it.
    let staging = base + "/.out.parkopt-partial-\(process.processIdentifier)"
    let deadline = Date().addingTimeInterval(20)
    while !FileManager.default.fileExists(atPath: staging) && process.isRunning && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
    }
    #expect(FileManager.default.fileExists(atPath: staging), "the run never staged its folder")
    Thread.sleep(forTimeInterval: 0.5)
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 130)
    let after = try Self.snapshot(out)
    if after != before {
      // Interrupted after the rename: then the new folder is whole.
      #expect(after.keys.sorted() == ["assignments.csv", "limit_values.csv", "parks.csv", "plan.json", "run.json", "unplaced.csv"])
    }
    #expect(after == before, "the interruption came 0.5 s into a 30 s run")
    #expect(try FileManager.default.contentsOfDirectory(atPath: base) == ["out"])
  }
}
