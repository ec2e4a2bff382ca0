import Foundation
import Testing

/// `parkopt size`'s files for other tools (`--write-model`,
/// `--write-mathprog-data`) and its `--hours` message.
@Suite struct SizeFilesCommandTests {
  @Test(arguments: [
    ("2190", "nearest accepted: 2184 (91 days) or 2208 (92 days)"),
    ("30", "nearest accepted: 24 (1 day) or 48 (2 days)"),
    ("10", "nearest accepted: 24 (1 day)"),
    ("0", "nearest accepted: 24 (1 day)"),
    ("-24", "nearest accepted: 24 (1 day)"),
  ])
  func hoursNotWholeDaysNamesTheNearestAcceptedValues(_ hours: String, _ expected: String) throws {
    let folder = try SizeCommandTests.caseFolder()
    let r = try CommandRunner.parkopt(["size", folder, "--hours", hours, "--output", folder + "/out"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("got \(hours); \(expected)"), "\(r.stderr)")
  }

  /// A negative time limit is read as a number (not as a missing value) and refused.
  @Test func aNegativeTimeLimitIsRefusedAsANumber() throws {
    let folder = try SizeCommandTests.caseFolder()
    let r = try CommandRunner.parkopt(["size", folder, "--time-limit", "-5", "--output", folder + "/out"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("--time-limit must be a positive number of seconds, got -5.0"), "\(r.stderr)")
  }

  @Test func exportsCreateTheirFolders() throws {
    let folder = try SizeCommandTests.caseFolder()
    let data = folder + "/new/deeper/case.dat", model = folder + "/other/model.mps"
    let r = try CommandRunner.parkopt([
      "size", folder, "--output", folder + "/out", "--write-mathprog-data", data, "--write-model", model,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try String(contentsOfFile: data, encoding: .utf8).contains("param T := 48;"))
    #expect(FileManager.default.fileExists(atPath: model))
  }

  /// With existing capacity the objective has a constant; the written MPS,
  /// solved again by `parkopt solve`, has `size`'s optimum.
  @Test func writtenModelKeepsTheConstantOfExistingCapacity() throws {
    let folder = try SizeCommandTests.caseFolder()
    let scenario = folder + "/scenario.yaml"
    let text = try String(contentsOfFile: scenario, encoding: .utf8)
      .replacingOccurrences(of: "lifetime_years: 25}", with: "lifetime_years: 25, existing_mw: 25}")
    try text.write(toFile: scenario, atomically: true, encoding: .utf8)
    let model = folder + "/model.mps"
    let size = try CommandRunner.parkopt([
      "size", folder, "--output", folder + "/out", "--format", "json", "--write-model", model,
    ])
    #expect(size.status == 0, "\(size.stderr)")
    let solve = try CommandRunner.parkopt(["solve", model, "--format", "json"])
    #expect(solve.status == 0, "\(solve.stderr)")
    let sized = try #require(Self.number("annual_cost_wan", in: size.stdout))
    let solved = try #require(Self.number("objective", in: solve.stdout))
    // 25 MW existing at 4 万元/MW·yr: 100 万元 already paid, taken off.
    // The default interior point is exact to a relative gap of 1e-8.
    #expect(abs(sized - 2190) <= 1e-8 * 2190, "size: \(sized)")
    #expect(abs(solved - 2190) <= 1e-9, "solve on the MPS: \(solved), size: \(sized)")
    #expect(try String(contentsOfFile: model, encoding: .utf8).contains("OBJCONST"))
  }

  /// The first `"key" : number` in a JSON text.
  static func number(_ key: String, in json: String) -> Double? {
    guard let range = json.range(of: "\"\(key)\" : ") else { return nil }
    return Double(json[range.upperBound...].prefix { "0123456789.-eE+".contains($0) })
  }
}
