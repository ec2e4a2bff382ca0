import Mustache

/// A self-contained HTML report page: a title, a few key figures and
/// sections of paragraphs, lists, tables and inline SVG; inline CSS, no
/// script and no URL. Laid out by one Mustache template (swift-mustache),
/// so the page's structure is in one place and text is escaped by it.
public struct ReportPage: Sendable {
  /// One part of a section.
  public enum Block: Sendable {
    case paragraph(String)
    /// A paragraph set off as a warning.
    case warning(String)
    case list([String])
    case table(ReportTable)
    /// Inline SVG made by this toolkit (chart or map), inserted as it is.
    case svg(String)
    /// A collapsed part: a summary line and its blocks.
    case details(summary: String, blocks: [Block])
  }

  /// A headed section.
  public struct Section: Sendable {
    public var heading: String
    public var blocks: [Block]
    /// A section.
    public init(_ heading: String, _ blocks: [Block]) {
      self.heading = heading
      self.blocks = blocks
    }
  }

  public var language: ReportLanguage
  public var title: String
  /// Figure name and value pairs shown under the title.
  public var keyFigures: [(String, String)]
  public var sections: [Section]
  /// The line at the foot of the page (e.g. which command wrote it).
  public var footer: String

  /// A page.
  public init(
    language: ReportLanguage, title: String, keyFigures: [(String, String)] = [], sections: [Section],
    footer: String = ""
  ) {
    self.language = language
    self.title = title
    self.keyFigures = keyFigures
    self.sections = sections
    self.footer = footer
  }

  /// The whole page; same page, same bytes.
  public func html() throws -> String {
    var library = MustacheLibrary()
    try library.register(Self.blockTemplate, named: "block")
    try library.register(Self.template, named: "page")
    let context: [String: Any] = [
      "lang": language.htmlLang, "title": title, "style": Self.style,
      "figures": keyFigures.map { ["name": $0.0, "value": $0.1] },
      "hasFigures": !keyFigures.isEmpty,
      "sections": sections.map { ["heading": $0.heading, "blocks": $0.blocks.map(Self.context)] },
      "footer": footer,
    ]
    return library.render(context, withTemplate: "page") ?? ""
  }

  /// Every block key is present (false when unused): Mustache looks a
  /// missing key up in the enclosing contexts, where a details block would
  /// find itself again.
  private static func context(_ block: Block) -> [String: Any] {
    var c: [String: Any] = ["paragraph": false, "warning": false, "list": false, "table": false, "svg": false, "details": false]
    switch block {
    case .paragraph(let t): c["paragraph"] = t
    case .warning(let t): c["warning"] = t
    case .list(let items): c["list"] = ["items": items]
    case .table(let table): c["table"] = table.context
    case .svg(let svg): c["svg"] = svg
    case .details(let summary, let blocks): c["details"] = ["summary": summary, "blocks": blocks.map(context)]
    }
    return c
  }

  /// The page layout. Blocks nest through the `block` partial (details).
  static let template = """
    <!DOCTYPE html>
    <html lang="{{lang}}"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}}</title>
    <style>{{{style}}}</style>
    </head><body>
    <h1>{{title}}</h1>
    {{#hasFigures}}<dl class="figures">{{#figures}}<div><dt>{{name}}</dt><dd>{{value}}</dd></div>{{/figures}}</dl>{{/hasFigures}}
    {{#sections}}
    <section><h2>{{heading}}</h2>
    {{#blocks}}{{>block}}{{/blocks}}
    </section>
    {{/sections}}
    {{#footer}}<footer>{{footer}}</footer>{{/footer}}
    </body></html>

    """

  /// One block (a partial, so that details can hold blocks).
  static let blockTemplate = """
    {{#paragraph}}<p>{{paragraph}}</p>
    {{/paragraph}}{{#warning}}<p class="warn">{{warning}}</p>
    {{/warning}}{{#list}}<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>
    {{/list}}{{#table}}<div class="scroll"><table><thead><tr>{{#header}}<th>{{.}}</th>{{/header}}</tr></thead><tbody>
    {{#rows}}<tr{{#anchor}} id="{{anchor}}"{{/anchor}}>{{#cells}}<td{{#number}} class="num"{{/number}}>{{#html}}{{{html}}}{{/html}}{{^html}}{{text}}{{/html}}</td>{{/cells}}</tr>
    {{/rows}}</tbody></table></div>
    {{/table}}{{#svg}}<div class="figure">{{{svg}}}</div>
    {{/svg}}{{#details}}<details><summary>{{summary}}</summary>
    {{#blocks}}{{>block}}{{/blocks}}</details>
    {{/details}}
    """

  /// The pages' CSS (also used by `parkopt serve`'s pages).
  public static let style = """
    body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.4}\
    h1{font-size:1.6em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}\
    table{border-collapse:collapse;margin:.8em 0;font-size:.92em}td,th{border:1px solid #ccc;padding:3px 8px;vertical-align:top}\
    th{background:#f3f3f3;text-align:left}td.num{text-align:right;white-space:nowrap}tr:target{background:#fff3b0}\
    .scroll{overflow-x:auto}.warn{color:#a40;font-weight:bold}.figure{overflow-x:auto;margin:.8em 0}\
    dl.figures{display:flex;flex-wrap:wrap;gap:.6em 1.6em}dl.figures div{background:#f6f8fa;padding:.4em .8em;border-radius:4px}\
    dt{font-size:.8em;color:#555}dd{margin:0;font-size:1.2em;font-weight:bold}\
    svg.map a:hover path,svg.map a:hover circle{stroke:#000;stroke-width:2}footer{margin-top:2em;color:#777;font-size:.85em}
    """
}
