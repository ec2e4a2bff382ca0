import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ParkOptServer

/// The page's two languages: no label missing, `--language`, `?lang=` and its cookie.
@Suite struct PageTextTests {
  @Test func everyEnglishKeyHasAChineseLabelAndBack() {
    let english = Set(PageText.english.keys), chinese = Set(PageText.chinese.keys)
    #expect(english.subtracting(chinese).sorted() == [])
    #expect(chinese.subtracting(english).sorted() == [])
    #expect(PageText.chinese.values.filter(\.isEmpty).isEmpty)
    // Every scenario value has its label, and every state its word.
    for value in FormValue.all {
      #expect(PageText.english[value.name] != nil, "\(value.name)")
      #expect(PageText.chinese[value.name] != nil, "\(value.name)")
    }
    for state in ["queued", "running", "finished", "cancelled", "interrupted", "failed_to_start"] {
      #expect(PageText.chinese["state." + state] != nil, "\(state)")
    }
    #expect(PageText.chinese["scenario:stock_link_ratio"] == "增存挂钩比例：每盘活 1 亩存量地可供新增用地亩数")
  }

  @Test func theServersLanguageIsTheDefaultAndLangSwitchesIt() async throws {
    let t = try TestServer(parkopt: "/bin/false", language: "zh")
    try await t.test { client in
      let zh = try await client.execute(uri: "/", method: .get)
      #expect(zh.text.contains("<html lang=\"zh\">"))
      for label in ["<h2>1. 案例</h2>", "<h2>2. 运行</h2>", "<h2>3. 运行记录</h2>", "尚无运行。", ">运行</button>",
        "增存挂钩比例：每盘活 1 亩存量地可供新增用地亩数", "各园区能耗指标 × 倍数", "示例 kunming (13 个文件)",
        "<a id=\"other-language\" href=\"?lang=en\" hreflang=\"en\">English</a>", "<option value=\"zh\" selected>中文</option>"]
      {
        #expect(zh.text.contains(label), "\(label)")
      }
      #expect(!zh.text.contains("1. Case"))
      #expect(zh.headers[.setCookie] == nil)
      let en = try await client.execute(uri: "/?lang=en", method: .get)
      #expect(en.text.contains("<html lang=\"en\">"))
      #expect(en.text.contains("<h2>1. Case</h2>"))
      #expect(en.text.contains("Every park&#39;s energy quota × factor") || en.text.contains("Every park's energy quota × factor"))
      #expect(en.text.contains("<option value=\"en\" selected>English</option>"))
      #expect(en.headers[.setCookie] == "parkopt_lang=en; Path=/; SameSite=Lax")
      // The cookie keeps the choice on the next page; a bad ?lang= is ignored.
      let kept = try await client.execute(uri: "/?lang=fr", method: .get, headers: [.cookie: "parkopt_lang=en"])
      #expect(kept.text.contains("<h2>1. Case</h2>"))
      let missing = try await client.execute(uri: "/runs/run-0042", method: .get)
      #expect(missing.status == .notFound)
      #expect(missing.text.contains("<h1>已拒绝</h1>"))
    }
  }

  @Test func aRunMadeOnAChinesePageAsksForAChineseReport() async throws {
    let fake = try TestServer.fakeParkopt(stderr: "ok", report: true, tail: "exit 0")
    let t = try TestServer(parkopt: fake, language: "zh")
    try await t.test { client in
      let (id, status) = try await ServerRouteTests.runToEnd(t, client, [("case", "example:kunming"), ("command", "rank")])
      let line = try #require(status["command_line"] as? [String])
      #expect(line.suffix(2) != [] && line.contains("--language"))
      #expect(line[(line.firstIndex(of: "--language") ?? 0) + 1] == "zh")
      let page = try await client.execute(uri: "/runs/\(id)", method: .get)
      #expect(page.text.contains("<dd id=\"state\" class=\"state-finished\" data-state=\"finished\">已完成</dd>"))
      #expect(page.text.contains("打开报告"))
    }
  }
}
