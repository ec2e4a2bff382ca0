/// Counts of values in equal-width bins, for a distribution chart.
public struct Histogram: Sendable, Equatable {
  /// Lower edge of each bin; bin k is [edges[k], edges[k] + width).
  public var edges: [Double]
  public var width: Double
  public var counts: [Int]

  /// Bins of `width` from `lower` up to `upper` (the last bin also takes
  /// values equal to `upper`); values outside are counted in the nearest bin.
  public init(_ values: [Double], lower: Double, upper: Double, width: Double) {
    let safeWidth = width > 0 ? width : 1
    let n = max(1, Int(((upper - lower) / safeWidth).rounded(.up)))
    self.width = safeWidth
    edges = (0..<n).map { lower + Double($0) * safeWidth }
    var counts = [Int](repeating: 0, count: n)
    for v in values where v.isFinite {
      let position = ((v - lower) / safeWidth).rounded(.down)
      let k = position.isFinite ? Int(min(max(position, 0), Double(n - 1))) : (position > 0 ? n - 1 : 0)
      counts[k] += 1
    }
    self.counts = counts
  }

  /// The most bins a histogram has.
  public static let maxBins = 200

  /// Bin labels such as `60–70`.
  public var labels: [String] {
    edges.map { NumberFormat.decimal($0, digits: 0) + "–" + NumberFormat.decimal($0 + width, digits: 0) }
  }
}
