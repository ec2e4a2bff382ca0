import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPFoundation

@testable import ParkOptServer

@Suite struct ServerRouteTests {
  @Test func homePageListsTheExamplesAndTheForm() async throws {
    let t = try TestServer(parkopt: "/bin/false")
    try await t.test { client in
      let page = try await client.execute(uri: "/", method: .get)
      #expect(page.status == .ok)
      #expect(page.headers[.contentType] == "text/html; charset=utf-8")
      #expect(page.text.contains("<option value=\"example:kunming\" title=\"enterprises.csv, evaluate.yaml,"))
      #expect(page.text.contains(" selected>Example kunming (13 files)</option>"))
      #expect(page.text.contains("<option value=\"example:kunming-greenpower\" title=\"load.csv, resource.csv, scenario.yaml\" data-values=\"{&quot;scenario:battery.energy_capex_yuan_per_kwh&quot;:&quot;700&quot;,"))
      #expect(page.text.contains(",&quot;scenario:wind.capex_yuan_per_kw&quot;:&quot;6000&quot;}\">Example kunming-greenpower (3 files)</option>"))
      #expect(page.text.contains("<form class=\"run\" method=\"post\" action=\"/runs\""))
      #expect(page.text.contains("No runs yet."))
    }
  }

  @Test func uploadOneFileThenAnother() async throws {
    let t = try TestServer(parkopt: "/bin/false")
    try await t.test { client in
      let first = try await client.execute(uri: "/cases?name=parks.csv", method: .post, body: ByteBuffer(string: "id\nP1\n"))
      #expect(first.status == .ok)
      #expect(first.object["id"] as? String == "case-0001")
      let second = try await client.execute(
        uri: "/cases/case-0001/files?name=%E5%9C%B0%E5%9D%97.csv", method: .post, body: ByteBuffer(string: "id\n"))
      #expect(second.status == .ok)
      #expect(second.object["files"] as? [String] == ["parks.csv", "地块.csv"])
      let page = try await client.execute(uri: "/?case=upload:case-0001", method: .get)
      #expect(page.text.contains("<option value=\"upload:case-0001\" title=\"parks.csv, 地块.csv\" data-values=\"{}\" selected>Upload case-0001 (2 files)"))
    }
    #expect(try String(contentsOf: t.data.appendingPathComponent("cases/case-0001/parks.csv"), encoding: .utf8) == "id\nP1\n")
  }

  @Test func uploadsWithOtherNamesOrPathsAreRefused() async throws {
    let t = try TestServer(parkopt: "/bin/false")
    try await t.test { client in
      for name in ["..%2F..%2Fetc%2Fpasswd", "%2Ftmp%2Fparks.csv", "run.sh", "load_shapes%2Fx.csv", "parks.csv%00.sh"] {
        let r = try await client.execute(uri: "/cases?name=\(name)", method: .post, body: ByteBuffer(string: "x"))
        #expect(r.status == .badRequest, "\(name)")
        #expect((r.object["error"] as? String)?.contains("is not a file of a ParkOpt case") == true, "\(name): \(r.text)")
      }
      let missing = try await client.execute(uri: "/cases/..%2F..%2Ftmp/files?name=parks.csv", method: .post, body: ByteBuffer(string: "x"))
      #expect(missing.status == .notFound)
      let noName = try await client.execute(uri: "/cases", method: .post, body: ByteBuffer(string: "x"))
      #expect(noName.object["error"] as? String == "an upload names its file: ?name=FILE")
    }
    #expect((try? FileManager.default.contentsOfDirectory(atPath: t.data.appendingPathComponent("cases").path)) ?? [] == [])
  }

  @Test func oversizeUploadsAreRefused() async throws {
    let t = try TestServer(parkopt: "/bin/false", uploadLimitBytes: 1_000)
    try await t.test { client in
      let r = try await client.execute(uri: "/cases?name=parcels.csv", method: .post, body: ByteBuffer(repeating: 65, count: 2_000))
      #expect(r.status == .contentTooLarge)
      #expect((r.object["error"] as? String)?.contains("more than the 1000 allowed") == true, "\(r.text)")
      // Within the limit per request, but not for the case in all.
      _ = try await client.execute(uri: "/cases?name=parks.csv", method: .post, body: ByteBuffer(repeating: 65, count: 600))
      let more = try await client.execute(uri: "/cases/case-0001/files?name=parcels.csv", method: .post, body: ByteBuffer(repeating: 65, count: 600))
      #expect(more.status == .contentTooLarge)
      #expect(more.object["error"] as? String == "the case would hold 1200 bytes, more than the 1000 allowed")
    }
  }

