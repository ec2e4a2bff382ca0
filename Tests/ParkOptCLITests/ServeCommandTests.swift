import Foundation
import Testing
import ParkOptTestSupport

/// `parkopt serve` starts `parkopt-serve` from beside itself.
@Suite struct ServeCommandTests {
  /// A `parkopt` with no `parkopt-serve` beside it cannot start the server:
  /// exit 3 (as when the port is taken), saying how to build it.
  @Test func aMissingServerExitsWith3() throws {
    let folder = try Scratch.folder("serve-alone")
    defer { try? FileManager.default.removeItem(at: folder) }
    let alone = folder.appendingPathComponent("parkopt")
    try FileManager.default.copyItem(at: CommandRunner.parkopt, to: alone)
    let r = try CommandRunner.run(alone, ["serve", "--port", "0"])
    #expect(r.status == 3, "\(r.stderr)")
    #expect(r.stderr.contains("no parkopt-serve beside \(alone.path): build it with swift build --product parkopt-serve"))
  }
}
