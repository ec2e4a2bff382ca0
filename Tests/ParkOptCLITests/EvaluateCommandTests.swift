import Foundation
import Testing
import ParkOptTestSupport

/// `parkopt evaluate` end to end on a small firm table written to a temp folder.
@Suite struct EvaluateCommandTests {
  /// Six firms scored on tax per mu only (weight 100, benchmark 10):
  /// scores 300, 150, 100, 50, 50, 0 → classes A A B B B C (shares 0, 1/6, …).
  static func folder(_ csv: String? = nil) throws -> String {
    let dir = try Scratch.folder("evaluate")
    let firms = csv ?? """
      企业编号,园区,产业,用地面积(亩),税收(万元),营业收入(万元),综合能耗(吨标准煤),固定资产投资(万元)
      F1,AN,metal,10,300,3000,100,2000
      F2,AN,metal,10,150,2500,100,2000
      F3,AN,chem,20,200,3000,150,4000
      F4,YL,metal,10,50,1000,80,1500
      F5,YL,metal,12,60,900,90,2400
      F6,YL,metal,5,0,300,50,1000
      """
    try firms.write(to: dir.appendingPathComponent("firms.csv"), atomically: true, encoding: .utf8)
    try "groups: {large: {weights: {tax_per_mu: 100}, benchmarks: {tax_per_mu: 10}}}\nsurcharge_yuan_per_kwh: {C: 0.1}\n"
      .write(to: dir.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
    return dir.path
  }

  @Test func scoresGradesAndWritesTables() throws {
    let dir = try Self.folder()
    let r = try CommandRunner.parkopt([
      "evaluate", dir + "/firms.csv", "--scenario", dir + "/s.yaml", "-o", dir + "/out", "--format", "json",
      "--dea", "firms", "--dea-inputs", "land_mu,energy_tce", "--dea-outputs", "revenue_wan", "--write-json",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\"class_counts\" : {\n    \"A\" : 2,\n    \"B\" : 3,\n    \"C\" : 1\n  }"))
    let scores = try String(contentsOfFile: dir + "/out/scores.csv", encoding: .utf8).split(separator: "\n")
    let classColumn = try #require(scores.first?.split(separator: ",").firstIndex(of: "class"))
    #expect(scores.dropFirst().map { String($0.split(separator: ",", omittingEmptySubsequences: false)[classColumn]) }
      == ["A", "A", "B", "B", "B", "C"])
    // 双十 (≥ 10 mu, < 10 万/亩): F4 (10 mu, 5) and F5 (12 mu, 5); F6 has 5 mu and class C, not D.
    let parcels = try String(contentsOfFile: dir + "/out/parcels.csv", encoding: .utf8)
    #expect(parcels == "id,park,area_mu,zoning,source,land_price_wan_per_mu\nLE-F4,YL,10,M1,stock,0\nLE-F5,YL,12,M1,stock,0\n")
    let standards = try String(contentsOfFile: dir + "/out/standards.csv", encoding: .utf8)
    #expect(standards.contains("YL,metal,181.4815,4.0741,81.4815\n"))  // 4900/27, 110/27, 2200/27
    let dea = try String(contentsOfFile: dir + "/out/dea.csv", encoding: .utf8)
    #expect(dea.split(separator: "\n").count == 7)
    let results = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/out/results.json")))
    let firms = try #require((results as? [String: Any])?["firms"] as? [[String: Any]])
    #expect(firms.compactMap { $0["class"] as? String } == ["A", "A", "B", "B", "B", "C"])
    #expect(firms.first?["score"] as? Double == 300)
  }

  /// README (*Language*): zh changes headers and exactly two kinds of cell,
  /// `weakest_indicator` and `parcels.csv`'s `source`; the JSON files are
  /// the same bytes in both languages.
  @Test func chineseChangesOnlyTheDocumentedCells() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for language in ["en", "zh"] {
      let r = try CommandRunner.parkopt([
        "evaluate", dir + "/firms.csv", "--scenario", dir + "/s.yaml", "--language", language, "--write-json",
        "--dea", "firms", "--dea-inputs", "land_mu,energy_tce", "--dea-outputs", "revenue_wan", "-o", dir + "/" + language,
      ])
      #expect(r.status == 0, "\(r.stderr)")
    }
    func file(_ language: String, _ name: String) throws -> String {
      try String(contentsOfFile: "\(dir)/\(language)/\(name)", encoding: .utf8)
    }
    for name in ["summary.json", "results.json"] { #expect(try file("en", name) == file("zh", name), "\(name)") }
    let translated: [String: [String: String]] = [
      "scores.csv": ["tax_per_mu": "亩均税收"], "parcels.csv": ["stock": "存量"],
    ]
    for name in ["scores.csv", "classes.csv", "standards.csv", "low_efficiency.csv", "parcels.csv", "dea.csv"] {
      let en = try file("en", name).split(separator: "\n").dropFirst(), zh = try file("zh", name).split(separator: "\n").dropFirst()
      #expect(en.count == zh.count, "\(name)")
      for (e, z) in zip(en, zh) {
        let cells = zip(e.split(separator: ",", omittingEmptySubsequences: false), z.split(separator: ",", omittingEmptySubsequences: false))
        for (a, b) in cells where a != b {
          #expect(translated[name]?[String(a)] == String(b), "\(name): '\(a)' became '\(b)'")
        }
      }
    }
  }

