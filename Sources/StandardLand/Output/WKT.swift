import Foundation

/// Reads the WKT geometries parcels come with (POINT, POLYGON,
/// MULTIPOLYGON) into GeoJSON geometry objects. Written by hand because the
/// needed subset is small and no package in reach parses WKT.
enum WKT {
  /// A GeoJSON geometry dictionary, or nil when the text is not supported.
  static func geoJSON(_ text: String) -> [String: Any]? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let open = trimmed.firstIndex(of: "(") else { return nil }
    let kind = trimmed[..<open].trimmingCharacters(in: .whitespaces).uppercased()
    let body = String(trimmed[open...])
    switch kind {
    case "POINT":
      guard let ring = rings(body).first, let point = ring.first else { return nil }
      return ["type": "Point", "coordinates": point]
    case "POLYGON":
      let r = rings(body)
      return r.isEmpty ? nil : ["type": "Polygon", "coordinates": r]
    case "MULTIPOLYGON":
      let polygons = splitTopLevel(body).map(rings)
      return polygons.isEmpty || polygons.contains(where: \.isEmpty) ? nil : ["type": "MultiPolygon", "coordinates": polygons]
    default:
      return nil
    }
  }

  /// The coordinate lists inside `((x y, x y), (…))` or `(x y)`.
  private static func rings(_ text: String) -> [[[Double]]] {
    var result: [[[Double]]] = []
    var current = ""
    var depth = 0
    for c in text {
      if c == "(" {
        depth += 1
        current = ""
      } else if c == ")" {
        if !current.isEmpty, let ring = coordinates(current) { result.append(ring) }
        current = ""
        depth -= 1
      } else if depth > 0 {
        current.append(c)
      }
    }
    return result
  }

  private static func coordinates(_ text: String) -> [[Double]]? {
    var points: [[Double]] = []
    for pair in text.split(separator: ",") {
      let numbers = pair.split(separator: " ").compactMap { Double($0) }
      guard numbers.count >= 2 else { return nil }
      points.append(Array(numbers.prefix(2)))
    }
    return points.isEmpty ? nil : points
  }

  /// Splits a MULTIPOLYGON body `(((…)), ((…)))` into polygon bodies:
  /// drops the outer parentheses and splits at depth-0 commas.
  private static func splitTopLevel(_ text: String) -> [String] {
    var inner = Substring(text.trimmingCharacters(in: .whitespaces))
    guard inner.first == "(", inner.last == ")" else { return [] }
    inner = inner.dropFirst().dropLast()
    var parts: [String] = []
    var current = ""
    var depth = 0
    for c in inner {
      if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
      if c == "," && depth == 0 {
        parts.append(current)
        current = ""
        continue
      }
      current.append(c)
    }
    if !current.trimmingCharacters(in: .whitespaces).isEmpty { parts.append(current) }
    return parts
  }
}
