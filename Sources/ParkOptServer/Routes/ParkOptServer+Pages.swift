import Foundation
import Hummingbird

extension ParkOptServer {
  /// `GET /`: the case picker and upload, the run form, past runs.
  func addPageRoutes(to router: Router<BasicRequestContext>) {
    router.get("/") { request, _ -> Response in
      let language = pageLanguage(request)
      let t = PageText.labels(language)
      let chosen = request.uri.queryParameters["case"].map(String.init)
      let all = cases.all()
      let selectedKey = chosen ?? all.first(where: { $0.key == "example:kunming" })?.key ?? all.first?.key
      let runs = await queue.all()
      let scenarios = CaseFileName.known.filter(CaseFileName.isScenario)
      let context: [String: Any] = [
        "title": t["home", default: ""],
        "accepted": CaseFileName.known.joined(separator: ", ") + ", \(CaseFileName.loadShapeFolder)/NAME.csv (zip)",
        "uploadLimit": String(format: "%.0f MB", Double(settings.uploadLimitBytes) / 1_000_000),
        "cases": all.map { c -> [String: Any] in
          [
            "key": c.key, "title": Self.caseTitle(c.key, t), "files": c.files.joined(separator: ", "),
            "count": c.files.count, "selected": c.key == selectedKey, "values": Self.jsonText(CaseValues.values(in: c.folder)),
          ]
        },
        "commands": RunOptions.commands.map { ["name": $0, "selected": $0 == "assign"] },
        "languages": PageText.languages.map { code -> [String: Any] in
          ["code": code, "name": code == "zh" ? "中文" : "English", "selected": code == language]
        },
        "scenarios": scenarios,
        "values": FormValue.all.map { v -> [String: Any] in
          [
            "name": v.name, "id": "value-" + v.name.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined(),
            "label": t[v.name, default: v.name], "key": v.key, "commands": v.commands.joined(separator: " "),
            "hasChoices": v.choices != nil, "choices": v.choices ?? [],
            "hint": t[{ if case .scale = v.target { "factorHint" } else { "valueHint" } }(), default: ""],
          ]
        },
        "jobs": settings.jobs,
        "hasRuns": !runs.isEmpty,
        "runs": runs.map { runContext($0, logLines: 0, language: language) },
      ]
      return keepingLanguage(Self.html(PageTemplates.render("home", context, language: language)), request)
    }
  }

  /// `object` as compact JSON with sorted keys (for a data attribute).
  static func jsonText(_ object: [String: String]) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  /// "Example kunming", "示例 kunming", "Upload case-0001": a case's name in the page.
  static func caseTitle(_ key: String, _ t: [String: String]) -> String {
    if key.hasPrefix("example:") { return t["example", default: "Example"] + " " + key.dropFirst("example:".count) }
    if key.hasPrefix("upload:") { return t["uploadCase", default: "Upload"] + " " + key.dropFirst("upload:".count) }
    return key
  }
}
