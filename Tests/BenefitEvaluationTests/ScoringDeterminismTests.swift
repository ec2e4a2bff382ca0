import Foundation
import Testing
@testable import BenefitEvaluation
import ParkOptTestSupport

/// Same input, same scores: equal firms get bit-identical scores and the same
/// class, in every process (Swift randomises dictionary order per process).
struct ScoringDeterminismTests {
  static let root = RepositoryPaths.root

  /// The built `parkopt`, when the test run built it (`swift build --build-tests` does).
  static var parkopt: URL? {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("parkopt")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    for candidate in [".build/debug/parkopt", ".build/release/parkopt"] {
      let url = root.appendingPathComponent(candidate)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  /// Points whose sum depends on the order of addition: the total is the
  /// sum in ``Indicator/allCases`` order, whatever the dictionary's order.
  @Test func totalPointsAddInIndicatorOrder() {
    let values: [Double] = [0.1, 1e16, 0.7, -1e16, 0.3, 3.3, 1.0 / 3, 2.9]
    var expected = 0.0
    for v in values.prefix(Indicator.allCases.count) { expected += v }
    for rotation in 0..<Indicator.allCases.count {
      var points: [Indicator: Double] = [:]
      for k in 0..<Indicator.allCases.count {
        let index = (k + rotation) % Indicator.allCases.count
        points[Indicator.allCases[index]] = values[index]
      }
      #expect(FirmScorer.totalPoints(points) == expected)
    }
  }

  /// Identical firms in one run share score, rank and class.
  @Test func identicalFirmsShareScoreAndClass() throws {
    let base = Firm(
      id: "", parkID: "P", industry: "i", landMu: 17.3, investmentWan: 5000.7, revenueWan: 3333.3, taxWan: 211.1,
      valueAddedWan: 777.7, energyTce: 123.4, electricityWanKWh: 901.1, emissionsT: 0.37, employees: 41, rdWan: 99.9)
    var firms: [Firm] = []
    for k in 0..<60 {
      var f = base
      f.id = "F\(k)"
      // Three kinds of firm, each 20 times.
      f.taxWan = (base.taxWan ?? 0) * (1 + Double(k % 3) / 7)
      f.valueAddedWan = (base.valueAddedWan ?? 0) * (1 + Double(k % 3) / 11)
      firms.append(f)
    }
    let scores = try FirmScorer.score(firms, scenario: EvaluationScenario())
    for k in 3..<60 {
      #expect(scores[k].score == scores[k % 3].score, "F\(k)")
      #expect(scores[k].grade == scores[k % 3].grade, "F\(k)")
      #expect(scores[k].rank == scores[k % 3].rank, "F\(k)")
    }
  }

  /// `parkopt evaluate` run as five processes (each with its own random hash
  /// seed) on a table where every firm appears twice writes the same
  /// `scores.csv` bytes each time, and each pair of twins shares its score,
  /// rank and class.
  @Test(.enabled(if: parkopt != nil, "needs the built parkopt (swift build --build-tests)"))
  func scoresAreByteIdenticalAcrossProcesses() throws {
    let binary = try #require(Self.parkopt)
    let work = try Scratch.folder("determinism")
    defer { try? FileManager.default.removeItem(at: work) }
    let source = try String(contentsOf: Self.root.appendingPathComponent("Examples/kunming/firms.csv"), encoding: .utf8)
    var lines = source.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    let header = lines.removeFirst()
    let twins = lines.map { line -> String in
      guard let comma = line.firstIndex(of: ",") else { return line }
      return line[..<comma] + "b" + line[comma...]
    }
    let table = work.appendingPathComponent("firms.csv")
    try ([header] + lines + twins).joined(separator: "\n").appending("\n").write(to: table, atomically: true, encoding: .utf8)
    var outputs: [Data] = []
    for run in 0..<5 {
      let out = work.appendingPathComponent("out\(run)")
      var environment = ProcessInfo.processInfo.environment
      environment["SWIFT_DETERMINISTIC_HASHING"] = nil
      let run = try ExternalProgram.run(
        binary.path, ["evaluate", table.path, "-o", out.path], standardError: .discarded, environment: environment)
      #expect(run.status == 0)
      outputs.append(try Data(contentsOf: out.appendingPathComponent("scores.csv")))
    }
    #expect(outputs.count == 5 && !outputs[0].isEmpty)
    for (run, data) in outputs.enumerated().dropFirst() { #expect(data == outputs[0], "run \(run) differs from run 0") }

    let rows = String(decoding: outputs[0], as: UTF8.self).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    let columns = try #require(rows.first)
    let id = try #require(columns.firstIndex(of: "id")), score = try #require(columns.firstIndex(of: "score"))
    let grade = try #require(columns.firstIndex(of: "class")), rank = try #require(columns.firstIndex(of: "rank"))
    var byID: [String: [String]] = [:]
    for row in rows.dropFirst() where row.count == columns.count { byID[row[id]] = row }
    #expect(byID.count == 2 * lines.count)
    for (key, row) in byID where !key.hasSuffix("b") {
      let twin = try #require(byID[key + "b"])
      // A last-bit difference shows in the rank (ties share the best rank).
      #expect(twin[score] == row[score] && twin[rank] == row[rank] && twin[grade] == row[grade], "\(key)")
    }
  }
}
