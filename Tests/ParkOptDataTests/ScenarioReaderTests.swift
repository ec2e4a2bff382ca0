import Foundation
import Testing
@testable import ParkOptData
import ParkOptTestSupport

@Suite struct ScenarioReaderTests {
  /// The issues of reading `text` with `read`, as printed.
  static func issues(_ text: String, _ read: (ScenarioMapping) -> Void) throws -> [String] {
    let reader = try ScenarioReader(text: text, file: "s.yaml")
    read(reader.root(keys: ["mip_gap", "objective", "threads", "explain", "method", "limit", "cutoffs", "name"]))
    do {
      try reader.finish()
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  static func objective(_ top: ScenarioMapping) -> ScenarioMapping? {
    top.mapping("objective", keys: ["tax", "revenue", "land_cost"])
  }

  @Test func valuesOfEveryTypeAreRead() throws {
    let reader = try ScenarioReader(text: """
      mip_gap: 0.001
      objective: {tax: 2, land_cost: 1_000}
      threads: 4
      explain: yes
      method: Share-Caps
      limit: ~
      cutoffs: [120, 90, 60]
      name: 2025
      """, file: "s.yaml")
    let top = reader.root(keys: ["mip_gap", "objective", "threads", "explain", "method", "limit", "cutoffs", "name"])
    #expect(top.number("mip_gap", .fraction) == 0.001)
    let objective = try #require(Self.objective(top))
    #expect(objective.keys == ["tax", "land_cost"])
    #expect(objective.number("tax", .any) == 2)
    #expect(objective.number("land_cost", .nonNegative) == 1000)
    #expect(objective.number("revenue", .any) == nil)
    #expect(top.integer("threads", .atLeast(1)) == 4)
    #expect(top.bool("explain") == true)
    #expect(top.choice("method", ["percentile", "share_caps", "cutoffs"]) == "share_caps")
    #expect(top.optionalNumber("limit", .nonNegative) == .some(nil))
    #expect(top.numbers("cutoffs", .any, count: 3) == [120, 90, 60])
    #expect(top.string("name") == "2025")
    try reader.finish()
  }

  @Test func unknownKeysNameTheNearestValidKeyWithTheFullPath() throws {
    let issues = try Self.issues("mip_gapp: 0.1\nobjective: {taxx: 1, profit: 2}\n") { top in
      _ = Self.objective(top)
    }
    #expect(issues == [
      "s.yaml, key 'mip_gapp': unknown key; did you mean `mip_gap`? (line 1)",
      "s.yaml, key 'objective.taxx': unknown key; did you mean `tax`? (line 2)",
      "s.yaml, key 'objective.profit': unknown key; valid keys: `tax`, `revenue` or `land_cost` (line 2)",
    ])
  }

  @Test func swappedLettersCaseAndDashesAreSuggested() {
    #expect(KeySuggestion.nearest(to: "explian_unplaced", among: ["explain_unplaced", "value_limits"]) == "explain_unplaced")
    #expect(KeySuggestion.nearest(to: "Mip-Gap", among: ["mip_gap"]) == "mip_gap")
    #expect(KeySuggestion.nearest(to: "clases", among: ["classes", "groups"]) == "classes")
    #expect(KeySuggestion.nearest(to: "weight", among: ["tax", "jobs"]) == nil)
    #expect(KeySuggestion.editDistance(Array("abcd"), Array("acbd")) == 1)
    #expect(KeySuggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
  }

