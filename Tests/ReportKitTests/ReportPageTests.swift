import Foundation
import Testing
@testable import ReportKit

@Suite struct ReportPageTests {
  static func page(_ language: ReportLanguage) -> ReportPage {
    let table = ReportTable(
      header: ["park", "tax"], rows: [["<A&B>", .number("1,200.0")], [.text("C"), .html("<b>bold</b>")]],
      rowAnchors: ["p-A", ""])
    return ReportPage(
      language: language, title: language.say("Plan", "方案"), keyFigures: [("Projects", "12")],
      sections: [
        .init("One", [.paragraph("a < b"), .list(["x", "y"]), .table(table)]),
        .init("Two", [.details(summary: "more", blocks: [.warning("careful"), .details(summary: "inner", blocks: [.paragraph("deep")])])]),
      ], footer: "parkopt")
  }

  @Test func layoutEscapesTextAndKeepsMarkup() throws {
    let html = try Self.page(.en).html()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("<title>Plan</title>"))
    #expect(html.contains("<p>a &lt; b</p>"))
    #expect(html.contains("<td>&lt;A&amp;B&gt;</td>"))
    #expect(html.contains("<td class=\"num\">1,200.0</td>"))
    #expect(html.contains("<td><b>bold</b></td>"))
    #expect(html.contains("<tr id=\"p-A\">"))
    #expect(html.contains("<li>x</li><li>y</li>"))
    #expect(html.components(separatedBy: "<details>").count - 1 == 2)
    #expect(html.components(separatedBy: "<p>deep</p>").count - 1 == 1)
    #expect(html.contains("<p class=\"warn\">careful</p>"))
    #expect(html.contains("<dt>Projects</dt><dd>12</dd>"))
    #expect(!html.contains("http://") && !html.contains("https://"))
  }

  @Test func chineseTitleAndSameBytes() throws {
    let zh = try Self.page(.zh).html()
    #expect(zh.contains("<html lang=\"zh-CN\">") && zh.contains("<h1>方案</h1>"))
    #expect(try Self.page(.zh).html() == zh)
  }

  @Test func numbersWithUnits() {
    #expect(NumberFormat.decimal(1_234_567.891, digits: 2) == "1,234,567.89")
    #expect(NumberFormat.decimal(-1234.5, digits: 0) == "-1,235" || NumberFormat.decimal(-1234.5, digits: 0) == "-1,234")
    #expect(NumberFormat.decimal(-0.01, digits: 1) == "0.0")
    #expect(NumberFormat.decimal(nil) == "–")
    #expect(NumberFormat.quantity(1200, unit: "mu") == "1,200.0 mu")
    #expect(NumberFormat.percent(0.456) == "45.6%")
    #expect(HTML.escape("a\"b'c") == "a&quot;b&#39;c")
  }

  @Test func usageBarAndHistogram() {
    let bar = UsageBar.svg(used: 50, limit: 200, binding: true, title: "50 of 200")
    #expect(bar.contains("width=\"30.0\" height=\"12\" fill=\"#d32f2f\""))
    #expect(UsageBar.svg(used: 1, limit: 0, binding: false, title: "") == "")
    let h = Histogram([0, 9.9, 10, 55, 100, 120], lower: 0, upper: 100, width: 10)
    #expect(h.counts.count == 10)
    #expect(h.counts[0] == 2 && h.counts[1] == 1 && h.counts[5] == 1 && h.counts[9] == 2)
    #expect(h.labels.first == "0–10")
  }

  /// An extreme score (fuzz: 9.3e18 from a scenario weight) widens the bins
  /// instead of asking for 10¹⁸ of them.
  @Test func histogramOfAHugeRangeKeepsItsBinCount() {
    let h = Histogram([0, 50, 9.3e18], lower: 0, upper: 9.3e18, width: 10)
    #expect(h.counts.count == Histogram.maxBins)
    #expect(h.counts.first == 2 && h.counts.last == 1)
    #expect(h.width == 9.3e18 / Double(Histogram.maxBins))
  }
}
