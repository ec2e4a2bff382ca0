import Foundation

/// An equirectangular projection of longitude/latitude onto a page: around
/// the centroid of the positions (mean longitude and latitude), x scaled by
/// cos(latitude of the centroid) so that a square on the ground stays
/// square, fitted into `width` × `height` less `margin` on each side with
/// north up.
public struct MapProjection: Sendable, Equatable {
  public var width: Double, height: Double, margin: Double
  /// The centroid, degrees.
  public var centreLongitude: Double, centreLatitude: Double
  /// Pixels per degree of latitude.
  public var scale: Double
  /// Centre of the projected positions' bounding box (degrees, x already
  /// scaled by cos(latitude)).
  private var midX: Double, midY: Double

  /// The projection that fits `positions` (`[lon, lat]`) into the page;
  /// nil when there are none.
  public init?(fitting positions: [[Double]], width: Double, height: Double, margin: Double = 10) {
    let valid = positions.filter { $0.count >= 2 && $0[0].isFinite && $0[1].isFinite }
    guard !valid.isEmpty else { return nil }
    self.width = width
    self.height = height
    self.margin = margin
    let lon0 = valid.reduce(0) { $0 + $1[0] } / Double(valid.count)
    let lat0 = valid.reduce(0) { $0 + $1[1] } / Double(valid.count)
    centreLongitude = lon0
    centreLatitude = lat0
    let k = cos(lat0 * .pi / 180)
    let xs = valid.map { ($0[0] - lon0) * k }, ys = valid.map { $0[1] - lat0 }
    let (minX, maxX, minY, maxY) = (xs.min() ?? 0, xs.max() ?? 0, ys.min() ?? 0, ys.max() ?? 0)
    midX = (minX + maxX) / 2
    midY = (minY + maxY) / 2
    let spanX = maxX - minX, spanY = maxY - minY
    let usableX = max(1, width - 2 * margin), usableY = max(1, height - 2 * margin)
    if spanX <= 0 && spanY <= 0 {
      scale = 1  // one position: it sits in the middle
    } else {
      scale = min(spanX > 0 ? usableX / spanX : .infinity, spanY > 0 ? usableY / spanY : .infinity)
    }
  }

  /// Page coordinates (x right, y down) of a longitude and latitude.
  public func project(longitude: Double, latitude: Double) -> (x: Double, y: Double) {
    let x = (longitude - centreLongitude) * cos(centreLatitude * .pi / 180)
    let y = latitude - centreLatitude
    return (width / 2 + (x - midX) * scale, height / 2 - (y - midY) * scale)
  }
}
