import Foundation
import Hummingbird

extension ParkOptServer {
  /// `POST /cases?name=N` (a new case from one file or a zip) and
  /// `POST /cases/ID/files?name=N` (one more file): raw bodies, JSON answers.
  func addCaseRoutes(to router: Router<BasicRequestContext>) {
    router.post("/cases") { request, _ -> Response in
      do {
        let files = try await uploadedFiles(request)
        let made = try cases.create(files)
        return Self.json(["id": String(made.key.dropFirst("upload:".count)), "key": made.key, "files": made.files])
      } catch {
        return Self.jsonFailure(error)
      }
    }
    router.post("/cases/:id/files") { request, context -> Response in
      do {
        let id = try context.parameters.require("id")
        let files = try await uploadedFiles(request)
        try cases.add(files, to: id)
        let updated = cases.find("upload:" + id)
        return Self.json(["id": id, "key": "upload:" + id, "files": updated?.files ?? []])
      } catch {
        return Self.jsonFailure(error)
      }
    }
  }

  /// The files of an upload: the body is one case file named by `?name=`,
  /// or a zip (name ending `.zip`) of several.
  func uploadedFiles(_ request: Request) async throws -> [(path: String, data: Data)] {
    guard let name = request.uri.queryParameters["name"].map(String.init), !name.isEmpty else {
      throw ServerError("an upload names its file: ?name=FILE")
    }
    let data = try await body(of: request)
    if name.lowercased().hasSuffix(".zip") { return try ZipCase.files(in: data, limits: settings.zipLimits) }
    guard let path = CaseFileName.relativePath(for: name), !path.contains("/") else {
      throw ServerError(CaseFileName.rejection(name))
    }
    return [(path, data)]
  }

  /// The JSON answer for a refused request.
  static func jsonFailure(_ error: any Error) -> Response {
    let failure = (error as? ServerError) ?? ServerError("\(error)", status: .internalServerError)
    return json(["error": failure.message], status: failure.status)
  }
}
