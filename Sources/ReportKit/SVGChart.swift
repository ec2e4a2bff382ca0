import Foundation

/// Minimal SVG charts (stacked areas, grouped bars, lines) as strings, for
/// inline use in an HTML page (no `xmlns`: the page has no URL at all).
///
/// Hand-written rather than through a library: the charts are three simple
/// shapes, the output must be byte-for-byte deterministic, and no package
/// in reach draws SVG charts.
public struct SVGChart: Sendable {
  public var width = 900.0, height = 320.0
  public var left = 60.0, right = 150.0, top = 30.0, bottom = 40.0
  public var title: String

  /// A chart with this title and the default size.
  public init(title: String) { self.title = title }

  /// One named, coloured series of values.
  public struct Series: Sendable {
    public var name: String
    public var color: String
    public var values: [Double]

    /// A series.
    public init(name: String, color: String, values: [Double]) {
      self.name = name
      self.color = color
      self.values = values
    }
  }

  /// A coordinate with one decimal.
  public static func f(_ x: Double) -> String { String(format: "%.1f", x) }

  /// Text escaped for SVG and HTML.
  public static func escape(_ s: String) -> String { HTML.escape(s) }

  private var plotWidth: Double { width - left - right }
  private var plotHeight: Double { height - top - bottom }

  private func frame(maxY: Double, minY: Double = 0, yLabel: String, xLabels: [(Double, String)]) -> String {
    var s = "<svg class=\"chart\" width=\"\(Self.f(width))\" height=\"\(Self.f(height))\" font-family=\"sans-serif\" font-size=\"11\">\n"
    s += "<text x=\"\(Self.f(left))\" y=\"18\" font-size=\"14\" font-weight=\"bold\">\(Self.escape(title))</text>\n"
    for k in 0...4 {
      let v = minY + (maxY - minY) * Double(k) / 4
      let y = top + plotHeight * (1 - Double(k) / 4)
      s += "<line x1=\"\(Self.f(left))\" y1=\"\(Self.f(y))\" x2=\"\(Self.f(left + plotWidth))\" y2=\"\(Self.f(y))\" stroke=\"#ddd\"/>"
      s += "<text x=\"\(Self.f(left - 5))\" y=\"\(Self.f(y + 4))\" text-anchor=\"end\">\(Self.f(v))</text>\n"
    }
    s += "<text x=\"12\" y=\"\(Self.f(top + plotHeight / 2))\" transform=\"rotate(-90 12 \(Self.f(top + plotHeight / 2)))\" text-anchor=\"middle\">\(Self.escape(yLabel))</text>\n"
    for (x, label) in xLabels {
      s += "<text x=\"\(Self.f(left + x * plotWidth))\" y=\"\(Self.f(top + plotHeight + 15))\" text-anchor=\"middle\">\(Self.escape(label))</text>\n"
    }
    return s
  }

  private func legend(_ series: [Series]) -> String {
    var s = ""
    for (k, item) in series.enumerated() {
      let y = top + Double(k) * 18
      s += "<rect x=\"\(Self.f(width - right + 10))\" y=\"\(Self.f(y))\" width=\"12\" height=\"12\" fill=\"\(item.color)\"/>"
      s += "<text x=\"\(Self.f(width - right + 27))\" y=\"\(Self.f(y + 10))\">\(Self.escape(item.name))</text>\n"
    }
    return s
  }

  /// Stacked areas (positive series) with an optional line on top (e.g. load).
  public func stacked(_ series: [Series], line: Series?, yLabel: String, xLabels: [(Double, String)]) -> String {
    let n = series.first?.values.count ?? 0
    guard n > 1 else { return "" }
    var totals = [Double](repeating: 0, count: n)
    for item in series { for t in 0..<n { totals[t] += max(0, item.values[t]) } }
    let maxY = max(1e-9, (totals + (line?.values ?? [])).max() ?? 1) * 1.05
    func x(_ t: Int) -> Double { left + plotWidth * Double(t) / Double(n - 1) }
    func y(_ v: Double) -> Double { top + plotHeight * (1 - v / maxY) }
    var s = frame(maxY: maxY, yLabel: yLabel, xLabels: xLabels)
    var base = [Double](repeating: 0, count: n)
    for item in series {
      let upper = (0..<n).map { base[$0] + max(0, item.values[$0]) }
      var points = (0..<n).map { "\(Self.f(x($0))),\(Self.f(y(upper[$0])))" }
      points += (0..<n).reversed().map { "\(Self.f(x($0))),\(Self.f(y(base[$0])))" }
      s += "<polygon fill=\"\(item.color)\" fill-opacity=\"0.85\" stroke=\"none\" points=\"\(points.joined(separator: " "))\"/>\n"
      base = upper
    }
    if let line {
      let points = (0..<n).map { "\(Self.f(x($0))),\(Self.f(y(line.values[$0])))" }
      s += "<polyline fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"1.5\" points=\"\(points.joined(separator: " "))\"/>\n"
    }
    return s + legend(series + (line.map { [$0] } ?? [])) + "</svg>\n"
  }

  /// Grouped bars, one group per category.
  public func bars(_ series: [Series], categories: [String], yLabel: String) -> String {
    let n = categories.count
    guard n > 0 else { return "" }
    let maxY = max(1e-9, series.flatMap(\.values).max() ?? 1) * 1.05
    let group = plotWidth / Double(n)
    let bar = group * 0.8 / Double(max(1, series.count))
    var s = frame(maxY: maxY, yLabel: yLabel, xLabels: categories.enumerated().map { ((Double($0.offset) + 0.5) / Double(n), $0.element) })
    for (k, item) in series.enumerated() {
      for (i, v) in item.values.enumerated() {
        let h = plotHeight * max(0, v) / maxY
        let x = left + group * Double(i) + group * 0.1 + bar * Double(k)
        s += "<rect x=\"\(Self.f(x))\" y=\"\(Self.f(top + plotHeight - h))\" width=\"\(Self.f(bar))\" height=\"\(Self.f(h))\" fill=\"\(item.color)\"/>\n"
      }
    }
    return s + legend(series) + "</svg>\n"
  }

  /// Lines over a common x axis.
  public func lines(_ series: [Series], yLabel: String, xLabels: [(Double, String)]) -> String {
    let n = series.first?.values.count ?? 0
    guard n > 1 else { return "" }
    let maxY = max(1e-9, series.flatMap(\.values).max() ?? 1) * 1.05
    var s = frame(maxY: maxY, yLabel: yLabel, xLabels: xLabels)
    for item in series {
      let points = (0..<n).map {
        "\(Self.f(left + plotWidth * Double($0) / Double(n - 1))),\(Self.f(top + plotHeight * (1 - item.values[$0] / maxY)))"
      }
      s += "<polyline fill=\"none\" stroke=\"\(item.color)\" stroke-width=\"1.2\" points=\"\(points.joined(separator: " "))\"/>\n"
    }
    return s + legend(series) + "</svg>\n"
  }
}
