import Foundation
import Testing

@testable import BatchRuns
import ParkOptTestSupport

/// A batch folder's usability check, and the hidden partial file that keeps it
/// true while another shard writes `plan.json` (two Snakemake shards start at
/// the same moment on one folder).
struct BatchFolderTests {
  private func freshFolder() throws -> String {
    try Scratch.folder("batch-folder").path
  }

  @Test func thePartialSiblingIsHiddenBesideItsFile() {
    let partial = partialSibling(of: "/data/batch/plan.json")
    #expect(partial.hasPrefix("/data/batch/.plan.json.partial-"))
    #expect(partialSibling(of: "plan.json").hasPrefix(".plan.json.partial-"))
  }

  @Test func usableWhenEmptyHiddenOrABatchFolderOnly() throws {
    let path = try freshFolder()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let folder = BatchFolder(path)
    #expect(folder.isUsable)
    FileManager.default.createFile(atPath: partialSibling(of: folder.planFile), contents: Data("{".utf8))
    try FileManager.default.createDirectory(atPath: path + "/.shards", withIntermediateDirectories: true)
    #expect(folder.isUsable)
    FileManager.default.createFile(atPath: path + "/notes.txt", contents: Data())
    #expect(!folder.isUsable)
    try writeAtomically(Data("{}".utf8), to: folder.planFile)
    #expect(folder.isUsable)
    #expect(!BatchFolder(path + "/notes.txt").isUsable)
  }
}