  @Test func wrongTypesAreSaidInPlainWords() throws {
    let issues = try Self.issues("""
      objective: 3
      mip_gap: [1, 2]
      threads: 2.5
      explain: maybe
      method: {a: 1}
      name: {}
      cutoffs: [120, x, 60]
      """) { top in
      _ = Self.objective(top)
      _ = top.number("mip_gap", .fraction)
      _ = top.integer("threads", .atLeast(1))
      _ = top.bool("explain")
      _ = top.choice("method", ["percentile", "cutoffs"])
      _ = top.string("name")
      _ = top.numbers("cutoffs", .any, count: 3)
    }
    #expect(issues == [
      "s.yaml, key 'objective': must be a mapping of keys to values; found the number 3 (line 1)",
      "s.yaml, key 'mip_gap': must be a number in 0…1; found a list of 2 items (line 2)",
      "s.yaml, key 'threads': must be a whole number ≥ 1; found the number 2.5 (line 3)",
      "s.yaml, key 'explain': must be true or false; found the text `maybe` (line 4)",
      "s.yaml, key 'method': must be one of `percentile` or `cutoffs`; found a mapping (line 5)",
      "s.yaml, key 'name': must be text; found an empty mapping (line 6)",
      "s.yaml, key 'cutoffs[1]': must be a number; found the text `x` (line 7)",
    ])
  }

  @Test func rangesRefuseOutsideValuesNaNAndInfinity() throws {
    let issues = try Self.issues("mip_gap: -0.5\nthreads: 0\nlimit: .nan\nobjective: {tax: .inf, revenue: 1e400}\n") { top in
      _ = top.number("mip_gap", .fraction)
      _ = top.integer("threads", .atLeast(1))
      _ = top.number("limit", .positive)
      let objective = Self.objective(top)
      _ = objective?.number("tax", .any)
      _ = objective?.number("revenue", .any)
    }
    #expect(issues == [
      "s.yaml, key 'mip_gap': must be a number in 0…1; found -0.5 (line 1)",
      "s.yaml, key 'threads': must be a whole number ≥ 1; found 0 (line 2)",
      "s.yaml, key 'limit': must be a finite number > 0; found the number .nan (line 3)",
      "s.yaml, key 'objective.tax': must be a finite number; found the number .inf (line 4)",
      "s.yaml, key 'objective.revenue': must be a finite number; found the number 1e400 (line 4)",
    ])
    #expect(NumberRange.above(0, atMost: 1).description == "> 0 and ≤ 1")
    #expect(NumberRange.nonNegative.description == "≥ 0")
    #expect(!NumberRange.positive.contains(0) && NumberRange.positive.contains(1e-12))
  }

  /// A value repeated in a message is cut to 80 characters: 79 and `…`.
  @Test func longValuesAreCutInMessages() throws {
    let digits = String(repeating: "9", count: 100_000)
    let text = String(repeating: "x", count: 200)
    let issues = try Self.issues("limit: \(digits)\nname: \(text)\nmethod: \(text)\n") { top in
      _ = top.number("limit", .positive)
      _ = top.number("name", .positive)
      _ = top.value("method")?.choice(["fast", "slow"])
    }
    #expect(issues == [
      "s.yaml, key 'limit': must be a finite number > 0; found the number \(String(repeating: "9", count: 79))… (line 1)",
      "s.yaml, key 'name': must be a number > 0; found the text `\(String(repeating: "x", count: 79))…` (line 2)",
      "s.yaml, key 'method': must be one of `fast` or `slow`; found `\(String(repeating: "x", count: 79))…` (line 3)",
    ])
  }

  @Test func nullIsAValueOnlyWhereNoneIsAllowed() throws {
    var limit: Double?? = nil
    let issues = try Self.issues("mip_gap:\nlimit: none\nname: ~\n") { top in
      _ = top.number("mip_gap", .fraction)
      limit = top.optionalNumber("limit", .nonNegative)
      #expect(top.optionalString("name") == .some(nil))
      #expect(top.optionalNumber("threads", .any) == nil)
    }
    #expect(limit == .some(nil))
    #expect(issues == ["s.yaml, key 'mip_gap': must be a number in 0…1; found nothing (null) (line 1)"])
  }

  @Test func keysGivenTwiceAndWrongChoicesAreIssues() throws {
    let issues = try Self.issues("method: cutof\nmip_gap: 0.1\nmip_gap: 0.2\n") { top in
      _ = top.choice("method", ["percentile", "cutoffs"])
    }
    #expect(issues == [
      "s.yaml, key 'method': must be one of `percentile` or `cutoffs`; found `cutof`; did you mean `cutoffs`? (line 1)",
      "s.yaml, key 'mip_gap': is given twice (first on line 2) (line 3)",
    ])
  }

  @Test func anEmptyFileIsAnEmptyMappingAndAListIsNot() throws {
    var keys: [String] = ["not read"]
    let empty = try Self.issues("") { keys = $0.keys }
    #expect(empty == [] && keys == [])
    keys = ["not read"]
    let comment = try Self.issues("# only a comment\n") { keys = $0.keys }
    #expect(comment == [] && keys == [])
    #expect(try Self.issues("- a\n- b\n") { _ in } == [
      "s.yaml: must be a mapping of keys to values; found a list of 2 items (line 1)",
    ])
  }

  @Test func jsonIsReadLikeYAML() throws {
    let issues = try Self.issues("{\n  \"mip_gap\": 0.5,\n  \"objective\": {\"tax\": 1, \"revenu\": 2}\n}\n") { top in
      #expect(top.number("mip_gap", .fraction) == 0.5)
      #expect(Self.objective(top)?.number("tax", .any) == 1)
    }
    #expect(issues == ["s.yaml, key 'objective.revenu': unknown key; did you mean `revenue`? (line 3)"])
  }

  @Test func invalidYAMLGivesLineAndColumn() {
    #expect {
      _ = try ScenarioReader(text: "objective:\n  tax: 1\n bad: [1, 2\n", file: "s.yaml")
    } throws: { error in
      let text = (error as? DataErrors)?.issues.first?.description ?? ""
      return text.hasPrefix("s.yaml: is not valid YAML or JSON: line 3, column ")
    }
  }

  @Test func missingFoldersAndNonUTF8FilesAreNamed() throws {
    let dir = try Scratch.folder("reader")
    defer { try? FileManager.default.removeItem(at: dir) }
    let latin1 = dir.appendingPathComponent("latin1.yaml")
    try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xE9, 0xFF, 0x0A]).write(to: latin1)
    let bom = dir.appendingPathComponent("bom.yaml")
    try Data([0xEF, 0xBB, 0xBF] + Array("mip_gap: 0.5\n".utf8)).write(to: bom)
    func message(_ path: String) -> String? {
      do {
        _ = try ScenarioReader(path: path)
        return nil
      } catch {
        return error.issues.first?.message
      }
    }
    #expect(message(dir.appendingPathComponent("absent.yaml").path) == "no such file")
    #expect(message(dir.path) == "is a folder, not a file")
    #expect(message(latin1.path) == "is not UTF-8 text; save it as UTF-8")
    let reader = try ScenarioReader(path: bom.path)
    #expect(reader.root(keys: ["mip_gap"]).number("mip_gap", .fraction) == 0.5)
  }

  /// A file nested thousands of levels deep overflowed the YAML parser's
  /// stack (exit 139, found by an outside audit); now it is refused before
  /// parsing, with the line. Files nested as deep as people write them pass.
  @Test func deeplyNestedFilesAreRefusedNotCrashed() throws {
    func message(_ text: String) -> String? {
      do { _ = try ScenarioReader(text: text, file: "s.yaml"); return nil } catch { return error.issues.first?.message }
    }
    let brackets = "x: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
    #expect(message(brackets)?.hasPrefix("is nested too deeply to read (line 1: about 5000 levels") == true)
    let block = (0..<3000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " 1\n"
    #expect(message("a: 1\n" + block)?.contains("(line 103: about 202 levels") == true)
    let normal = "objective:\n  tax: 1\nparks:\n  - id: A\n    limits: {energy: [1, [2, {x: \"[[[[\"}]]}  # [[[[\n"
    #expect(message(normal) == nil)
    #expect(NestingDepth.firstTooDeep(in: String(repeating: " ", count: 100) + "x: 1") == nil)
  }
}

