import Foundation
import Testing
import ParkOptTestSupport

/// `report.html` of `assign` and `evaluate`, end to end: what the page shows.
@Suite struct ReportCommandTests {
  static func count(_ text: String, _ needle: String) -> Int { text.components(separatedBy: needle).count - 1 }

  static func noURL(_ html: String) -> Bool { !html.contains("http://") && !html.contains("https://") }

  @Test func assignReportMapsEveryParcelAndSaysWhyProjectsAreLeftOut() throws {
    let folder = try AssignCommandTests.caseFolder()
    let out = folder + "/out"
    let r = try CommandRunner.parkopt(["assign", folder, "--output", out])
    #expect(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    #expect(html.contains("<title>Standard-land plan — Park K</title>"))
    // Two parcels with geometry (a point and a polygon), on each of the two maps.
    #expect(Self.count(html, "<svg class=\"map\"") == 2)
    #expect(Self.count(html, "<path class=\"parcel\"") == 2)
    #expect(Self.count(html, "<circle class=\"parcel\"") == 2)
    #expect(html.contains("<tr id=\"p-A\">") && html.contains("<tr id=\"p-B\">"))
    // P3 (industry "other") passes no park's rules.
    #expect(html.contains("<td>P3</td><td>Gamma</td><td>No parcel in any park passes every rule: in K"))
    #expect(html.contains("it fails industry: K does not admit industry &#39;other&#39;."))
    // Energy 900 of 1000 tce used: a 108-of-120 px bar, green (not binding).
    #expect(html.contains("<title>900.0 tce / 1,000.0 tce</title><rect width=\"120.0\" height=\"12\" fill=\"#eee\"/><rect width=\"108.0\" height=\"12\" fill=\"#4caf50\"/>"))
    #expect(Self.noURL(html))
    let run = try String(contentsOfFile: out + "/run.json", encoding: .utf8)
    #expect(run.contains("\"report.html\""))
  }

  @Test func assignReportInChineseAndSameBytes() throws {
    let folder = try AssignCommandTests.caseFolder()
    for out in ["a", "b"] {
      let r = try CommandRunner.parkopt(["assign", folder, "--output", "\(folder)/\(out)", "--language", "zh"])
      #expect(r.status == 0, "\(r.stderr)")
    }
    let a = try #require(FileManager.default.contents(atPath: folder + "/a/report.html"))
    #expect(a == FileManager.default.contents(atPath: folder + "/b/report.html"))
    let html = String(decoding: a, as: UTF8.self)
    #expect(html.contains("<html lang=\"zh-CN\">") && html.contains("<h1>标准地出让方案 — Park K</h1>"))
    #expect(html.contains("没有任何园区的地块满足全部规则"))
  }

  @Test func assignReportWithoutGeometrySaysWhyThereIsNoMap() throws {
    let folder = try AssignCommandTests.caseFolder(extra: ["parcels.csv": "id,park,area_mu,zoning,source\nA,K,20,M1,new\nB,K,30,M1,stock\n"])
    let r = try CommandRunner.parkopt(["assign", folder, "--output", folder + "/out"])
    #expect(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOfFile: folder + "/out/report.html", encoding: .utf8)
    #expect(!html.contains("<svg class=\"map\""))
    #expect(html.contains("No map: no parcel has geometry"))
  }

  @Test func kunmingAssignReportHasOneShapePerParcel() throws {
    let kunming = Self.repository + "/Examples/kunming"
    let out = Scratch.path("report-km").path
    let r = try CommandRunner.parkopt(["assign", kunming, "--output", out, "--no-explain"])
    #expect([0, 11].contains(r.status), "\(r.stderr)")
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    let parcels = try String(contentsOfFile: kunming + "/parcels.csv", encoding: .utf8)
      .split(separator: "\n").dropFirst().filter { $0.contains("POLYGON") || $0.contains("POINT") }.count
    #expect(parcels > 0)
    #expect(Self.count(html, "class=\"parcel\"") == 2 * parcels)
    #expect(Self.count(html, "class=\"hatch\"") > 0, "stock parcels are hatched")
    // AN and YL use their whole energy quota (parks.csv: energy_quota[AN], energy_quota[YL]): two red bars.
    #expect(Self.count(html, "fill=\"#d32f2f\"") == 2)
    #expect(Self.noURL(html))
  }

  static var repository: String {
    RepositoryPaths.root.path
  }

  @Test func evaluateReportShowsClassesDistributionLowLandFrontierAndStars() throws {
    let kunming = Self.repository + "/Examples/kunming"
    let out = Scratch.path("report-ev").path
    let args = [
      "evaluate", kunming + "/firms.csv", "--scenario", kunming + "/evaluate.yaml",
      "--park-indicators", kunming + "/park_indicators.csv", "--dea", "parks",
    ]
    let r = try CommandRunner.parkopt(args + ["-o", out])
    #expect(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    #expect(html.contains("<title>Per-mu benefit evaluation</title>"))
    #expect(html.contains("Firms per class and group") && html.contains("Firms per class and park"))
    #expect(html.contains("Firms per score band"))
    #expect(html.contains("<h2>Low-efficiency land</h2>") && html.contains("No map: the firm table carries no geometry"))
    #expect(html.contains("<h2>DEA frontier</h2>") && html.contains("6 units;"))
    #expect(html.contains("<h2>Park stars</h2>") && html.contains("★"))
    #expect(Self.count(html, "<svg class=\"chart\"") == 4)
    #expect(Self.noURL(html))
    let zh = try CommandRunner.parkopt(args + ["-o", out + "-zh", "--language", "zh"])
    #expect(zh.status == 0)
    let zhHTML = try String(contentsOfFile: out + "-zh/report.html", encoding: .utf8)
    #expect(zhHTML.contains("<h1>亩均效益评价</h1>") && zhHTML.contains("<h2>园区星级</h2>"))
    let again = try CommandRunner.parkopt(args + ["-o", out + "-again"])
    #expect(again.status == 0)
    #expect(FileManager.default.contents(atPath: out + "/report.html") == FileManager.default.contents(atPath: out + "-again/report.html"))
  }

  @Test func sizeReportHasNoURL() throws {
    let folder = try SizeCommandTests.caseFolder()
    let r = try CommandRunner.parkopt(["size", folder, "--output", folder + "/out"])
    #expect(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOfFile: folder + "/out/report.html", encoding: .utf8)
    #expect(Self.count(html, "<svg class=\"chart\"") == 3)
    #expect(Self.noURL(html))
  }
}
