import Foundation
import Testing
import ParkOptTestSupport

/// `parkopt rank` end to end on the Kunming example.
struct RankCommandTests {
  static func folder(_ name: String) -> URL {
    Scratch.path("rank-\(name)")
  }

  @Test func writesTheFilesAndSaysCompetitionIsIgnored() throws {
    let out = Self.folder("files")
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CommandRunner.parkopt(["rank", "Examples/kunming", "--top", "2", "-o", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Ranking ignores competition between projects"))
    #expect(result.stdout.contains("parkopt assign"))
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(names == ["parks_demand.csv", "ranking.csv", "ranking.json", "report.html", "run.json", "top.csv"])
    let page = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(page.components(separatedBy: "<details><summary>P0").count - 1 == 80)  // a section per project
    #expect(page.contains("<th>in top 2</th>"))
    let ranking = try String(contentsOf: out.appendingPathComponent("ranking.csv"), encoding: .utf8)
    #expect(ranking.split(separator: "\n").count == 1 + 80 * 6)  // every project and park
  }

  @Test func sameInputSameBytes() throws {
    let a = Self.folder("a"), b = Self.folder("b")
    defer { for f in [a, b] { try? FileManager.default.removeItem(at: f) } }
    #expect(try CommandRunner.parkopt(["rank", "Examples/kunming", "-o", a.path, "--threads", "1"]).status == 0)
    #expect(try CommandRunner.parkopt(["rank", "Examples/kunming", "-o", b.path, "--threads", "2"]).status == 0)
    for name in ["ranking.csv", "top.csv", "parks_demand.csv", "ranking.json", "report.html"] {
      let x = try Data(contentsOf: a.appendingPathComponent(name)), y = try Data(contentsOf: b.appendingPathComponent(name))
      #expect(x == y, "\(name)")
    }
  }

  @Test func chineseReport() throws {
    let out = Self.folder("zh")
    defer { try? FileManager.default.removeItem(at: out) }
    #expect(try CommandRunner.parkopt(["rank", "Examples/kunming", "--language", "zh", "-o", out.path]).status == 0)
    let page = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(page.contains("<html lang=\"zh-CN\">"))
    #expect(page.contains("<h2>园区需求与供给</h2>") && page.contains("<h2>各项目最佳选址</h2>"))
  }

  @Test func badWeightsAndProjectsExitTwo() throws {
    let weights = Self.folder("weights.yaml")
    let out = Self.folder("bad")
    defer { for f in [weights, out] { try? FileManager.default.removeItem(at: f) } }
    try Data("land_costs: 1\n".utf8).write(to: weights)
    let unknown = try CommandRunner.parkopt(["rank", "Examples/kunming", "--weights", weights.path, "-o", out.path])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("key 'land_costs': unknown key; did you mean `land_cost`?"))
    try Data("quota_share: -0.5\n".utf8).write(to: weights)
    let negative = try CommandRunner.parkopt(["rank", "Examples/kunming", "--weights", weights.path, "-o", out.path])
    #expect(negative.status == 2)
    #expect(negative.stderr.contains("key 'quota_share': must be a number in 0…1000"))
    let project = try CommandRunner.parkopt(["rank", "Examples/kunming", "--projects", "P001,NOPE", "-o", out.path])
    #expect(project.status == 2)
    #expect(project.stderr.contains("no project 'NOPE'"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }
}