  /// A small zip that unpacks to more than the case may hold is refused,
  /// and leaves no empty case behind.
  @Test func aRefusedZipKeepsNoCase() async throws {
    let t = try TestServer(parkopt: "/bin/false", uploadLimitBytes: 1_000)
    let zip = try makeZip([("parks.csv", Data(repeating: 65, count: 2_000))])
    try await t.test { client in
      let r = try await client.execute(uri: "/cases?name=big.zip", method: .post, body: ByteBuffer(bytes: zip))
      #expect(r.status == .contentTooLarge, "\(r.text)")
      #expect(r.object["error"] as? String == "the case would hold 2000 bytes, more than the 1000 allowed")
    }
    #expect((try? FileManager.default.contentsOfDirectory(atPath: t.data.appendingPathComponent("cases").path)) ?? [] == [])
  }

  @Test func zipUploadsAreCheckedAndUnpacked() async throws {
    let t = try TestServer(parkopt: "/bin/false", zipLimits: ZipLimits(maxEntries: 20, maxUncompressedBytes: 1_000_000))
    let good = try makeZip([("case/parks.csv", Data("id\n".utf8)), ("case/projects.csv", Data("id\n".utf8))])
    let bomb = try makeZip([("parcels.csv", Data(count: 5_000_000))])
    let traversal = try makeZip([("../../parks.csv", Data("x".utf8))])
    try await t.test { client in
      let ok = try await client.execute(uri: "/cases?name=case.zip", method: .post, body: ByteBuffer(bytes: good))
      #expect(ok.object["files"] as? [String] == ["parks.csv", "projects.csv"], "\(ok.text)")
      let refused = try await client.execute(uri: "/cases?name=bomb.zip", method: .post, body: ByteBuffer(bytes: bomb))
      #expect(refused.status == .contentTooLarge)
      #expect(refused.object["error"] as? String == "the zip unpacks to 5000000 bytes, more than the 1000000 allowed")
      let escaped = try await client.execute(uri: "/cases?name=t.zip", method: .post, body: ByteBuffer(bytes: traversal))
      #expect(escaped.status == .badRequest)
      #expect((escaped.object["error"] as? String)?.contains("points outside the case") == true)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: t.data.appendingPathComponent("cases").path) == ["case-0001"])
  }

  /// Starts a run of `command` on the Kunming example and waits for it.
  static func runToEnd(_ t: TestServer, _ client: any TestClientProtocol, _ fields: [(String, String)]) async throws -> (String, [String: Any]) {
    let start = try await client.execute(
      uri: "/runs", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: formBody(fields))
    #expect(start.status == .seeOther, "\(start.text)")
    let location = try #require(start.headers[.location])
    let id = String(location.dropFirst("/runs/".count))
    await t.server.queue.waitUntilOver(id)
    let status = try await client.execute(uri: "/runs/\(id)/status", method: .get)
    return (id, status.object)
  }

  @Test func aRunGoesThroughTheChildAndItsReportAndZipAreServed() async throws {
    let fake = try TestServer.fakeParkopt(stderr: "progress: 3 of 3", report: true, tail: "exit 0")
    let t = try TestServer(parkopt: fake)
    try await t.test { client in
      let (id, status) = try await Self.runToEnd(t, client, [("case", "example:kunming"), ("command", "rank"), ("top", "2")])
      #expect(id == "run-0001")
      #expect(status["state"] as? String == "finished")
      #expect(status["exit_code"] as? Int == 0)
      #expect(status["stderr_tail"] as? [String] == ["progress: 3 of 3"])
      #expect((status["command_line"] as? [String])?.prefix(2) == ["parkopt", "rank"])
      let page = try await client.execute(uri: "/runs/\(id)", method: .get)
      #expect(page.text.contains("<pre class=\"log\" id=\"stdout\">summary: rank</pre>"))
      #expect(page.text.contains("<a id=\"report\" href=\"/runs/run-0001/report\">"))
      #expect(!page.text.contains("http-equiv=\"refresh\""))
      let report = try await client.execute(uri: "/runs/\(id)/report", method: .get)
      #expect(report.text == "<html><svg class=\"map\"></svg></html>\n")
      let zip = try await client.execute(uri: "/runs/\(id)/download", method: .get)
      #expect(zip.headers[.contentType] == "application/zip")
      let archive = try Archive(data: Data(buffer: zip.body), accessMode: .read)
      #expect(archive.map(\.path).sorted() == ["run-0001-results/report.html", "run-0001-results/run.json"])
      let home = try await client.execute(uri: "/", method: .get)
      #expect(home.text.contains("<td><a href=\"/runs/run-0001\">run-0001</a></td><td>Example kunming</td><td>rank</td><td class=\"state-finished\" data-state=\"finished\">finished</td><td class=\"num\">0</td>"))
    }
  }

  @Test func aFailingRunShowsTheCLIErrorAndTheServerGoesOn() async throws {
    let message = "parkopt: Examples/kunming/parcels.csv, row 3, column area_mu: not a number: 'abc'"
    let fake = try TestServer.fakeParkopt(stderr: message, report: false, tail: "exit 2")
    let t = try TestServer(parkopt: fake)
    try await t.test { client in
      let (id, status) = try await Self.runToEnd(t, client, [("case", "example:kunming"), ("command", "assign")])
      #expect(status["exit_code"] as? Int == 2)
      #expect(status["has_report"] as? Bool == false)
      let page = try await client.execute(uri: "/runs/\(id)", method: .get)
      #expect(page.text.contains("row 3, column area_mu: not a number: &#39;abc&#39;"), "\(page.text)")
      let zip = try await client.execute(uri: "/runs/\(id)/download", method: .get)
      #expect(zip.status == .notFound)
      let next = try await client.execute(uri: "/", method: .get)
      #expect(next.status == .ok)
    }
  }

  @Test func cancelStopsARunningChildAndAQueuedRun() async throws {
    // The child sleeps far longer than the test may take, so that a test
    // machine whose cooperative threads are busy with other suites (CI runs
    // them in parallel on 2 cores) still finds run-0001 running when it
    // cancels: the cancel, not the child's end, must finish it.
    let fake = try TestServer.fakeParkopt(stderr: "working", report: false, tail: "exec sleep 600")
    let t = try TestServer(parkopt: fake, jobs: 1)
    try await t.test { client in
      let form: [(String, String)] = [("case", "example:kunming"), ("command", "assign")]
      let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
      _ = try await client.execute(uri: "/runs", method: .post, headers: headers, body: formBody(form))
      _ = try await client.execute(uri: "/runs", method: .post, headers: headers, body: formBody(form))
      #expect(await t.server.queue.run("run-0001")?.state == .running)
      #expect(await t.server.queue.run("run-0002")?.state == .queued)
      let page = try await client.execute(uri: "/runs/run-0001", method: .get)
      #expect(page.text.contains("<meta http-equiv=\"refresh\" content=\"2\">"))
      let cancelQueued = try await client.execute(uri: "/runs/run-0002/cancel", method: .post)
      #expect(cancelQueued.status == .seeOther)
      #expect(await t.server.queue.run("run-0002")?.state == .cancelled)
      let started = Date()
      _ = try await client.execute(uri: "/runs/run-0001/cancel", method: .post)
      await t.server.queue.waitUntilOver("run-0001")
      #expect(Date().timeIntervalSince(started) < 300)  // not the child's 600 s
      let run = await t.server.queue.run("run-0001")
      #expect(run?.state == .cancelled)
      // Killed by SIGTERM, or by SIGKILL 5 s later (parkopt itself exits 130).
      #expect(run?.exitCode == 128 + 15 || run?.exitCode == 128 + 9, "\(String(describing: run?.exitCode))")
      #expect(await t.server.queue.run("run-0002")?.startedAt == nil)
    }
  }

  @Test func unknownRunsAndCasesAre404() async throws {
    let t = try TestServer(parkopt: "/bin/false")
    try await t.test { client in
      #expect(try await client.execute(uri: "/runs/run-0042", method: .get).status == .notFound)
      #expect(try await client.execute(uri: "/runs/..%2F..%2Fetc/report", method: .get).status == .notFound)
      let r = try await client.execute(
        uri: "/runs", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
        body: formBody([("case", "upload:case-0009"), ("command", "assign")]))
      #expect(r.status == .notFound)
      #expect(r.text.contains("no case &quot;upload:case-0009&quot;"))
    }
  }

  @Test(.enabled(if: TestServer.realParkopt != nil, "needs the parkopt executable built beside the tests"))
  func theRealParkoptAssignsKunmingAndWritesItsReport() async throws {
    let t = try TestServer(parkopt: try #require(TestServer.realParkopt))
    try await t.test { client in
      let (id, status) = try await Self.runToEnd(
        t, client, [("case", "example:kunming"), ("command", "assign"), ("no_explain", "on")])
      #expect(status["exit_code"] as? Int == 0, "\(status)")
      let report = try await client.execute(uri: "/runs/\(id)/report", method: .get)
      #expect(report.text.contains("<svg"))
      let zip = try await client.execute(uri: "/runs/\(id)/download", method: .get)
      let names = try Archive(data: Data(buffer: zip.body), accessMode: .read).map(\.path)
      #expect(names.contains("\(id)-results/assignments.csv"))
      #expect(names.contains("\(id)-results/run.json"))
    }
  }
}
