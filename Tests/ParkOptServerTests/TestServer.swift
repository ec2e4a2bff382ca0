import Foundation
import Hummingbird
import HummingbirdTesting
import ParkOptServer
import ParkOptTestSupport

/// A server over a fresh data folder, the repository's examples and a
/// `parkopt` of the test's choosing (a small shell script, or the real one).
struct TestServer {
  static let root = RepositoryPaths.root
  static let examples = root.appendingPathComponent("Examples", isDirectory: true)

  let server: ParkOptServer
  let data: URL
  private let cleanup: FolderCleanup

  /// The page is English unless `language` says otherwise (the tests read its words).
  init(
    parkopt: String, uploadLimitBytes: Int = 50_000_000, zipLimits: ZipLimits = ZipLimits(), jobs: Int = 1,
    language: String = "en"
  ) throws {
    data = Scratch.path("serve-test")
    cleanup = FolderCleanup(data)
    server = try ParkOptServer(settings: ServerSettings(
      dataDirectory: data, jobs: jobs, uploadLimitBytes: uploadLimitBytes, zipLimits: zipLimits,
      parkoptPath: parkopt, examplesDirectory: Self.examples, language: language))
  }

  /// Runs `test` against the router (no socket).
  func test<Value: Sendable>(_ test: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
    let app = Application(router: server.router())
    return try await app.test(.router, test)
  }

  /// A shell script standing in for `parkopt`: prints `stderr` on standard
  /// error, writes a report into `--output` when `report` is set, then runs
  /// `tail` (e.g. "exit 2" or "sleep 30").
  static func fakeParkopt(stderr: String, report: Bool, tail: String) throws -> String {
    let dir = try Scratch.folder("fake-parkopt")
    let script = dir.appendingPathComponent("parkopt")
    let text = """
      #!/bin/sh
      out=""; prev=""
      for a in "$@"; do [ "$prev" = "--output" ] && out="$a"; prev="$a"; done
      printf '%s\\n' "\(stderr)" >&2
      echo "summary: $1"
      if [ \(report ? "1" : "0") = 1 ]; then mkdir -p "$out"; echo '<html><svg class="map"></svg></html>' > "$out/report.html"; echo '{}' > "$out/run.json"; fi
      \(tail)

      """
    try Data(text.utf8).write(to: script)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    return script.path
  }

  /// The real `parkopt` built beside the test bundle, when there is one.
  static var realParkopt: String? {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("parkopt")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
      directory = directory.deletingLastPathComponent()
    }
    let built = root.appendingPathComponent(".build/debug/parkopt").path
    return FileManager.default.isExecutableFile(atPath: built) ? built : nil
  }
}

extension TestResponse {
  /// The body as text.
  var text: String { String(buffer: body) }

  /// The body as a JSON object.
  var object: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:] }
}

/// A form body.
func formBody(_ fields: [(String, String)]) -> ByteBuffer {
  ByteBuffer(string: fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0.1)" }.joined(separator: "&"))
}

/// Removes a folder when the last copy of its owner goes away.
final class FolderCleanup: Sendable {
  let folder: URL
  init(_ folder: URL) { self.folder = folder }
  deinit { try? FileManager.default.removeItem(at: folder) }
}
