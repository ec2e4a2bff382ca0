import BatchRuns
import Foundation
import ParkOptData
import Testing
import ParkOptTestSupport

@Suite struct PreparationTests {
  /// A scratch case folder with parks.csv and scenario.yaml.
  static func caseFolder() throws -> String {
    let dir = Scratch.path("batch-prep").path
    try FileManager.default.createDirectory(atPath: dir + "/kunming/results", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: dir + "/kunming/rank-results", withIntermediateDirectories: true)
    try "id,name,energy_quota_tce\nAN,安宁,84900\nGD,\"官渡, 区\",\nKM,昆明,1000.5\n".write(toFile: dir + "/kunming/parks.csv", atomically: true, encoding: .utf8)
    try "objective:\n  tax: 1.0\nmip_gap: 0.0001\n".write(toFile: dir + "/kunming/scenario.yaml", atomically: true, encoding: .utf8)
    try "x".write(toFile: dir + "/kunming/projects.csv", atomically: true, encoding: .utf8)
    return dir
  }

  @Test func scalingMultipliesTheColumnOnly() throws {
    let table = try CSVTable(text: "id,q,other\nA,84900,3\nB,,4\nC,0.1,5\n", file: "parks.csv")
    let data = try ColumnScaling.scaled(table, factors: [("q", 0.8)])
    #expect(String(decoding: data, as: UTF8.self) == "id,q,other\nA,67920,3\nB,,4\nC,0.08,5\n")
    #expect(ColumnScaling.format(0.1 * 3) == "0.3")
  }

  @Test func scalingErrorsNameFileRowAndColumn() throws {
    let table = try CSVTable(text: "id,q\nA,84900\nB,lots\n", file: "parks.csv")
    #expect(throws: DataErrors.self) { try ColumnScaling.scaled(table, factors: [("Q", 2)]) }
    do {
      _ = try ColumnScaling.scaled(table, factors: [("q", 2)])
      Issue.record("a text cell was scaled")
    } catch {
      #expect(error.description.contains("parks.csv, row 3, column 'q'"), "\(error.description)")
    }
    do {
      _ = try ColumnScaling.scaled(table, factors: [("Q", 2)])
    } catch {
      #expect(error.description.contains("did you mean `q`?"), "\(error.description)")
    }
  }

  /// A row of the wrong width is reported with every cell that cannot be
  /// scaled, in row order; nothing is written.
  @Test func scalingReportsShortRowsWithBadCells() throws {
    let table = try CSVTable(text: "id,q\nA,lots\nB\nC,x\n", file: "parks.csv")
    #expect {
      try ColumnScaling.scaled(table, factors: [("q", 2)])
    } throws: { error in
      (error as? DataErrors)?.issues.map(\.description) == [
        "parks.csv, row 2, column 'q': 'lots' is not a number, so it cannot be scaled by 2",
        "parks.csv, row 3: has 1 cell; the header has 2",
        "parks.csv, row 4, column 'q': 'x' is not a number, so it cannot be scaled by 2",
      ]
    }
  }

  @Test func scenarioEditsSetNestedKeys() throws {
    let text = try ScenarioEdit.edited(
      "objective:\n  tax: 1.0\nmip_gap: 0.0001\n", file: "s.yaml",
      settings: [("objective.tax", "0.5"), ("policy.target", "2030"), ("mip_gap", "0.01")])
    #expect(text == "objective:\n  tax: 0.5\nmip_gap: 0.01\npolicy:\n  target: 2030\n")
    #expect(throws: DataErrors.self) { try ScenarioEdit.edited("a: 1\n", file: "s.yaml", settings: [("a.b", "2")]) }
    #expect(try ScenarioEdit.edited(nil, file: "s.yaml", settings: [("a", "x")]) == "a: x\n")
  }

  @Test func preparedCaseLinksAndGenerates() throws {
    let dir = try Self.caseFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let manifest = try Manifest(text: """
      runs:
        - command: assign
          case: kunming
          sweep:
            scenario: {mip_gap: [0.01]}
            scale: {parks.csv: {energy_quota_tce: [1.2]}}
      """, file: dir + "/m.yaml")
    let run = manifest.runs[0]
    let prepared = try PreparedCase(run, base: dir)
    #expect(prepared.linked == ["projects.csv": dir + "/kunming/projects.csv"])
    #expect(Set(prepared.generated.keys) == ["parks.csv", "scenario.yaml"])
    #expect(String(decoding: prepared.generated["parks.csv"] ?? Data(), as: UTF8.self)
      == "id,name,energy_quota_tce\nAN,安宁,101880\nGD,\"官渡, 区\",\nKM,昆明,1200.6\n")
    #expect(prepared.arguments(run, folder: "B/runs/x/case", result: "B/runs/x/result")
      == ["assign", "B/runs/x/case", "-o", "B/runs/x/result"])
    let target = dir + "/out/case"
    try prepared.write(to: target)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: target + "/projects.csv") == dir + "/kunming/projects.csv")
    #expect(try String(contentsOfFile: target + "/scenario.yaml", encoding: .utf8).contains("mip_gap: 0.01"))
    #expect(!FileManager.default.fileExists(atPath: target + "/results"))
    #expect(!FileManager.default.fileExists(atPath: target + "/rank-results"))  // rank's default output is not an input
    // The user's files are untouched.
    #expect(try String(contentsOfFile: dir + "/kunming/parks.csv", encoding: .utf8).contains("84900"))
    let digest = prepared.digest(HashCache())
    #expect(digest.map(\.name) == ["parks.csv", "projects.csv", "scenario.yaml"])
    #expect(digest[1].sha256 == InputHash.sha256(of: Data("x".utf8)))
  }

  @Test func aFileCaseGetsItsScenarioPassed() throws {
    let dir = try Self.caseFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let manifest = try Manifest(text: """
      runs:
        - command: evaluate
          case: kunming/projects.csv
          scenario: kunming/scenario.yaml
      """, file: "m.yaml")
    let run = manifest.runs[0]
    let prepared = try PreparedCase(run, base: dir)
    #expect(prepared.linked == ["projects.csv": dir + "/kunming/projects.csv", "scenario.yaml": dir + "/kunming/scenario.yaml"])
    #expect(prepared.arguments(run, folder: "C", result: "R") == ["evaluate", "C/projects.csv", "-o", "R", "--scenario", "C/scenario.yaml"])
  }

  @Test func missingTablesAreErrors() throws {
    let dir = try Self.caseFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let manifest = try Manifest(text: """
      runs:
        - command: assign
          case: kunming
          sweep: {scale: {parcels.csv: {area_mu: [2]}}}
      """, file: "m.yaml")
    #expect(throws: DataErrors.self) { try PreparedCase(manifest.runs[0], base: dir) }
    let missing = try Manifest(text: "runs: [{command: assign, case: nowhere}]\n", file: "m.yaml")
    #expect(throws: DataErrors.self) { try PreparedCase(missing.runs[0], base: dir) }
  }
}
