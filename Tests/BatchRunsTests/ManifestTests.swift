import BatchRuns
import Foundation
import ParkOptData
import Testing

@Suite struct ManifestTests {
  static let text = """
    runs:
      - name: quotas
        command: assign
        case: ../kunming
        args: [--no-explain]
        sweep:
          scenario:
            stock_link_ratio: [0.0, 0.5]
          scale:
            parks.csv:
              energy_quota_tce: [0.8, 1.0, 1.2]
      - command: size
        case: ../kunming-greenpower
        sweep:
          mode: zip
          scenario:
            policy.target: ["2025", "2030"]
            discount_rate: [0.06, 0.08]
    """

  @Test func productAndZipExpandInOrder() throws {
    let manifest = try Manifest(text: Self.text, file: "m.yaml")
    let runs = manifest.runs
    #expect(runs.count == 2 * 3 + 2)
    #expect(runs.map(\.index) == Array(0..<8))
    // Product: the last dimension varies fastest.
    #expect(runs[0].values.map(\.value) == ["0.0", "0.8"])
    #expect(runs[1].values.map(\.value) == ["0.0", "1"])
    #expect(runs[3].values.map(\.value) == ["0.5", "0.8"])
    #expect(runs[0].values.map(\.target.label) == ["scenario:stock_link_ratio", "scale:parks.csv:energy_quota_tce"])
    // Zip: n-th values together; the group's name defaults to its command.
    #expect(runs[6].group.name == "size")
    #expect(runs[6].values.map(\.value) == ["2025", "0.06"])
    #expect(runs[7].values.map(\.value) == ["2030", "0.08"])
  }

  @Test func idsAreStableHashesOfTheValues() throws {
    let runs = try Manifest(text: Self.text, file: "m.yaml").runs
    #expect(runs[0].idText == "command=assign\ncase=../kunming\nscenario=\narg=--no-explain\nscenario:stock_link_ratio=0.0\nscale:parks.csv:energy_quota_tce=0.8\n")
    let digest = InputHash.sha256(of: Data(runs[0].idText.utf8))
    #expect(runs[0].id == "quotas-" + digest.prefix(10))
    #expect(runs[0].id.count == "quotas-".count + 10)
    #expect(Set(runs.map(\.id)).count == runs.count)
    // Reordering groups changes positions, not ids.
    let swapped = try Manifest(text: Self.text.replacingOccurrences(of: "[0.0, 0.5]", with: "[0.5, 0.0]"), file: "m.yaml").runs
    #expect(swapped[0].id == runs[3].id)
  }

  @Test func badManifestsNameTheKeyPath() {
    let cases: [(String, String)] = [
      ("runs:\n  - command: asign\n    case: x\n", "did you mean `assign`?"),
      ("runs:\n  - command: assign\n    case: x\n    sweeps: {}\n", "did you mean `sweep`?"),
      ("runs:\n  - command: assign\n    case: x\n    args: [-o, y]\n", "sets -o, which the batch sets"),
      ("runs:\n  - command: assign\n    case: x\n    sweep: {mode: zip, scenario: {a: [1, 2], b: [1]}}\n", "must be as long"),
      ("runs:\n  - command: assign\n    case: x\n    sweep: {scale: {parks.csv: {energy_quota_tce: [0]}}}\n", "must be a number > 0"),
      ("runs:\n  - command: assign\n", "has no `case`"),
      ("runz: []\n", "did you mean `runs`?"),
      ("runs:\n  - {command: assign, case: x}\n  - {command: assign, case: x}\n", "two runs have the id"),
      // true, yes and on are one value (an outside audit found true and yes gave two ids).
      ("runs:\n  - {command: rank, case: x, sweep: {scenario: {green_power.enabled: [true, yes]}}}\n", "two runs have the id"),
      ("runs:\n  - {command: rank, case: x, sweep: {scenario: {green_power.enabled: [\"On\", TRUE]}}}\n", "two runs have the id"),
      ("runs:\n  - {command: rank, case: x, sweep: {scenario: {green_power.enabled: [off, \"no\"]}}}\n", "two runs have the id"),
    ]
    for (text, expected) in cases {
      #expect(throws: DataErrors.self, "\(text)") { try Manifest(text: text, file: "m.yaml") }
      do {
        _ = try Manifest(text: text, file: "m.yaml")
      } catch {
        #expect(error.description.contains(expected), "\(text): \(error.description)")
        #expect(error.description.contains("m.yaml"))
      }
    }
  }

  @Test func yesAndOnAreWrittenTrue() throws {
    let text = "runs:\n  - {command: rank, case: x, sweep: {scenario: {a: [yes, Off, \"2025\", maybe]}}}\n"
    let runs = try Manifest(text: text, file: "m.yaml").runs
    #expect(runs.map { $0.values[0].value } == ["true", "false", "2025", "maybe"])
  }

  @Test func shardsSplitWithoutOverlap() throws {
    #expect(Shard("1/4") == Shard(index: 1, count: 4))
    #expect(Shard("4/4") == nil)
    #expect(Shard("-1/2") == nil)
    #expect(Shard("x") == nil)
    let shards = (0..<3).map { Shard(index: $0, count: 3) }
    let owners = (0..<10).map { i in shards.filter { $0.contains(i) }.map(\.index) }
    #expect(owners == [[0], [1], [2], [0], [1], [2], [0], [1], [2], [0]])
  }
}
