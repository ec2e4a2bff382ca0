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

  /// Every zoning of the case's parcels, numbered in sorted order.
  private let zoningNumbers: [String: Int]
  /// Per parcel: its position among all the case's parcels sorted by
  /// (area, id, index), the one order of every tie between parcels.
  private let position: [Int32]
  /// Per park (index into the case's parks): a bucket per zoning number.
  private var byZoning: [[Bucket]]
  private var all: [Bucket]

  /// Indexes the parcels of `landCase` (parcels of unknown parks are left out).
  public init(_ landCase: LandCase) {
    var parkIndex: [String: Int] = [:]
    for (k, park) in landCase.parks.enumerated() where parkIndex[park.id] == nil { parkIndex[park.id] = k }
    let zonings = Set(landCase.parcels.map(\.zoning)).sorted()
    var numbers: [String: Int] = [:]
    for (z, zoning) in zonings.enumerated() { numbers[zoning] = z }
    zoningNumbers = numbers
    let ordered = landCase.parcels.indices.sorted {
      let a = landCase.parcels[$0], b = landCase.parcels[$1]
      return a.areaMu != b.areaMu ? a.areaMu < b.areaMu : (a.id != b.id ? a.id < b.id : $0 < $1)
    }
    var position = Array(repeating: Int32(0), count: landCase.parcels.count)
    for (i, p) in ordered.enumerated() { position[p] = Int32(i) }
    self.position = position
    var zoned = Array(repeating: Array(repeating: [Int](), count: zonings.count), count: landCase.parks.count)
    var every = Array(repeating: [Int](), count: landCase.parks.count)
    for (p, parcel) in landCase.parcels.enumerated() {
      guard let k = parkIndex[parcel.parkID], let z = numbers[parcel.zoning] else { continue }
      zoned[k][z].append(p)
      every[k].append(p)
    }
    func bucket(_ ps: [Int]) -> Bucket {
      let sorted = ps.sorted { position[$0] < position[$1] }
      return Bucket(areas: sorted.map { landCase.parcels[$0].areaMu }, parcels: sorted)
    }
    byZoning = zoned.map { $0.map(bucket) }
    all = every.map(bucket)
  }

  /// True when park `k` offers no parcel.
  public func isEmpty(park k: Int) -> Bool { all[k].parcels.isEmpty }

  /// A project's zonings as the index numbers them: worked out once per
  /// project, for ``forEachCandidate(park:zonings:minArea:maxArea:_:)``.
  public struct Zonings: Sendable {
    /// The distinct zonings in sorted order, those no parcel has left out.
    public var numbers: [Int]
    /// Whether the project lists two or more zonings (then its candidates
    /// are merged from several buckets, still in (area, id) order).
    public var merged: Bool
  }

  /// The numbers of `zonings`.
  public func numbers(of zonings: [String]) -> Zonings {
    Zonings(numbers: Set(zonings).sorted().compactMap { zoningNumbers[$0] }, merged: zonings.count >= 2)
  }

  /// The parcels of park `k` with one of `zonings` and an area in
  /// `minArea…maxArea`, sorted by (area, id).
  public func candidates(park k: Int, zonings: [String], minArea: Double, maxArea: Double) -> [Int] {
    var found: [Int] = []
    forEachCandidate(park: k, zonings: numbers(of: zonings), minArea: minArea, maxArea: maxArea) { p in
      found.append(p)
      return true
    }
    return found
  }

  /// Calls `body` with the parcels of park `k` with one of `zonings`
  /// (``numbers(of:)``) and an area in `minArea…maxArea`, in the order of
  /// ``candidates(park:zonings:minArea:maxArea:)``, until it returns false.
  /// One zoning: the bucket's (area, id) order, without a copy; more: the
  /// buckets merged in the same (area, id) order.
  public func forEachCandidate(
    park k: Int, zonings: Zonings, minArea: Double, maxArea: Double, _ body: (Int) -> Bool
  ) {
    guard minArea <= maxArea, !zonings.numbers.isEmpty else { return }
    if !zonings.merged {
      let b = byZoning[k][zonings.numbers[0]]
      let lo = b.lowerBound(minArea), hi = b.upperBound(maxArea)
      for i in lo..<max(lo, hi) where !body(b.parcels[i]) { return }
      return
    }
    var found: [(Int32, Int)] = []
    for z in zonings.numbers {
      let b = byZoning[k][z]
      let lo = b.lowerBound(minArea), hi = b.upperBound(maxArea)
      for i in lo..<max(lo, hi) { found.append((position[b.parcels[i]], b.parcels[i])) }
    }
    found.sort { $0.0 < $1.0 }
    for (_, p) in found where !body(p) { return }
  }

  /// The parcel of park `k` nearest to the area range: of one of `zonings`
  /// when there is one, else of any zoning; smallest gap, then smaller
  /// area, then smaller id. Nil when the park offers no parcel.
  public func nearest(park k: Int, zonings: [String], minArea: Double, maxArea: Double) -> Int? {
    nearest(park: k, zonings: numbers(of: zonings), minArea: minArea, maxArea: maxArea)
  }

  /// ``nearest(park:zonings:minArea:maxArea:)`` with zoning numbers (``numbers(of:)``).
  public func nearest(park k: Int, zonings: Zonings, minArea: Double, maxArea: Double) -> Int? {
    let usable = zonings.numbers.map { byZoning[k][$0] }
    let buckets = usable.contains { !$0.parcels.isEmpty } ? usable : [all[k]]
    var best: (gap: Double, position: Int32, parcel: Int)?
    for b in buckets {
      let lo = b.lowerBound(minArea)
      var positions: [Int] = []
      if lo > 0 { positions.append(b.lowerBound(b.areas[lo - 1])) }  // largest below, first of its area
      if lo < b.areas.count { positions.append(lo) }
      for i in positions {
        let area = b.areas[i], p = b.parcels[i]
        let gap = area < minArea ? minArea - area : max(0, area - maxArea)
        // The position orders by area, then id.
        if let current = best, (current.gap, current.position) <= (gap, position[p]) { continue }
        best = (gap, position[p], p)
      }
    }
    return best?.parcel
  }
}
