/// An SVG map of parcels (polygons, or dots for points) coloured by
/// category, "none" in grey, flagged shapes hatched, each with a hover
/// `<title>` and a link to its row in a details table (`#` + ``Feature/anchor``).
public struct SVGMap: Sendable {
  /// One shape on the map.
  public struct Feature: Sendable {
    public var id: String
    public var geometry: WKTGeometry
    /// Its category's name; nil for "none" (grey).
    public var category: String?
    /// Drawn hatched (e.g. stock land).
    public var hatched: Bool
    /// The hover text (several lines allowed).
    public var title: String

    /// A feature.
    public init(id: String, geometry: WKTGeometry, category: String?, hatched: Bool, title: String) {
      self.id = id
      self.geometry = geometry
      self.category = category
      self.hatched = hatched
      self.title = title
    }

    /// The fragment id of its details row: `p-` + its id, with characters
    /// outside letters, digits, `-` and `_` as `_`.
    public var anchor: String { Self.anchor(id) }

    /// The fragment id for a parcel id.
    public static func anchor(_ id: String) -> String {
      "p-" + String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    }
  }

  public var width = 640.0, height = 480.0, legendWidth = 200.0
  /// Legend text for "none" and for hatched shapes.
  public var noneLabel: String
  public var hatchLabel: String
  public static let noneColor = "#bdbdbd"

  /// A map with these legend labels.
  public init(noneLabel: String, hatchLabel: String) {
    self.noneLabel = noneLabel
    self.hatchLabel = hatchLabel
  }

  /// Twelve distinguishable colours, used in order of the sorted category names.
  public static let palette = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939", "#843c39",
  ]

  /// The colour of each category, by sorted name (cycling the palette).
  public static func colors(_ categories: [String]) -> [(name: String, color: String)] {
    Array(Set(categories)).sorted().enumerated().map { ($0.element, palette[$0.offset % palette.count]) }
  }

  /// The map as inline SVG; an empty string when no feature has a position.
  /// Colours follow the sorted `colorKey` (default: the features'
  /// categories), so maps of parts of one set share colours; the legend
  /// lists the categories present.
  public func svg(_ features: [Feature], colorKey: [String]? = nil) -> String {
    guard let projection = MapProjection(
      fitting: features.flatMap(\.geometry.positions), width: width, height: height, margin: 12)
    else { return "" }
    let present = Set(features.compactMap(\.category))
    let colors = Self.colors(colorKey ?? Array(present)).filter { present.contains($0.name) }
    let colorOf = Dictionary(colors.map { ($0.name, $0.color) }, uniquingKeysWith: { a, _ in a })
    let total = width + legendWidth
    var s = "<svg class=\"map\" width=\"\(SVGChart.f(total))\" height=\"\(SVGChart.f(height))\" "
      + "viewBox=\"0 0 \(SVGChart.f(total)) \(SVGChart.f(height))\" font-family=\"sans-serif\" font-size=\"11\">\n"
    s += "<defs><pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
      + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"1.5\" stroke-opacity=\"0.55\"/></pattern></defs>\n"
    s += "<rect width=\"\(SVGChart.f(width))\" height=\"\(SVGChart.f(height))\" fill=\"#fafafa\" stroke=\"#ccc\"/>\n"
    for feature in features {
      let color = feature.category.flatMap { colorOf[$0] } ?? Self.noneColor
      let shape = self.shape(feature.geometry, projection)
      guard !shape.isEmpty else { continue }
      s += "<a href=\"#\(feature.anchor)\"><g><title>\(HTML.escape(feature.title))</title>"
      s += shape.replacingOccurrences(of: "CLASS", with: "parcel").replacingOccurrences(of: "FILL", with: color)
      if feature.hatched {
        s += shape.replacingOccurrences(of: "CLASS", with: "hatch").replacingOccurrences(of: "FILL", with: "url(#hatch)")
      }
      s += "</g></a>\n"
    }
    var y = 16.0
    let x = width + 12
    for (name, color) in colors + [(noneLabel, Self.noneColor)] {
      s += "<rect x=\"\(SVGChart.f(x))\" y=\"\(SVGChart.f(y - 10))\" width=\"12\" height=\"12\" fill=\"\(color)\"/>"
      s += "<text x=\"\(SVGChart.f(x + 18))\" y=\"\(SVGChart.f(y))\">\(HTML.escape(name))</text>\n"
      y += 18
    }
    if features.contains(where: \.hatched) {
      s += "<rect x=\"\(SVGChart.f(x))\" y=\"\(SVGChart.f(y - 10))\" width=\"12\" height=\"12\" fill=\"url(#hatch)\" stroke=\"#999\"/>"
      s += "<text x=\"\(SVGChart.f(x + 18))\" y=\"\(SVGChart.f(y))\">\(HTML.escape(hatchLabel))</text>\n"
    }
    return s + "</svg>\n"
  }

  /// One `<path>` (every ring of every polygon, even-odd filled) or, for a
  /// point, one `<circle>`; CLASS and FILL are placeholders.
  private func shape(_ geometry: WKTGeometry, _ projection: MapProjection) -> String {
    if geometry.kind == .point {
      guard let p = geometry.positions.first, p.count >= 2 else { return "" }
      let (x, y) = projection.project(longitude: p[0], latitude: p[1])
      return "<circle class=\"CLASS\" cx=\"\(SVGChart.f(x))\" cy=\"\(SVGChart.f(y))\" r=\"6\" fill=\"FILL\" stroke=\"#333\" stroke-width=\"0.8\"/>"
    }
    var d = ""
    for polygon in geometry.polygons {
      for ring in polygon where !ring.isEmpty {
        for (k, p) in ring.enumerated() where p.count >= 2 {
          let (x, y) = projection.project(longitude: p[0], latitude: p[1])
          d += (k == 0 ? "M" : "L") + SVGChart.f(x) + " " + SVGChart.f(y)
        }
        d += "Z"
      }
    }
    return d.isEmpty ? "" : "<path class=\"CLASS\" d=\"\(d)\" fill=\"FILL\" fill-rule=\"evenodd\" stroke=\"#333\" stroke-width=\"0.8\"/>"
  }
}
