import Foundation

/// A WKT geometry in longitude/latitude (POINT, POLYGON, MULTIPOLYGON), the
/// one reader of the WKT that parcels come with (GeoJSON export and maps).
/// Written by hand because the needed subset is small and no package in
/// reach parses WKT.
public struct WKTGeometry: Sendable, Equatable {
  /// The WKT type read.
  public enum Kind: String, Sendable { case point = "Point", polygon = "Polygon", multiPolygon = "MultiPolygon" }

  public var kind: Kind
  /// Polygons, each a list of rings, each a list of `[lon, lat]`; a point
  /// is one polygon of one ring of one position.
  public var polygons: [[[[Double]]]]

  /// Reads `text`; nil when the text is not a supported geometry.
  public init?(_ text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let open = trimmed.firstIndex(of: "(") else { return nil }
    let kindText = trimmed[..<open].trimmingCharacters(in: .whitespaces).uppercased()
    let body = String(trimmed[open...])
    switch kindText {
    case "POINT":
      guard let ring = Self.rings(body).first, let point = ring.first else { return nil }
      kind = .point
      polygons = [[[point]]]
    case "POLYGON":
      let r = Self.rings(body)
      guard !r.isEmpty else { return nil }
      kind = .polygon
      polygons = [r]
    case "MULTIPOLYGON":
      let p = Self.splitTopLevel(body).map(Self.rings)
      guard !p.isEmpty, !p.contains(where: \.isEmpty) else { return nil }
      kind = .multiPolygon
      polygons = p
    default:
      return nil
    }
  }

  /// Every position, in order.
  public var positions: [[Double]] { polygons.flatMap { $0.flatMap { $0 } } }

  /// The GeoJSON `coordinates` value.
  public var coordinates: Any {
    switch kind {
    case .point: return polygons[0][0][0]
    case .polygon: return polygons[0]
    case .multiPolygon: return polygons
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
