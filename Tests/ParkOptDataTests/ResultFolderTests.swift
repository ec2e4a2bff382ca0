import Foundation
import Testing
@testable import ParkOptData
import ParkOptTestSupport

/// Result folders are replaced whole or not at all, and never replace a
/// folder that ParkOpt did not write.
@Suite struct ResultFolderTests {
  /// A fresh scratch folder (the caller may remove it).
  static func base() throws -> String {
    try Scratch.folder("result-folder").path
  }

  /// Every file under `folder` (relative path → bytes).
  static func snapshot(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.subpathsOfDirectory(atPath: folder) {
      var isDirectory: ObjCBool = false
      let path = folder + "/" + name
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
        files[name] = FileManager.default.contents(atPath: path)
      }
    }
    return files
  }

  /// A previous ParkOpt result folder with a run.json and two files.
  static func previous(in base: String) throws -> String {
    let folder = base + "/out"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "{\"parkopt_version\": \"0.0.1\"}\n".write(toFile: folder + "/run.json", atomically: false, encoding: .utf8)
    try "old\n".write(toFile: folder + "/a.csv", atomically: false, encoding: .utf8)
    try "stale\n".write(toFile: folder + "/stale.csv", atomically: false, encoding: .utf8)
    return folder
  }

  @Test func writesIntoAStagingSiblingAndCreatesMissingParents() throws {
    let base = try Self.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    var folder = try ResultFolder(base + "/nested/results", resultFiles: [])
    try folder.save("a.csv", "x,y\n1,2\n")
    try folder.save("b.json", "{\"名称\": 1}\n")
    #expect(folder.written == [base + "/nested/results/a.csv", base + "/nested/results/b.json"])
    #expect(folder.staging.hasSuffix("/nested/.results.parkopt-partial-\(getpid())"))
    // Nothing is at the destination until the commit.
    #expect(!FileManager.default.fileExists(atPath: base + "/nested/results"))
    try folder.commit()
    #expect(try String(contentsOfFile: base + "/nested/results/a.csv", encoding: .utf8) == "x,y\n1,2\n")
    #expect(try String(contentsOfFile: base + "/nested/results/b.json", encoding: .utf8) == "{\"名称\": 1}\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: base + "/nested") == ["results"])
  }

  @Test func commitReplacesThePreviousFolderAndStaleFilesAreGone() throws {
    let base = try Self.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    let path = try Self.previous(in: base)
    var folder = try ResultFolder(path, resultFiles: ["a.csv", "stale.csv"])
    #expect(folder.replacesPrevious)
    try folder.save("a.csv", "new\n")
    try folder.save("run.json", "{\"parkopt_version\": \"0.0.2\"}\n")
    try folder.commit()
    #expect(try Self.snapshot(path) == [
      "a.csv": Data("new\n".utf8), "run.json": Data("{\"parkopt_version\": \"0.0.2\"}\n".utf8),
    ])
    // No staging or set-aside folder is left beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: base) == ["out"])
  }

  @Test func discardLeavesThePreviousFolderByteForByte() throws {
    let base = try Self.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    let path = try Self.previous(in: base)
    let before = try Self.snapshot(path)
    var folder = try ResultFolder(path, resultFiles: [])
    try folder.save("a.csv", "new\n")
    #expect(FileManager.default.fileExists(atPath: folder.staging))
    folder.discard()
    #expect(try Self.snapshot(path) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: base) == ["out"])
  }

  @Test func discardRemovesTheParentsItCreated() throws {
    let base = try Self.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    let folder = try ResultFolder(base + "/results/evaluate", resultFiles: [])
    #expect(FileManager.default.fileExists(atPath: base + "/results"))
    folder.discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: base) == [])
  }

  @Test func refusesAFolderThatParkOptDidNotWrite() throws {
    let base = try Self.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    let path = base + "/Documents"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try "mine\n".write(toFile: path + "/thesis.docx", atomically: false, encoding: .utf8)
    try "old\n".write(toFile: path + "/a.csv", atomically: false, encoding: .utf8)
    // A run.json that ParkOpt did not write does not make it a result folder.
    try "{\"name\": \"other tool\"}\n".write(toFile: path + "/run.json", atomically: false, encoding: .utf8)
    let before = try Self.snapshot(path)
    #expect(throws: ResultFolderError.foreignFolder(path: path, files: ["run.json", "thesis.docx"])) {
      try ResultFolder(path, resultFiles: ["a.csv"])
    }
    #expect(try Self.snapshot(path) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: base) == ["Documents"])
  }

  @Test func theWorkingFolderIsRefused() throws {
    // `-o .` in the package root: not a result folder.
    #expect(throws: ResultFolderError.self) {
      let folder = try ResultFolder(".", resultFiles: ["assignments.csv"])
      folder.discard()
    }
  }

  @Test func legacyAndEmptyFoldersAreReplaced() throws {
    let base = try Self.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    // Written by a version without run.json: only result file names.
    try FileManager.default.createDirectory(atPath: base + "/legacy", withIntermediateDirectories: true)
    try "old\n".write(toFile: base + "/legacy/parks.csv", atomically: false, encoding: .utf8)
    var legacy = try ResultFolder(base + "/legacy", resultFiles: ["parks.csv", "plan.json"])
    #expect(legacy.replacesPrevious)
    try legacy.save("plan.json", "{}\n")
    try legacy.commit()
    #expect(try Self.snapshot(base + "/legacy") == ["plan.json": Data("{}\n".utf8)])
    try FileManager.default.createDirectory(atPath: base + "/empty", withIntermediateDirectories: true)
    let empty = try ResultFolder(base + "/empty", resultFiles: [])
    #expect(!empty.replacesPrevious)
    try empty.commit()
    #expect(try FileManager.default.contentsOfDirectory(atPath: base + "/empty") == [])
  }

  @Test func aFileInTheWayIsAnError() throws {
    let base = try Self.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    try "not a folder".write(toFile: base + "/out", atomically: true, encoding: .utf8)
    #expect(throws: ResultFolderError.notReplaceable(path: base + "/out", reason: "is a file, not a folder")) {
      try ResultFolder(base + "/out", resultFiles: [])
    }
  }

  @Test func aLinkToAFolderStaysALink() throws {
    let base = try Self.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    let target = try Self.previous(in: base)
    try FileManager.default.createSymbolicLink(atPath: base + "/link", withDestinationPath: target)
    var folder = try ResultFolder(base + "/link", resultFiles: [])
    try folder.save("a.csv", "new\n")
    try folder.commit()
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: base + "/link") == target)
    #expect(try Self.snapshot(target) == ["a.csv": Data("new\n".utf8)])
  }

  @Test func abandonedSiblingsOfDeadProcessesAreRemoved() throws {
    let base = try Self.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    // PID 2^22 + 1 is above Linux's maximum: no such process.
    let stale = base + "/.out.parkopt-partial-4194305"
    try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: true)
    let folder = try ResultFolder(base + "/out", resultFiles: [])
    #expect(!FileManager.default.fileExists(atPath: stale))
    folder.discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: base) == [])
  }

  @Test func afterAnInterruptionStagingIsGoneAndNothingCommits() throws {
    let base = try Self.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    // A registry of its own: the shared one serves the other tests.
    let registry = StagingRegistry()
    let staging = base + "/.out.parkopt-partial-1"
    try registry.register(staging: staging, destination: base + "/out")
    #expect(FileManager.default.fileExists(atPath: staging))
    #expect(registry.abandonAll() == [base + "/out"])
    #expect(!FileManager.default.fileExists(atPath: staging))
    var ran = false
    #expect(throws: ResultFolderError.self) { try registry.commit(staging: staging) { ran = true } }
    #expect(!ran)
    #expect(throws: ResultFolderError.interrupted(path: base + "/other")) {
      try registry.register(staging: base + "/.other.parkopt-partial-1", destination: base + "/other")
    }
  }

  @Test func badFileNamesAreRefused() throws {
    let base = try Self.base()
    defer { try? FileManager.default.removeItem(atPath: base) }
    var folder = try ResultFolder(base + "/out", resultFiles: [])
    defer { folder.discard() }
    #expect(throws: ResultFolderError.self) { try folder.save("../escape.csv", "x") }
    #expect(!FileManager.default.fileExists(atPath: base + "/escape.csv"))
  }
}

