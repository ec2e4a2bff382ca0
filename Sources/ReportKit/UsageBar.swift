/// A small horizontal bar for a table cell: how much of a limit is used,
/// red when the limit is binding; the figures in a hover title.
public enum UsageBar {
  /// An inline SVG bar `width` wide filled to `used ÷ limit` (capped at
  /// 100%); an empty string when there is no positive limit.
  public static func svg(used: Double, limit: Double?, binding: Bool, title: String, width: Double = 120) -> String {
    guard let limit, limit > 0, used.isFinite else { return "" }
    let share = min(1, max(0, used / limit))
    let color = binding ? "#d32f2f" : "#4caf50"
    return "<svg class=\"bar\" width=\"\(SVGChart.f(width))\" height=\"12\"><title>\(HTML.escape(title))</title>"
      + "<rect width=\"\(SVGChart.f(width))\" height=\"12\" fill=\"#eee\"/>"
      + "<rect width=\"\(SVGChart.f(width * share))\" height=\"12\" fill=\"\(color)\"/></svg>"
  }
}
