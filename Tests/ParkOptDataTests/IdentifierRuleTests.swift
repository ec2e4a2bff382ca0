import Foundation
import Testing
@testable import ParkOptData
import ParkOptTestSupport

/// Ids become GLPK names: the table reader refuses, at file, row and column,
/// an id with any control character (a tab or line break a quoted cell may
/// hold included) or longer than 64 characters or 100 UTF-8 bytes.
@Suite struct IdentifierRuleTests {
  static let schema = TableSchema(name: "projects", columns: [
    .init("id", required: true, identifier: .standard),
    .init("park", identifier: .standard),
    .init("name"),
  ])

  @Test func controlCharactersAndLongIdsAreRefusedAtTheirCell() throws {
    let long = String(repeating: "项", count: 40)  // 40 characters, 120 bytes
    let csv = "id,park,name\n\"AN\t003\",K,\"a\tb\"\n\"P\n2\",K,x\n\(long),K,x\nP4,\(String(repeating: "k", count: 65)),x\nP5,K,x\n"
    var reader = TableReader(try CSVTable(text: csv, file: "projects.csv"), schema: Self.schema)
    // A bad id reads as empty, without a second message.
    #expect(reader.requiredText(0, "id") == nil && reader.requiredText(3, "park") == nil)
    #expect(reader.text(0, "name") == "a\tb" && reader.text(4, "id") == "P5")
    #expect(reader.issues.map(\.description) == [
      "projects.csv, row 2, column 'id': 'AN<U+0009>003' contains the control character <U+0009>; an id holds no tab, line break or other control character",
      "projects.csv, row 3, column 'id': 'P<U+000A>2' contains the control character <U+000A>; an id holds no tab, line break or other control character",
      "projects.csv, row 4, column 'id': '\(long)' is 40 characters (120 bytes in UTF-8) long; an id has at most 64 characters and 100 bytes",
      "projects.csv, row 5, column 'park': '\(String(repeating: "k", count: 40))…' is 65 characters (65 bytes in UTF-8) long; an id has at most 64 characters and 100 bytes",
    ])
  }

  @Test func theLimitsAndTheRoomLeftForAPrefix() {
    #expect(IdentifierRule.standard.problem(with: String(repeating: "k", count: 64)) == nil)
    #expect(IdentifierRule.standard.problem(with: String(repeating: "园", count: 33)) == nil)  // 99 bytes
    #expect(IdentifierRule.standard.problem(with: String(repeating: "园", count: 34)) != nil)  // 102 bytes
    let firm = IdentifierRule.standard.leavingRoom(for: "LE-")
    #expect(firm == IdentifierRule(maxCharacters: 61, maxBytes: 97))
    // Whatever passes `firm` passes `standard` after the prefix.
    for id in [String(repeating: "k", count: 61), String(repeating: "园", count: 32) + "a"] {
      #expect(firm.problem(with: id) == nil)
      #expect(IdentifierRule.standard.problem(with: "LE-" + id) == nil)
    }
  }

  /// A control character the table reports already (NUL) is reported once.
  @Test func aCellTheTableRefusedIsReportedOnce() throws {
    let reader = TableReader(try CSVTable(text: "id\nA\u{0}B\n", file: "p.csv"), schema: Self.schema)
    #expect(reader.issues.count == 1)
  }
}
