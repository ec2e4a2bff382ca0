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

  @Test func aPreparedCaseIsTheFolderGivenAndItsScenarioIsRead() throws {
    let prepared = URL(fileURLWithPath: "/runs/run-0001/case")
    let assign = try RunOptions(form: ["command": "assign", "scenario": "scenario-green.yaml", "scenario:stock_link_ratio": "1"])
    #expect(try assign.arguments(caseFolder: folder, output: output, prepared: prepared) == [
      "assign", prepared.path, "--output", output.path, "--language", "en",
    ])
    #expect(assign.values == ["scenario:stock_link_ratio": "1"])
    #expect(assign.formValues.map(\.0.key) == ["stock_link_ratio"])
  }

  @Test func onlyTheCommandsValuesAreTaken() throws {
    // Empty fields of other commands are ignored (a page without script posts them all).
    let size = try RunOptions(form: ["command": "size", "scenario:stock_link_ratio": "", "scenario:policy.target": "2030"])
    #expect(size.values == ["scenario:policy.target": "2030"])
    let error = #expect(throws: ServerError.self) {
      try RunOptions(form: ["command": "evaluate", "scenario:stock_link_ratio": "1"])
    }
    #expect(error?.message == "\"scenario:stock_link_ratio\" is not a value the page can set for evaluate (it sets: "
      + "evaluation_year, startup_years, low_efficiency.max_tax_per_mu, low_efficiency.min_land_mu)")
    #expect(FormValue.values(of: "rank").map(\.name).prefix(4) == [
      "scenario:stock_link_ratio", "scenario:min_leading_share", "scale:parks.csv:energy_quota_tce",
      "scale:parks.csv:new_land_quota_mu",
    ])
  }

  @Test func runsKeptByAnEarlierServerStillDecode() throws {
    let old = """
      {"caseKey":"example:kunming","command":"assign","dea":"none","hours":"","language":"en","mipGap":"",\
      "noExplain":true,"scenario":"","timeLimit":"","top":""}
      """
    let options = try JSONDecoder().decode(RunOptions.self, from: Data(old.utf8))
    #expect(options.values == [:])
    #expect(options.noExplain)
  }

  @Test func theCasesOwnValuesAreTheFieldsPlaceholders() {
    let kunming = CaseValues.values(in: TestServer.examples.appendingPathComponent("kunming"))
    #expect(kunming["scenario:stock_link_ratio"] == "0.0")
    #expect(kunming["scenario:objective.tax"] == "1.0")
    #expect(kunming["weights:land_cost"] == "0.25")
    #expect(kunming["scenario:evaluation_year"] == "2025")
    #expect(kunming["scenario:low_efficiency.max_tax_per_mu"] == "10")
    #expect(kunming["scale:parks.csv:energy_quota_tce"] == nil)
    #expect(kunming["scenario:policy.target"] == nil)  // no size scenario there
    let greenpower = CaseValues.values(in: TestServer.examples.appendingPathComponent("kunming-greenpower"))
    #expect(greenpower["scenario:policy.target"] == "2025")
    #expect(greenpower["scenario:grid.export_allowed"] == "true")
    #expect(greenpower["scenario:stock_link_ratio"] == nil)
  }
}
