import ReportKit

/// The WKT geometries parcels come with (POINT, POLYGON, MULTIPOLYGON) as
/// GeoJSON geometry objects; read by ReportKit's ``WKTGeometry``.
enum WKT {
  /// A GeoJSON geometry dictionary, or nil when the text is not supported.
  static func geoJSON(_ text: String) -> [String: Any]? {
    guard let geometry = WKTGeometry(text) else { return nil }
    return ["type": geometry.kind.rawValue, "coordinates": geometry.coordinates]
  }
}
