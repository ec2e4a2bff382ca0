import Foundation
import Testing
@testable import ParkOptData

/// An interruption removes the staging folder for good: files are created
/// under the registry's lock, so none can be put back after ``StagingRegistry/abandonAll()``.
@Suite struct StagingRegistryTests {
  /// A writer adds files as fast as it can while the "interruption" comes
  /// at varied moments; each time the folder is gone once the writer
  /// stops, and the writer stops on `.interrupted`.
  @Test func noFileOutlivesAnInterruption() throws {
    let base = try ResultFolderTests.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    for round in 0..<40 {
      // A registry of its own per round: the shared one serves the other tests.
      let registry = StagingRegistry()
      let staging = base + "/.out.parkopt-partial-\(round)"
      try registry.register(staging: staging, destination: base + "/out")
      let stopped = DispatchSemaphore(value: 0)
      let outcome = Outcome()
      Thread.detachNewThread {
        defer { stopped.signal() }
        var i = 0
        while true {
          do {
            let file = try registry.create("f\(i).csv", in: staging)
            try file.write(contentsOf: Data(repeating: 65, count: 4096))
            try file.close()
          } catch let error as ResultFolderError {
            outcome.set(error)
            return
          } catch {
            return
          }
          i += 1
        }
      }
      Thread.sleep(forTimeInterval: Double(round % 8) * 0.001)
      #expect(registry.abandonAll() == [base + "/out"])
      stopped.wait()
      #expect(outcome.error == .interrupted(path: staging))
      #expect(!FileManager.default.fileExists(atPath: staging), "round \(round)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: base) == [])
  }

  @Test func noFileIsCreatedAfterACommitOrADiscard() throws {
    let base = try ResultFolderTests.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    let registry = StagingRegistry()
    let staging = base + "/.out.parkopt-partial-1"
    try registry.register(staging: staging, destination: base + "/out")
    try registry.create("a.csv", in: staging).close()
    registry.discard(staging: staging)
    #expect(throws: ResultFolderError.interrupted(path: staging)) { try registry.create("b.csv", in: staging) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: base) == [])
  }

  /// What the writer thread stopped on.
  final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: ResultFolderError?
    var error: ResultFolderError? { lock.withLock { stored } }
    func set(_ error: ResultFolderError) { lock.withLock { stored = error } }
  }
}
