import StandardLand

/// Parcels by park and zoning, sorted by area (then id), so a project finds
/// the parcels of its zonings in its area range by binary search instead of
/// scanning every parcel.
public struct ParcelIndex: Sendable {
  /// Parcel indices sorted by (area, id), with their areas.
  struct Bucket: Sendable {
    var areas: [Double] = []
    var parcels: [Int] = []

    /// The first position whose area is ≥ `area`.
    func lowerBound(_ area: Double) -> Int {
      var lo = 0, hi = areas.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if areas[mid] < area { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }

    /// The first position whose area is > `area`.
    func upperBound(_ area: Double) -> Int {
      var lo = 0, hi = areas.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if areas[mid] <= area { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
  }

  /// Per park (index into the case's parks): buckets by zoning, and all parcels.
  private var byZoning: [[String: Bucket]]
  private var all: [Bucket]

  /// Indexes the parcels of `landCase` (parcels of unknown parks are left out).
  public init(_ landCase: LandCase) {
    var parkIndex: [String: Int] = [:]
    for (k, park) in landCase.parks.enumerated() where parkIndex[park.id] == nil { parkIndex[park.id] = k }
    var zoned = Array(repeating: [String: [Int]](), count: landCase.parks.count)
    var every = Array(repeating: [Int](), count: landCase.parks.count)
    for (p, parcel) in landCase.parcels.enumerated() {
      guard let k = parkIndex[parcel.parkID] else { continue }
      zoned[k][parcel.zoning, default: []].append(p)
      every[k].append(p)
    }
    func bucket(_ ps: [Int]) -> Bucket {
      let sorted = ps.sorted {
        let a = landCase.parcels[$0], b = landCase.parcels[$1]
        return a.areaMu != b.areaMu ? a.areaMu < b.areaMu : (a.id != b.id ? a.id < b.id : $0 < $1)
      }
      return Bucket(areas: sorted.map { landCase.parcels[$0].areaMu }, parcels: sorted)
    }
    byZoning = zoned.map { $0.mapValues(bucket) }
    all = every.map(bucket)
  }

  /// True when park `k` offers no parcel.
  public func isEmpty(park k: Int) -> Bool { all[k].parcels.isEmpty }

  /// The parcels of park `k` with one of `zonings` and an area in
  /// `minArea…maxArea`, sorted by (area, id).
  public func candidates(park k: Int, zonings: [String], minArea: Double, maxArea: Double) -> [Int] {
    var found: [(Double, Int)] = []
    for zoning in Set(zonings).sorted() {
      guard let b = byZoning[k][zoning], minArea <= maxArea else { continue }
      let lo = b.lowerBound(minArea), hi = b.upperBound(maxArea)
      for i in lo..<max(lo, hi) { found.append((b.areas[i], b.parcels[i])) }
    }
    if zonings.count < 2 { return found.map(\.1) }
    return found.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.1)
  }

  /// The parcel of park `k` nearest to the area range: of one of `zonings`
  /// when there is one, else of any zoning; smallest gap, then smaller
  /// area, then (area, id) order. Nil when the park offers no parcel.
  public func nearest(park k: Int, zonings: [String], minArea: Double, maxArea: Double) -> Int? {
    let usable = Set(zonings).sorted().compactMap { byZoning[k][$0] }
    let buckets = usable.contains { !$0.parcels.isEmpty } ? usable : [all[k]]
    var best: (gap: Double, area: Double, position: Int, parcel: Int)?
    for b in buckets {
      let lo = b.lowerBound(minArea)
      var positions: [Int] = []
      if lo > 0 { positions.append(b.lowerBound(b.areas[lo - 1])) }  // largest below, first of its area
      if lo < b.areas.count { positions.append(lo) }
      for i in positions {
        let area = b.areas[i]
        let gap = area < minArea ? minArea - area : max(0, area - maxArea)
        if let current = best, (current.gap, current.area, current.parcel) <= (gap, area, b.parcels[i]) { continue }
        best = (gap, area, i, b.parcels[i])
      }
    }
    return best?.parcel
  }
}
