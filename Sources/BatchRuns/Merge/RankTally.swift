import Foundation
import ParkOptData

/// How often each site is a project's first-ranked eligible site, counted
/// over `rank` runs (`robustness_rank.csv`).
///
/// Runs of one case list the same projects in the same order, and a project's
/// first site is one of a few from one run to the next. For each row
/// position the tally keeps the last ``keysPerRow`` distinct keys
/// (`project_id,park,parcel,` bytes) seen there with their (project, site)
/// pair: a row of `first_sites.csv` that starts with one of them is counted
/// on its pair after one comparison of bytes, without cutting fields or
/// building strings. Other rows are matched to their project (first the one at the
/// same position) and to the project's pair of that site, and become the
/// position's most recent key.
struct RankTally: Sendable {
  /// Project ids (UTF-8) by index, in order of first appearance.
  private var projects: [[UInt8]] = []
  private var projectIndex: [[UInt8]: Int] = [:]
  /// Counted (project, site) pairs, by index: the site (`PARK/PARCEL`,
  /// UTF-8), its count, and the next pair of the same project (-1: none).
  private var pairSite: [[UInt8]] = []
  private var pairCount: [Int] = []
  private var pairNext: [Int] = []
  /// Per project: its first pair (-1: none) and its number of pairs.
  private var firstPair: [Int] = []
  private var pairsOf: [Int] = []
  /// For projects with more than ``listed`` pairs: site → pair.
  private var siteIndex: [Int: [[UInt8]: Int]] = [:]
  private static let listed = 16
  /// `rank` runs with results.
  var runs = 0

  /// A key seen at a row position: where its bytes are in ``keys``, their
  /// length (0: none), its project and its pair (-1: no site).
  private struct Key: Sendable {
    var start: Int32 = 0
    var length: Int32 = 0
    var project: Int32 = 0
    var pair: Int32 = -1
  }
  private static let keysPerRow = 4
  /// Row `r`'s keys are `rowKeys[r * keysPerRow ..< (r + 1) * keysPerRow]`, most recent first.
  private var rowKeys: [Key] = []
  private var keys: [UInt8] = []
  /// ``keys`` is emptied (and every row's keys forgotten) beyond this size.
  private static let keyBytes = 64 << 20
  /// The buffer files are read into.
  private var buffer: [UInt8] = []

  /// The index of project `id` (added when new); `hint` is tried first.
  private mutating func project(_ id: UnsafeBufferPointer<UInt8>, hint: Int) -> Int {
    if hint >= 0, hint < projects.count, projects[hint].withUnsafeBufferPointer({ Self.same($0, id) }) { return hint }
    let key = Array(id)
    if let known = projectIndex[key] { return known }
    projects.append(key)
    projectIndex[key] = projects.count - 1
    firstPair.append(-1)
    pairsOf.append(0)
    return projects.count - 1
  }

  /// The pair of project `p` and site `PARK/PARCEL` (added with count 0 when new).
  private mutating func pair(_ p: Int, park: UnsafeBufferPointer<UInt8>, parcel: UnsafeBufferPointer<UInt8>) -> Int {
    if pairsOf[p] <= Self.listed {
      let length = park.count + 1 + parcel.count
      var i = firstPair[p]
      while i >= 0 {
        let same = pairSite[i].count == length && pairSite[i].withUnsafeBufferPointer { s in
          s[park.count] == UInt8(ascii: "/") && Self.same(s, park, at: 0) && Self.same(s, parcel, at: park.count + 1)
        }
        if same { return i }
        i = pairNext[i]
      }
    }
    return pair(p, site: Array(park) + [UInt8(ascii: "/")] + Array(parcel))
  }

  /// The pair of project `p` and the whole site text `site` (added when new).
  private mutating func pair(_ p: Int, site: [UInt8]) -> Int {
    if pairsOf[p] > Self.listed {
      if let i = siteIndex[p]?[site] { return i }
    } else {
      var i = firstPair[p]
      while i >= 0 {
        if pairSite[i] == site { return i }
        i = pairNext[i]
      }
    }
    let new = pairSite.count
    pairSite.append(site)
    pairCount.append(0)
    pairNext.append(firstPair[p])
    firstPair[p] = new
    pairsOf[p] += 1
    if pairsOf[p] == Self.listed + 1 {  // from now on, look the project's sites up by key
      var index: [[UInt8]: Int] = [:]
      var i = new
      while i >= 0 {
        index[pairSite[i]] = i
        i = pairNext[i]
      }
      siteIndex[p] = index
    } else if pairsOf[p] > Self.listed + 1 {
      siteIndex[p]?[site] = new
    }
    return new
  }

