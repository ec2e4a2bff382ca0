import Foundation
import ParkOptTestSupport
import Testing

/// Ids GLPK could not use in a model name are refused where they are
/// written, by every command, so `assign` never fails on the model with a
/// message naming no file, row or column.
@Suite struct IdentifierCommandTests {
  /// A copy of Examples/kunming with `edit` applied to projects.csv.
  static func kunming(projects edit: (String) -> String) throws -> String {
    let folder = try Scratch.folder("ids").appendingPathComponent("kunming").path
    try FileManager.default.copyItem(atPath: "Examples/kunming", toPath: folder)
    let file = folder + "/projects.csv"
    try edit(try String(contentsOfFile: file, encoding: .utf8)).write(toFile: file, atomically: true, encoding: .utf8)
    return folder
  }

  @Test(arguments: ["assign", "rank"])
  func aTabInAProjectIDIsRefusedAtItsCell(_ command: String) throws {
    let folder = try Self.kunming { $0.replacingOccurrences(of: "\nP001,", with: "\n\"P0\t01\",") }
    let r = try CommandRunner.parkopt([command, folder, "--no-explain", "-o", folder + "/out"].filter {
      command == "assign" || $0 != "--no-explain"
    })
    #expect(r.status == 2)
    #expect(r.stderr.contains("projects.csv, row 2, column 'id': 'P0<U+0009>01' contains the control character <U+0009>"), "\(r.stderr)")
  }

  /// evaluate's firm ids leave room for `LE-`: the parcel ids it writes
  /// pass `assign --add-parcels`.
  @Test func aFirmIDTooLongForItsParcelIsRefusedByEvaluate() throws {
    let folder = try Scratch.folder("ids").path
    let id = String(repeating: "F", count: 62)
    let firms = try String(contentsOfFile: "Examples/kunming/firms.csv", encoding: .utf8)
      .replacingOccurrences(of: "\nF00001,", with: "\n\(id),")
    try firms.write(toFile: folder + "/firms.csv", atomically: true, encoding: .utf8)
    let r = try CommandRunner.parkopt(["evaluate", folder + "/firms.csv", "-o", folder + "/out"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("firms.csv, row 2, column 'id': '") && r.stderr.contains(
      "is 62 characters (62 bytes in UTF-8) long; an id has at most 61 characters and 97 bytes"), "\(r.stderr)")
  }
}
