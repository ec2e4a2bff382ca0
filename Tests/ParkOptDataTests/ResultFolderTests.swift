import Foundation
import Testing
@testable import ParkOptData

@Suite struct ResultFolderTests {
  @Test func createsTheFolderAndWritesEachFileWhole() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("result-folder-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: base) }
    var folder = try ResultFolder(base + "/nested/results")
    try folder.save("a.csv", "x,y\n1,2\n")
    try folder.save("b.json", "{\"名称\": 1}\n")
    try folder.save("a.csv", "x\n3\n")
    #expect(folder.written == [base + "/nested/results/a.csv", base + "/nested/results/b.json", base + "/nested/results/a.csv"])
    #expect(try String(contentsOfFile: base + "/nested/results/a.csv", encoding: .utf8) == "x\n3\n")
    #expect(try String(contentsOfFile: base + "/nested/results/b.json", encoding: .utf8) == "{\"名称\": 1}\n")
  }

  @Test func aFileInTheWayIsAnError() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("result-folder-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: base) }
    try "not a folder".write(toFile: base, atomically: true, encoding: .utf8)
    #expect(throws: (any Error).self) { try ResultFolder(base) }
  }
}
