import Foundation
import Testing

@testable import ParkOptServer

@Suite struct RunOptionsTests {
  let folder = URL(fileURLWithPath: "/cases/k")
  let output = URL(fileURLWithPath: "/runs/run-0001/results")

  @Test func assignArguments() throws {
    let options = try RunOptions(form: [
      "case": "example:kunming", "command": "assign", "language": "zh", "scenario": "scenario-green.yaml",
      "mip_gap": "0.01", "no_explain": "on", "time_limit": "30",
    ])
    #expect(try options.arguments(caseFolder: folder, output: output) == [
      "assign", "/cases/k", "--scenario", "/cases/k/scenario-green.yaml", "--output", output.path, "--language", "zh",
      "--mip-gap", "0.01", "--no-explain", "--time-limit", "30",
    ])
  }

  @Test func rankAndSizeArguments() throws {
    let rank = try RunOptions(form: ["command": "rank", "top": "5"])
    #expect(try rank.arguments(caseFolder: folder, output: output) == ["rank", "/cases/k", "--output", output.path, "--language", "en", "--top", "5"])
    let size = try RunOptions(form: ["command": "size", "hours": "168", "mip_gap": "0.5"])
    #expect(try size.arguments(caseFolder: folder, output: output) == ["size", "/cases/k", "--output", output.path, "--language", "en", "--hours", "168"])
  }

  @Test func evaluateUsesTheCaseFilesPresent() throws {
    let kunming = TestServer.examples.appendingPathComponent("kunming")
    let options = try RunOptions(form: ["command": "evaluate", "dea": "parks"])
    #expect(try options.arguments(caseFolder: kunming, output: output) == [
      "evaluate", kunming.appendingPathComponent("firms.csv").path,
      "--scenario", kunming.appendingPathComponent("evaluate.yaml").path,
      "--park-indicators", kunming.appendingPathComponent("park_indicators.csv").path,
      "--dea", "parks", "--output", output.path, "--language", "en",
    ])
  }

  @Test func badValuesAreRefused() {
    let cases: [([String: String], String)] = [
      (["command": "solve"], "unknown command \"solve\" (one of assign, evaluate, rank, size)"),
      (["language": "fr"], "language must be en or zh, not \"fr\""),
      (["mip_gap": "--no-explain"], "mip_gap must be a number ≥ 0, not \"--no-explain\""),
      (["hours": "-24"], "hours must be a whole number > 0, not \"-24\""),
      (["scenario": "../scenario.yaml"], CaseFileName.rejection("../scenario.yaml")),
      (["scenario": "parks.csv"], CaseFileName.rejection("parks.csv")),
    ]
    for (form, message) in cases {
      let error = #expect(throws: ServerError.self) { try RunOptions(form: form) }
      #expect(error?.message == message)
    }
  }
}