  /// Whether `a` holds `b`'s bytes at `offset`, or (without offset) exactly `b`'s bytes.
  private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, at offset: Int? = nil) -> Bool {
    if offset == nil, a.count != b.count { return false }
    let at = offset ?? 0
    guard at + b.count <= a.count else { return false }
    guard let x = a.baseAddress, let y = b.baseAddress else { return b.isEmpty }
    return memcmp(x + at, y, b.count) == 0
  }

  /// Counts `site` as the first of `project` (figures read from `ranking.csv`).
  mutating func count(project id: String, site: String) {
    let p = Array(id.utf8).withUnsafeBufferPointer { project($0, hint: -1) }
    pairCount[pair(p, site: Array(site.utf8))] += 1
  }

  /// Adds another tally's counts (the tallies of chunks of runs).
  mutating func add(_ other: RankTally) {
    runs += other.runs
    for (q, id) in other.projects.enumerated() {
      let p = id.withUnsafeBufferPointer { project($0, hint: q) }
      var i = other.firstPair[q]
      while i >= 0 {
        pairCount[pair(p, site: other.pairSite[i])] += other.pairCount[i]
        i = other.pairNext[i]
      }
    }
  }

  /// The projects with a first site (in order of first appearance) and each
  /// one's site counts.
  var counts: (projects: [String], counts: [String: [String: Int]]) {
    var names: [String] = []
    var counts: [String: [String: Int]] = [:]
    for (p, id) in projects.enumerated() where firstPair[p] >= 0 {
      let name = String(decoding: id, as: UTF8.self)
      var bySite: [String: Int] = [:]
      var i = firstPair[p]
      while i >= 0 {
        bySite[String(decoding: pairSite[i], as: UTF8.self), default: 0] += pairCount[i]
        i = pairNext[i]
      }
      names.append(name)
      counts[name] = bySite
    }
    return (names, counts)
  }

  /// Reads a `rank` result folder's `first_sites.csv` (`project_id`, `park`,
  /// `parcel`, `score`; park empty when the project has no eligible site),
  /// counting its sites; returns (projects, projects with an eligible site),
  /// or nil when the file is missing or not four columns (the rows before
  /// a row of another width are counted).
  mutating func readFirstSites(_ path: String) -> (projects: Int, withSite: Int)? {
    var bytes = buffer
    buffer = []
    defer { buffer = bytes }
    guard let length = readFile(path, into: &bytes) else { return nil }
    let quoted = bytes.withUnsafeBytes { raw in
      raw.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\"")), length) != nil } ?? false
    }
    if quoted { return readQuoted(path) }
    // The row keys stay read-only (but for their order) while the file is
    // scanned, so the scan works on their memory directly; keys of rows cut
    // into fields are added afterwards (a row position is seen once per file).
    var known = keys, positions = rowKeys
    keys = []
    rowKeys = []
    var learned: [Learned] = []
    let counted = bytes.withUnsafeBufferPointer { file in
      known.withUnsafeBufferPointer { known in
        positions.withUnsafeMutableBufferPointer { positions in
          scan(UnsafeBufferPointer(rebasing: file[0..<length]), known: known, positions: positions, learned: &learned)
        }
      }
    }
    bytes.withUnsafeBufferPointer { file in
      for l in learned {
        Self.remember(l.row, key: UnsafeBufferPointer(rebasing: file[l.start..<(l.start + l.length)]), project: l.project,
          pair: l.pair, keys: &known, rowKeys: &positions)
      }
    }
    keys = known
    rowKeys = positions
    return counted
  }

  /// A row cut into fields: its position, where its key is in the file, its
  /// project and pair.
  private struct Learned {
    var row: Int
    var start: Int
    var length: Int
    var project: Int
    var pair: Int
  }

  /// Counts the rows of one `first_sites.csv` (`bytes`, without quotes),
  /// against the row keys of earlier files (`known`, `positions`); nil
  /// when a line is not four fields.
  private mutating func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, known: UnsafeBufferPointer<UInt8>, positions: UnsafeMutableBufferPointer<Key>,
    learned: inout [Learned]
  ) -> (projects: Int, withSite: Int)? {
    guard let base = bytes.baseAddress else { return (0, 0) }
    let n = bytes.count
    let comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
    let lineEnd = { (from: Int) -> Int in
      memchr(base + from, Int32(newline), n - from).map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) } ?? n
    }
    // The header: four fields.
    let headerEnd = lineEnd(0)
    var commas = 0
    for i in 0..<headerEnd where bytes[i] == comma { commas += 1 }
    guard commas == 3 else { return nil }
    var start = headerEnd + 1, row = 0, projectCount = 0, withSite = 0
    while start < n {
      // A key seen at this row: count its pair, skip the score (no comma in it).
      if let hit = Self.knownKey(row, at: start, in: bytes, known: known, positions: positions) {
        var i = start + hit.length
        while i < n && bytes[i] != newline && bytes[i] != comma { i += 1 }
        if i == n || bytes[i] == newline {
          projectCount += 1
          if hit.pair >= 0 {
            pairCount[hit.pair] += 1
            withSite += 1
          }
          row += 1
          start = i + 1
          continue
        }
      }
      let end = lineEnd(start)
      var last = end
      if last > start && bytes[last - 1] == cr { last -= 1 }
      defer { start = end + 1 }
      if last == start { continue }
      // Cut the four fields.
      var cuts = (0, 0, 0), found = 0
      var i = start
      while i < last, found < 4 {
        guard let at = memchr(base + i, Int32(comma), last - i) else { break }
        let cut = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(at))
        switch found {
        case 0: cuts.0 = cut
        case 1: cuts.1 = cut
        case 2: cuts.2 = cut
        default: break
        }
        found += 1
        i = cut + 1
      }
      guard found == 3 else { return nil }
      let field = { (a: Int, b: Int) in UnsafeBufferPointer(rebasing: bytes[a..<b]) }
      let first = row * Self.keysPerRow
      let hint = first < positions.count && positions[first].length > 0 ? Int(positions[first].project) : row
      let p = project(field(start, cuts.0), hint: hint)
      var pair = -1
      if cuts.1 != cuts.0 + 1 {
        pair = self.pair(p, park: field(cuts.0 + 1, cuts.1), parcel: field(cuts.1 + 1, cuts.2))
        pairCount[pair] += 1
        withSite += 1
      }
      projectCount += 1
      learned.append(Learned(row: row, start: start, length: cuts.2 + 1 - start, project: p, pair: pair))
      row += 1
    }
    return (projectCount, withSite)
  }

  /// The key of row position `row` that `bytes` holds at `start` (moved to
  /// the front of the row's keys), or nil.
  @inline(__always)
  private static func knownKey(
    _ row: Int, at start: Int, in bytes: UnsafeBufferPointer<UInt8>, known: UnsafeBufferPointer<UInt8>,
    positions: UnsafeMutableBufferPointer<Key>
  ) -> (length: Int, pair: Int)? {
    let first = row * keysPerRow
    guard first + keysPerRow <= positions.count, let base = bytes.baseAddress, let keyBase = known.baseAddress else { return nil }
    for k in first..<(first + keysPerRow) {
      let key = positions[k]
      let length = Int(key.length)
      if length == 0 { return nil }
      guard length <= bytes.count - start, bytes[start + length - 1] == UInt8(ascii: ","),
        equal(base + start, keyBase + Int(key.start), length)
      else { continue }
      if k != first {  // most recent first
        for j in stride(from: k, to: first, by: -1) { positions[j] = positions[j - 1] }
        positions[first] = key
      }
      return (length, Int(key.pair))
    }
    return nil
  }

  /// Whether the `count` bytes at `a` and `b` are equal (8 at a time: keys
  /// are short, and a call to `memcmp` costs more than comparing them).
  @inline(__always)
  private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    let x = UnsafeRawPointer(a), y = UnsafeRawPointer(b)
    guard count >= 8 else {
      for i in 0..<count where a[i] != b[i] { return false }
      return true
    }
    var i = 0
    while i + 8 <= count {
      if x.loadUnaligned(fromByteOffset: i, as: UInt64.self) != y.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
      i += 8
    }
    return i == count
      || x.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == y.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
  }

  /// Makes `key` (with its project and pair) row position `row`'s most recent key.
  private static func remember(
    _ row: Int, key: UnsafeBufferPointer<UInt8>, project: Int, pair: Int, keys: inout [UInt8], rowKeys: inout [Key]
  ) {
    if keys.count + key.count > keyBytes {  // forget every key
      keys.removeAll(keepingCapacity: true)
      for k in rowKeys.indices { rowKeys[k].length = 0 }
    }
    let first = row * keysPerRow
    if first >= rowKeys.count {
      rowKeys += [Key](repeating: Key(), count: first + keysPerRow - rowKeys.count)
    }
    let new = Key(start: Int32(keys.count), length: Int32(key.count), project: Int32(project), pair: Int32(pair))
    keys.append(contentsOf: key)
    for j in stride(from: first + keysPerRow - 1, to: first, by: -1) { rowKeys[j] = rowKeys[j - 1] }
    rowKeys[first] = new
  }

  /// The same, for a file with quoted fields (read by the CSV reader).
  private mutating func readQuoted(_ path: String) -> (projects: Int, withSite: Int)? {
    guard let table = try? CSVTable(contentsOf: path).checked(), table.header.count == 4 else { return nil }
    var withSite = 0
    for (row, fields) in table.rows.enumerated() {
      let p = Array(fields[0].utf8).withUnsafeBufferPointer { project($0, hint: row) }
      if fields[1].isEmpty { continue }
      withSite += 1
      pairCount[pair(p, site: Array("\(fields[1])/\(fields[2])".utf8))] += 1
    }
    return (table.rows.count, withSite)
  }
}