/// `run.json` and the input hashes.
@Suite struct RunRecordTests {
  @Test func sha256OfKnownText() throws {
    #expect(InputHash.sha256(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let path = Scratch.path("hash").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try "".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(try InputHash.sha256(ofFile: path) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  @Test func jsonHasSortedKeysAndSortedLists() throws {
    let record = RunRecord(
      command: ["parkopt", "assign", "case"], parkoptVersion: "1.2.3", glpkVersion: "5.0",
      inputs: [.init(path: "case/z.csv", sha256: "00"), .init(path: "case/a.csv", sha256: "ff")], status: "optimal",
      exitCode: 0, files: ["plan.json", "assignments.csv"], timingsSeconds: ["total": 1.25, "solve": 0.5])
    #expect(try record.json() == """
      {
        "command" : [
          "parkopt",
          "assign",
          "case"
        ],
        "exit_code" : 0,
        "files" : [
          "assignments.csv",
          "plan.json"
        ],
        "glpk_version" : "5.0",
        "inputs" : [
          {
            "path" : "case/a.csv",
            "sha256" : "ff"
          },
          {
            "path" : "case/z.csv",
            "sha256" : "00"
          }
        ],
        "parkopt_version" : "1.2.3",
        "status" : "optimal",
        "timings_s" : {
          "solve" : 0.5,
          "total" : 1.25
        }
      }

      """)
  }
}
