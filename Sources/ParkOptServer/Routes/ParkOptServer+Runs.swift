import Foundation
import Hummingbird

extension ParkOptServer {
  /// Runs: start (form post), page, status (JSON), cancel, report, download.
  func addRunRoutes(to router: Router<BasicRequestContext>) {
    router.post("/runs") { request, _ -> Response in
      let language = pageLanguage(request)
      do {
        let fields = FormFields.parse(String(decoding: try await body(of: request), as: UTF8.self))
        let options = try RunOptions(form: fields, defaultLanguage: language)
        guard let theCase = cases.find(options.caseKey) else {
          throw ServerError("no case \"\(options.caseKey)\": pick an example or upload a case", status: .notFound)
        }
        let run = try await queue.submit(options, case: theCase)
        return Response(status: .seeOther, headers: [.location: "/runs/\(run.id)"])
      } catch {
        return Self.failurePage(error, language: language)
      }
    }
    router.get("/runs/:id") { request, context -> Response in
      let language = pageLanguage(request)
      do {
        let run = try await existingRun(context)
        let page = Self.html(PageTemplates.render("run", runContext(run, logLines: 40, language: language), language: language))
        return keepingLanguage(page, request)
      } catch {
        return Self.failurePage(error, language: language)
      }
    }
    router.get("/runs/:id/status") { _, context -> Response in
      do {
        let run = try await existingRun(context)
        var status: [String: Any] = [
          "id": run.id, "state": run.state.rawValue, "command_line": run.commandLine,
          "stderr_tail": tail(of: queue.folder(run.id).appendingPathComponent("stderr.txt"), lines: 20),
          "has_report": hasReport(run.id), "values": run.options.values,
        ]
        if let code = run.exitCode { status["exit_code"] = Int(code) }
        if let elapsed = run.elapsed(now: Date().timeIntervalSince1970) { status["elapsed_s"] = elapsed }
        return Self.json(status)
      } catch {
        return Self.jsonFailure(error)
      }
    }
    router.post("/runs/:id/cancel") { request, context -> Response in
      let language = pageLanguage(request)
      do {
        let run = try await existingRun(context)
        try await queue.cancel(run.id)
        return Response(status: .seeOther, headers: [.location: "/runs/\(run.id)"])
      } catch {
        return Self.failurePage(error, language: language)
      }
    }
    router.get("/runs/:id/report") { request, context -> Response in
      let language = pageLanguage(request)
      do {
        let run = try await existingRun(context)
        let file = queue.folder(run.id).appendingPathComponent("results/report.html")
        guard let data = try? Data(contentsOf: file) else {
          throw ServerError("run \(run.id) has no report.html (yet)", status: .notFound)
        }
        return Response(
          status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
      } catch {
        return Self.failurePage(error, language: language)
      }
    }
    router.get("/runs/:id/download") { request, context -> Response in
      let language = pageLanguage(request)
      do {
        let run = try await existingRun(context)
        guard run.isOver else { throw ServerError("run \(run.id) is still \(run.state.rawValue)", status: .conflict) }
        let results = queue.folder(run.id).appendingPathComponent("results")
        guard FileManager.default.fileExists(atPath: results.path) else {
          throw ServerError("run \(run.id) wrote no result folder (see its standard error)", status: .notFound)
        }
        let data = try ResultZip.data(folder: results, top: run.id + "-results")
        return Response(
          status: .ok,
          headers: [
            .contentType: "application/zip",
            .contentDisposition: "attachment; filename=\"\(run.id)-results.zip\"",
          ],
          body: .init(byteBuffer: ByteBuffer(bytes: data)))
      } catch {
        return Self.failurePage(error, language: language)
      }
    }
  }

  /// The run named in the path, or 404.
  func existingRun(_ context: BasicRequestContext) async throws -> ServedRun {
    let id = try context.parameters.require("id")
    guard RunQueue.isID(id), let run = await queue.run(id) else { throw ServerError("no run \"\(id)\"", status: .notFound) }
    return run
  }

  /// Whether the run's result folder holds a report.
  func hasReport(_ id: String) -> Bool {
    FileManager.default.fileExists(atPath: queue.folder(id).appendingPathComponent("results/report.html").path)
  }

  /// The last `lines` lines of a text file (all of it when over).
  func tail(of file: URL, lines: Int?) -> [String] {
    guard let data = try? Data(contentsOf: file) else { return [] }
    // Progress lines rewrite themselves with \r: show the latest state of each.
    let text = String(decoding: data, as: UTF8.self)
    let all = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      String(line.split(separator: "\r").last ?? "")
    }
    let trimmed = all.last == "" ? Array(all.dropLast()) : all
    guard let lines else { return trimmed }
    return Array(trimmed.suffix(lines))
  }

  /// The Mustache context of a run's page (and of its row in the list).
  func runContext(_ run: ServedRun, logLines: Int, language: String) -> [String: Any] {
    let folder = queue.folder(run.id)
    let now = Date().timeIntervalSince1970
    let t = PageText.labels(language)
    return [
      "title": t["runTitle", default: "Run"] + " \(run.id): \(run.options.command)", "id": run.id,
      "state": run.state.rawValue, "stateText": t["state." + run.state.rawValue, default: run.state.rawValue],
      "exitCode": run.exitCode.map { String($0) } ?? false, "caseTitle": Self.caseTitle(run.options.caseKey, t),
      "command": run.options.command,
      "valuesSet": run.options.formValues.map { "\($0.0.key) = \($0.1)" }.joined(separator: "; "),
      "hasValues": !run.options.values.isEmpty,
      "elapsed": run.elapsed(now: now).map { String(format: "%.1f s", $0) } ?? "—",
      "commandLine": run.commandLine.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " "),
      "over": run.isOver, "hasReport": hasReport(run.id),
      "hasResults": run.isOver && FileManager.default.fileExists(atPath: folder.appendingPathComponent("results").path),
      "refresh": run.isOver ? false : "2",
      "stderr": tail(of: folder.appendingPathComponent("stderr.txt"), lines: run.isOver ? nil : logLines).joined(separator: "\n"),
      "stdout": tail(of: folder.appendingPathComponent("stdout.txt"), lines: nil).joined(separator: "\n"),
    ]
  }
}
