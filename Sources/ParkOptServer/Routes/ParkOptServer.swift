import Foundation
import Hummingbird

/// The local web server: routes over a case store and a run queue.
public struct ParkOptServer: Sendable {
  public let settings: ServerSettings
  public let cases: CaseStore
  public let queue: RunQueue

  /// A server for these settings (the data folder is created).
  public init(settings: ServerSettings) throws {
    try FileManager.default.createDirectory(at: settings.dataDirectory, withIntermediateDirectories: true)
    self.settings = settings
    cases = CaseStore(settings: settings)
    queue = RunQueue(settings: settings)
  }

  /// The router with every route (pages, uploads, runs).
  public func router() -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    addPageRoutes(to: router)
    addCaseRoutes(to: router)
    addRunRoutes(to: router)
    return router
  }

  /// The application bound to the settings' host and port.
  public func application(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
    Application(
      router: router(),
      configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "parkopt-serve"),
      onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) })
  }
}

extension ParkOptServer {
  /// An HTML page response.
  static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: page)))
  }

  /// A JSON response (keys sorted).
  static func json(_ object: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    return Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }

  /// The page for an error (HTML routes), in `language`.
  static func failurePage(_ error: any Error, language: String) -> Response {
    let failure = (error as? ServerError) ?? ServerError("\(error)", status: .internalServerError)
    let context: [String: Any] = [
      "title": PageText.labels(language)["refused", default: "Refused"], "message": failure.message, "languagePath": "/",
    ]
    return html(PageTemplates.render("failure", context, language: language), status: failure.status)
  }

  /// The name of the cookie that keeps the page's language.
  static let languageCookie = "parkopt_lang"

  /// The page's language: `?lang=` when it names one (`zh`, `en`), else
  /// the cookie a `?lang=` set, else the server's `--language`.
  func pageLanguage(_ request: Request) -> String {
    if let chosen = request.uri.queryParameters["lang"].map(String.init), PageText.languages.contains(chosen) { return chosen }
    if let kept = request.cookies[Self.languageCookie]?.value, PageText.languages.contains(kept) { return kept }
    return settings.language
  }

  /// `response` keeping the language the request chose with `?lang=` (a cookie).
  func keepingLanguage(_ response: Response, _ request: Request) -> Response {
    guard let chosen = request.uri.queryParameters["lang"].map(String.init), PageText.languages.contains(chosen) else {
      return response
    }
    var response = response
    response.headers[.setCookie] = "\(Self.languageCookie)=\(chosen); Path=/; SameSite=Lax"
    return response
  }

  /// The body of a request, refused with 413 over the upload limit.
  func body(of request: Request) async throws -> Data {
    let limit = settings.uploadLimitBytes
    if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
      throw ServerError("the upload is \(length) bytes, more than the \(limit) allowed (--max-upload-mb)", status: .contentTooLarge)
    }
    do {
      let buffer = try await request.body.collect(upTo: limit)
      return Data(buffer.readableBytesView)
    } catch {
      throw ServerError("the upload is more than the \(limit) bytes allowed (--max-upload-mb)", status: .contentTooLarge)
    }
  }
}