  @Test func chineseHeadersAndSameBytesTwice() throws {
    let dir = try Self.folder()
    for run in ["a", "b"] {
      let r = try CommandRunner.parkopt(["evaluate", dir + "/firms.csv", "--language", "zh", "-o", dir + "/" + run])
      #expect(r.status == 0, "\(r.stderr)")
    }
    let a = try String(contentsOfFile: dir + "/a/scores.csv", encoding: .utf8)
    #expect(a.hasPrefix("企业编号,园区,产业,分组,用地面积(亩)"))
    #expect(a == (try String(contentsOfFile: dir + "/b/scores.csv", encoding: .utf8)))
  }

  /// A park tree without the park table it scores is an error, not ignored.
  @Test func parkTreeNeedsParkIndicators() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CommandRunner.parkopt(["evaluate", dir + "/firms.csv", "--park-tree", dir + "/s.yaml", "-o", dir + "/out"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("--park-tree needs --park-indicators"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
  }

  @Test func badCellIsReportedWithFileRowAndColumn() throws {
    let dir = try Self.folder("id,park,industry,land_mu,tax_wan\nF1,AN,metal,ten,5\n")
    let r = try CommandRunner.parkopt(["evaluate", dir + "/firms.csv"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("firms.csv, row 2, column 'land_mu': 'ten' is not a number"))
  }

  /// A short row, bad cells in other rows and a repeated id: all listed at
  /// once, in row order, with file, row and column; nothing is written.
  @Test func everyProblemOfTheFirmTableIsListedInRowOrder() throws {
    let dir = try Self.folder("""
      id,park,industry,land_mu,tax_wan,employees
      F1,AN,metal,0,5,10
      F2,AN,metal,10,abc,10
      F3,AN,metal
      F1,AN,metal,10,5,-1

      """)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CommandRunner.parkopt(["evaluate", dir + "/firms.csv", "-o", dir + "/out"])
    #expect(r.status == 2)
    let file = dir + "/firms.csv"
    #expect(r.stderr.contains("""
      5 problems in the input:
        - \(file), row 2, column 'land_mu': 0 is outside the allowed range 0.01…1e6
        - \(file), row 3, column 'tax_wan': 'abc' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)
        - \(file), row 4: has 3 cells; the header has 6
        - \(file), row 5, column 'employees': -1 is outside the allowed range 0…1e7
        - \(file), row 5, column 'id': 'F1' already used in row 2

      """), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
  }

  /// Without `-o` the files go to `evaluate-results` next to the firm table, never into
  /// `results/` (assign's default folder for a case folder that holds the firm table).
  @Test func defaultFolderIsEvaluateResultsBesideTheFirmTable() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CommandRunner.parkopt(["evaluate", dir + "/firms.csv", "--scenario", dir + "/s.yaml"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(FileManager.default.fileExists(atPath: dir + "/evaluate-results/scores.csv"))
    #expect(FileManager.default.fileExists(atPath: dir + "/evaluate-results/run.json"))
    #expect(!FileManager.default.fileExists(atPath: dir + "/results"))
  }

  /// The Kunming example with its park table: six parks ranked 1…6 with stars.
  @Test func kunmingExampleWithParkTree() throws {
    let kunming = RepositoryPaths.root.appendingPathComponent("Examples/kunming").path
    let out = Scratch.path("evaluate-km").path
    let r = try CommandRunner.parkopt([
      "evaluate", kunming + "/firms.csv", "--scenario", kunming + "/evaluate.yaml", "-o", out,
      "--park-indicators", kunming + "/park_indicators.csv", "--dea", "parks",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let parks = try String(contentsOfFile: out + "/parks.csv", encoding: .utf8).split(separator: "\n")
    #expect(parks.first == "park,class,comprehensive_development,per_mu_benefit,land_use,innovation,green_low_carbon,openness,score,rank,stars")
    #expect(parks.dropFirst().map { $0.split(separator: ",").suffix(2).first.map(String.init) ?? "" } == ["1", "2", "3", "4", "5", "6"])
    #expect(r.stdout.contains("DEA: 6 units"))
  }

  /// DEA options without `--dea` are an error, like `--park-tree` without `--park-indicators`.
  @Test func deaOptionsNeedDEA() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CommandRunner.parkopt([
      "evaluate", dir + "/firms.csv", "--dea-inputs", "land_mu", "--no-super-efficiency", "-o", dir + "/out",
    ])
    #expect(r.status == 2)
    #expect(r.stderr.contains("--dea-inputs, --no-super-efficiency need --dea parks or --dea firms"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
    // The README's wording, word for word.
    let one = try CommandRunner.parkopt(["evaluate", dir + "/firms.csv", "--dea-inputs", "land_mu", "-o", dir + "/out"])
    #expect(one.status == 2)
    #expect(one.stderr.contains("Error: --dea-inputs needs --dea parks or --dea firms"), "\(one.stderr)")
  }

  /// DEA with every firm left out stops (exit 2) with a message naming the
  /// firm table, like a DEA column no firm has.
  @Test func deaWithoutUnitsNamesTheFile() throws {
    let dir = try Self.folder("id,park,industry,land_mu,tax_wan\nF1,AN,metal,10,5\n")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CommandRunner.parkopt([
      "evaluate", dir + "/firms.csv", "--dea", "firms", "--dea-inputs", "land_mu", "--dea-outputs", "tax_wan,revenue_wan",
      "-o", dir + "/out",
    ])
    #expect(r.status == 2)
    #expect(r.stderr.contains("parkopt: \(dir)/firms.csv: DEA: no firm has a value in column 'revenue_wan'"), "\(r.stderr)")
    let one = try CommandRunner.parkopt([
      "evaluate", dir + "/firms.csv", "--dea", "firms", "--dea-inputs", "land_mu", "--dea-outputs", "tax_wan", "-o", dir + "/out",
    ])
    #expect(one.status == 0, "\(one.stderr)")
    try "id,park,industry,land_mu,tax_wan\nF1,AN,metal,10,-5\n".write(toFile: dir + "/firms.csv", atomically: true, encoding: .utf8)
    let none = try CommandRunner.parkopt([
      "evaluate", dir + "/firms.csv", "--dea", "firms", "--dea-inputs", "land_mu", "--dea-outputs", "tax_wan", "-o", dir + "/out2",
    ])
    #expect(none.status == 2)
    #expect(none.stderr.contains(
      "parkopt: \(dir)/firms.csv: DEA: no unit is left: 1 firm left out (1 with a negative figure)"), "\(none.stderr)")
  }

  /// A DEA name given twice names the option and lists the allowed names (README).
  @Test func aDEANameGivenTwiceListsTheAllowedNames() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CommandRunner.parkopt([
      "evaluate", dir + "/firms.csv", "--dea", "firms", "--dea-outputs", "tax_wan,tax_wan", "-o", dir + "/out",
    ])
    #expect(r.status == 2)
    #expect(r.stderr.contains(
      "parkopt: DEA: --dea-outputs: 'tax_wan' is given twice; outputs: revenue_wan, tax_wan, value_added_wan"), "\(r.stderr)")
  }

  /// Every firm whose group has no weights is named with its row and the
  /// group column, in one run.
  @Test func everyFirmInAGroupWithoutWeightsIsReported() throws {
    let dir = try Self.folder("id,park,industry,group,land_mu,tax_wan\nF1,AN,metal,large,10,5\nF2,AN,metal,g2,10,5\nF3,AN,metal,g3,10,5\n")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CommandRunner.parkopt(["evaluate", dir + "/firms.csv", "--scenario", dir + "/s.yaml", "-o", dir + "/out"])
    #expect(r.status == 2)
    for (row, group) in [(3, "g2"), (4, "g3")] {
      #expect(r.stderr.contains("firms.csv, row \(row), column 'group': group '\(group)' has no weights in \(dir)/s.yaml (groups: large)"),
              "\(r.stderr)")
    }
  }

  /// A negative tax average is no threshold for `assign`: an empty cell, a
  /// note on standard error and a list in summary.json.
  @Test func negativeTaxAverageLeavesAnEmptyThreshold() throws {
    let dir = try Self.folder("id,park,industry,land_mu,investment_wan,revenue_wan,tax_wan\nNEG1,AN,chemicals,20,4000,1000,-50\n")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CommandRunner.parkopt(["evaluate", dir + "/firms.csv", "-o", dir + "/out", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let standards = try String(contentsOfFile: dir + "/out/standards.csv", encoding: .utf8)
    #expect(standards.hasSuffix("\nAN,chemicals,200,,50\n"))
    #expect(r.stderr.contains("note: standards.csv leaves 1 average empty, outside the range 0…1e6 parkopt assign accepts "
      + "(e.g. AN × chemicals min_tax_per_mu -2.5; see standards_left_empty in summary.json)"), "\(r.stderr)")
    #expect(r.stdout.contains("\"standards_left_empty\" : [\n    {\n      \"average\" : -2.5,\n      \"column\" : \"min_tax_per_mu\""))
  }
}
