import Foundation
import Testing
@testable import ParkOptData
import ParkOptTestSupport

/// An output file is written whole or not at all: a failing write leaves
/// the previous file (or none) and no hidden sibling.
@Suite struct SingleFileTests {
  struct WriteFailed: Error {}

  static func entries(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  @Test func aCompleteWriteReplacesTheFile() throws {
    let folder = try Scratch.folder("single").path
    let path = folder + "/out.json"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    try SingleFile.write(to: path) { file in
      #expect(file != path && (file as NSString).deletingLastPathComponent == folder)
      try "new".write(toFile: file, atomically: false, encoding: .utf8)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    #expect(Self.entries(folder) == ["out.json"])
  }

  /// The writer fails half-way (as on a full disk): the previous file stays,
  /// a new one is not created, and the partial file is removed.
  @Test func aFailedWriteLeavesNoPartialFile() throws {
    let folder = try Scratch.folder("single").path
    let old = folder + "/old.json", new = folder + "/new.json"
    try "old".write(toFile: old, atomically: false, encoding: .utf8)
    for path in [old, new] {
      #expect(throws: WriteFailed.self) {
        try SingleFile.write(to: path) { file in
          try "half".write(toFile: file, atomically: false, encoding: .utf8)
          throw WriteFailed()
        }
      }
    }
    #expect(try String(contentsOfFile: old, encoding: .utf8) == "old")
    #expect(Self.entries(folder) == ["old.json"])
  }

  /// A file in a folder that is a file cannot be written; nothing is left.
  @Test func aParentThatIsAFileFailsCleanly() throws {
    let folder = try Scratch.folder("single").path
    try "x".write(toFile: folder + "/plain", atomically: false, encoding: .utf8)
    #expect(throws: (any Error).self) {
      try SingleFile.write(to: folder + "/plain/out.json") { file in
        try "x".write(toFile: file, atomically: false, encoding: .utf8)
      }
    }
    #expect(Self.entries(folder) == ["plain"])
  }

  /// A device (or pipe) is written through, never replaced.
  @Test func aDeviceIsWrittenThrough() throws {
    var given: String?
    try SingleFile.write(to: "/dev/null") { file in given = file }
    #expect(given == "/dev/null")
  }
}
