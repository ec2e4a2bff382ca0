/// Counts of values in equal-width bins, for a distribution chart.
public struct Histogram: Sendable, Equatable {
  /// Lower edge of each bin; bin k is [edges[k], edges[k] + width).
  public var edges: [Double]
  public var width: Double
  public var counts: [Int]

  /// Bins of `width` from `lower` up to `upper` (the last bin also takes
  /// values equal to `upper`); values outside are counted in the nearest bin.
  /// At most ``maxBins`` bins: a wider range widens the bins (a score of
  /// 9.3e18 from an extreme input must not ask for 10¹⁸ bins).
  public init(_ values: [Double], lower: Double, upper: Double, width: Double) {
    let span = upper - lower
    var safeWidth = width > 0 && width.isFinite ? width : 1
    if span.isFinite, span / safeWidth > Double(Self.maxBins) { safeWidth = span / Double(Self.maxBins) }
    let bins = span.isFinite && span > 0 ? (span / safeWidth).rounded(.up) : 1
    let n = max(1, min(Self.maxBins, Int(bins)))
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
