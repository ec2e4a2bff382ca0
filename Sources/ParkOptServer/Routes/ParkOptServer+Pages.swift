import Foundation
import Hummingbird

extension ParkOptServer {
  /// `GET /`: the case picker and upload, the run form, past runs.
  func addPageRoutes(to router: Router<BasicRequestContext>) {
    router.get("/") { request, _ -> Response in
      let chosen = request.uri.queryParameters["case"].map(String.init)
      let all = cases.all()
      let selectedKey = chosen ?? all.first(where: { $0.key == "example:kunming" })?.key ?? all.first?.key
      let runs = await queue.all()
      let scenarios = CaseFileName.known.filter(CaseFileName.isScenario)
      let context: [String: Any] = [
        "title": "ParkOpt: run a case",
        "accepted": CaseFileName.known.joined(separator: ", ") + ", \(CaseFileName.loadShapeFolder)/NAME.csv (in a zip)",
        "uploadLimit": String(format: "%.0f MB", Double(settings.uploadLimitBytes) / 1_000_000),
        "cases": all.map { c -> [String: Any] in
          [
            "key": c.key, "title": c.title, "files": c.files.joined(separator: ", "), "count": c.files.count,
            "selected": c.key == selectedKey,
          ]
        },
        "commands": RunOptions.commands.map { ["name": $0, "selected": $0 == "assign"] },
        "scenarios": scenarios,
        "jobs": settings.jobs,
        "hasRuns": !runs.isEmpty,
        "runs": runs.map { runContext($0, logLines: 0) },
      ]
      return Self.html(PageTemplates.render("home", context))
    }
  }
}
