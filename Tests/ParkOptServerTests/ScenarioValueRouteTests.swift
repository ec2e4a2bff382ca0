import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ParkOptServer

/// The form's scenario values: written into the run's own case folder,
/// checked by the commands' readers, no other key settable.
@Suite struct ScenarioValueRouteTests {
  static let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

  @Test func valuesAreMergedIntoTheScenarioAndTablesAreScaled() async throws {
    let fake = try TestServer.fakeParkopt(stderr: "ok", report: false, tail: "exit 0")
    let t = try TestServer(parkopt: fake)
    try await t.test { client in
      let (id, status) = try await ServerRouteTests.runToEnd(t, client, [
        ("case", "example:kunming"), ("command", "assign"), ("scenario:stock_link_ratio", "0.5"),
        ("scenario:objective.jobs", " 2 "), ("scale:parks.csv:energy_quota_tce", "1.2"), ("scenario:min_leading_share", ""),
      ])
      let folder = t.data.appendingPathComponent("runs/\(id)/case")
      #expect((status["command_line"] as? [String])?.prefix(3) == ["parkopt", "assign", folder.path])
      let scenario = try String(contentsOf: folder.appendingPathComponent("scenario.yaml"), encoding: .utf8)
      #expect(scenario.contains("stock_link_ratio: 0.5\n"), "\(scenario)")
      #expect(scenario.contains("  jobs: 2\n"), "\(scenario)")
      #expect(scenario.contains("min_leading_share: 0.6\n"), "the case's own value stays: \(scenario)")
      #expect(scenario.contains("mip_gap: 0.0001\n"))
      let parks = try String(contentsOf: folder.appendingPathComponent("parks.csv"), encoding: .utf8)
      // AN's 84,900 tce × 1.2; the other columns as they were.
      #expect(parks.split(separator: "\n")[1].contains(",,101880,,3550,,0.6"), "\(parks)")
      let linked = try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("parcels.csv").path)
      #expect(linked == TestServer.examples.appendingPathComponent("kunming/parcels.csv").path)
      let page = try await client.execute(uri: "/runs/\(id)", method: .get)
      #expect(page.text.contains(
        "<p id=\"values-set\">Scenario values: <code>stock_link_ratio = 0.5; parks.csv energy_quota_tce × f = 1.2; objective.jobs = 2</code></p>"),
        "\(page.text)")
      #expect(status["values"] as? [String: String] == ["scenario:stock_link_ratio": "0.5", "scenario:objective.jobs": "2", "scale:parks.csv:energy_quota_tce": "1.2"])
      let kept = await t.server.queue.run(id)?.options.values
      #expect(kept == ["scenario:stock_link_ratio": "0.5", "scenario:objective.jobs": "2", "scale:parks.csv:energy_quota_tce": "1.2"])
    }
  }

  @Test func rankWeightsAndSizeValuesGoToTheirFiles() async throws {
    let fake = try TestServer.fakeParkopt(stderr: "ok", report: false, tail: "exit 0")
    let t = try TestServer(parkopt: fake)
    try await t.test { client in
      let (rank, rankStatus) = try await ServerRouteTests.runToEnd(t, client, [
        ("case", "example:kunming"), ("command", "rank"), ("weights:land_cost", "0.9"),
      ])
      let weights = t.data.appendingPathComponent("runs/\(rank)/case/rank-weights.yaml")
      let line = try #require(rankStatus["command_line"] as? [String])
      #expect(Array(line.suffix(2)) == ["--weights", weights.path])
      let text = try String(contentsOf: weights, encoding: .utf8)
      #expect(text.contains("land_cost: 0.9\n") && text.contains("quota_share: 0.25\n"), "\(text)")
      let (size, _) = try await ServerRouteTests.runToEnd(t, client, [
        ("case", "example:kunming-greenpower"), ("command", "size"), ("scenario:policy.target", "2030"),
        ("scenario:grid.export_allowed", "false"),
      ])
      let scenario = try String(
        contentsOf: t.data.appendingPathComponent("runs/\(size)/case/scenario.yaml"), encoding: .utf8)
      #expect(scenario.contains("target: '2030'") || scenario.contains("target: \"2030\"") || scenario.contains("target: 2030"), "\(scenario)")
      #expect(scenario.contains("export_allowed: false"), "\(scenario)")
    }
  }

  @Test func aValueOutOfRangeShowsTheCLIsErrorWithTheKeyAndMakesNoRun() async throws {
    let t = try TestServer(parkopt: "/bin/false")
    try await t.test { client in
      let cases: [([(String, String)], String)] = [
        ([("command", "assign"), ("scenario:stock_link_ratio", "20")],
         "scenario.yaml with the form&#39;s values, key &#39;stock_link_ratio&#39;: must be a number in 0…10; found 20 (line 7)"),
        ([("command", "size"), ("scenario:policy.min_self_use_of_generation", "1.5")],
         "key &#39;policy.min_self_use_of_generation&#39;: must be a number"),
        ([("command", "evaluate"), ("scenario:startup_years", "2.5")], "key &#39;startup_years&#39;: must be a whole number"),
        ([("command", "rank"), ("weights:land_cost", "-1")], "key &#39;land_cost&#39;: must be a number"),
        ([("command", "assign"), ("scale:parks.csv:energy_quota_tce", "0")], "key &#39;energy_quota_tce&#39;: must be a number"),
        // A value cannot carry a second key: it is written as one quoted scalar.
        ([("command", "assign"), ("scenario:stock_link_ratio", "0.5\nmip_gap: 0.9")],
         "key &#39;stock_link_ratio&#39;: must be a number"),
      ]
      for (fields, message) in cases {
        let caseKey = fields[0].1 == "size" ? "example:kunming-greenpower" : "example:kunming"
        let r = try await client.execute(
          uri: "/runs", method: .post, headers: Self.headers, body: formBody([("case", caseKey)] + fields))
        #expect(r.status == .badRequest, "\(fields)")
        #expect(r.text.contains("1 problem in the input:"), "\(fields): \(r.text)")
        #expect(r.text.contains(message), "\(fields): \(r.text)")
      }
      // The merged scenario is shown below the message (its line numbers are those the message gives).
      let shown = try await client.execute(
        uri: "/runs", method: .post, headers: Self.headers,
        body: formBody([("case", "example:kunming"), ("command", "assign"), ("scenario:stock_link_ratio", "20")]))
      #expect(shown.text.contains("scenario.yaml with the form&#39;s values:\nobjective:\n  tax: 1.0\n"), "\(shown.text)")
      #expect(shown.text.contains("\nstock_link_ratio: 20\n"))
    }
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: t.data.appendingPathComponent("runs").path)) ?? []) == [])
  }

  @Test func noOtherKeyCanBeSet() async throws {
    let t = try TestServer(parkopt: "/bin/false")
    try await t.test { client in
      let fields: [(String, String)] = [
        ("scenario:mip_gap", "0.5"), ("scenario:green_power.enabled", "true"), ("scale:parcels.csv:area_mu", "2"),
        ("scale:..%2Fparks.csv:energy_quota_tce", "2"), ("weights:land_cost", "0.5"), ("scenario:policy.target", "2030"),
      ]
      for field in fields {
        let r = try await client.execute(
          uri: "/runs", method: .post, headers: Self.headers,
          body: formBody([("case", "example:kunming"), ("command", "assign"), field]))
        #expect(r.status == .badRequest, "\(field)")
        #expect(r.text.contains("is not a value the page can set for assign (it sets: stock_link_ratio, min_leading_share,"), "\(field): \(r.text)")
      }
    }
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: t.data.appendingPathComponent("runs").path)) ?? []) == [])
  }

  @Test(.enabled(if: TestServer.realParkopt != nil, "needs the parkopt executable built beside the tests"))
  func aSmallerEnergyQuotaChangesKunmingsPlan() async throws {
    let t = try TestServer(parkopt: try #require(TestServer.realParkopt), jobs: 2)
    try await t.test { client in
      let common: [(String, String)] = [
        ("case", "example:kunming"), ("command", "assign"), ("no_explain", "on"), ("mip_gap", "0.01"),
      ]
      async let base = ServerRouteTests.runToEnd(t, client, common)
      async let half = ServerRouteTests.runToEnd(t, client, common + [("scale:parks.csv:energy_quota_tce", "0.5")])
      let (baseID, baseStatus) = try await base
      let (halfID, halfStatus) = try await half
      #expect(baseStatus["exit_code"] as? Int == 0, "\(baseStatus)")
      #expect(halfStatus["exit_code"] as? Int == 0, "\(halfStatus)")
      let plan = { (id: String) throws -> [String: Any] in
        let data = try Data(contentsOf: t.data.appendingPathComponent("runs/\(id)/results/plan.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      }
      let unplaced = { (id: String) throws -> Int in
        try String(contentsOf: t.data.appendingPathComponent("runs/\(id)/results/unplaced.csv"), encoding: .utf8)
          .split(separator: "\n").count - 1
      }
      let baseObjective = try #require(try plan(baseID)["objective"] as? Double)
      let halfObjective = try #require(try plan(halfID)["objective"] as? Double)
      #expect(try unplaced(baseID) == 20)
      #expect(try unplaced(halfID) > 20)
      #expect(halfObjective < baseObjective - 1000, "\(halfObjective) vs \(baseObjective)")
    }
  }
}
