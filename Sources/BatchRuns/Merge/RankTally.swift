import Foundation
import ParkOptData

/// How often each site is a project's first-ranked eligible site, counted
/// over `rank` runs (`robustness_rank.csv`).
///
/// Runs of one case list the same projects in the same order, and most
/// projects keep their first site from one run to the next: a row of
/// `first_sites.csv` whose `project_id,park,parcel,` bytes equal those of
/// the same row of the previous file read is counted on that row's
/// (project, site) pair with one `memcmp`, without cutting fields or
/// building strings. Other rows are matched to their project (first at the
/// same position) and to the project's pair of that site.
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

  /// A data row of the previous file: where its key (`project_id,park,parcel,`)
  /// starts in ``previous``, its length, its project and its pair (-1: no site).
  private struct Row: Sendable {
    var start: Int
    var length: Int
    var project: Int
    var pair: Int
  }
  private var previous: [UInt8] = []
  private var previousRows: [Row] = []
  /// The buffer the next file is read into (the file before the previous one).
  private var spare: [UInt8] = []
  private var spareRows: [Row] = []

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
    var current = spare
    spare = []
    guard let length = Self.load(path, into: &current) else {
      spare = current
      return nil
    }
    let quoted = current.withUnsafeBytes { raw in
      raw.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\"")), length) != nil } ?? false
    }
    if quoted {
      spare = current
      previousRows.removeAll(keepingCapacity: true)
      return readQuoted(path)
    }
    var rows = spareRows
    spareRows = []
    rows.removeAll(keepingCapacity: true)
    let before = previous
    let beforeRows = previousRows
    previous = []
    previousRows = []
    let counted = current.withUnsafeBufferPointer { bytes in
      before.withUnsafeBufferPointer { old in
        beforeRows.withUnsafeBufferPointer { oldRows in
          scan(UnsafeBufferPointer(rebasing: bytes[0..<length]), previous: old, previousRows: oldRows, rows: &rows)
        }
      }
    }
    // This file becomes the previous one; the one before it, the next buffer.
    previous = current
    previousRows = rows
    spare = before
    spareRows = beforeRows
    if counted == nil { previousRows.removeAll(keepingCapacity: true) }
    return counted
  }

  /// Counts the rows of one `first_sites.csv` (`bytes`), recording each
  /// data row's key in `rows`; nil when a line is not four fields.
  private mutating func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, previous old: UnsafeBufferPointer<UInt8>, previousRows oldRows: UnsafeBufferPointer<Row>,
    rows: inout [Row]
  ) -> (projects: Int, withSite: Int)? {
    guard let base = bytes.baseAddress else { return nil }
    let n = bytes.count
    let comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
    var start = 0, row = 0, projectCount = 0, withSite = 0
    var header = true
    while start < n {
      let end = memchr(base + start, Int32(newline), n - start).map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) } ?? n
      var last = end
      if last > start && bytes[last - 1] == cr { last -= 1 }
      defer { start = end + 1 }
      if header {
        header = false
        var commas = 0
        for i in start..<last where bytes[i] == comma { commas += 1 }
        if commas != 3 { return nil }
        continue
      }
      if last == start { continue }
      // The same key as this row of the previous file: its pair.
      if row < oldRows.count, let oldBase = old.baseAddress {
        let key = oldRows[row]
        if key.length <= last - start, bytes[start + key.length - 1] == comma,
          memcmp(base + start, oldBase + key.start, key.length) == 0,
          memchr(base + start + key.length, Int32(comma), last - start - key.length) == nil
        {
          projectCount += 1
          if key.pair >= 0 {
            pairCount[key.pair] += 1
            withSite += 1
          }
          rows.append(Row(start: start, length: key.length, project: key.project, pair: key.pair))
          row += 1
          continue
        }
      }
      // Otherwise: cut the four fields.
      var cuts = (0, 0, 0), found = 0
      var i = start
      while i < last, found < 4 {
        guard let hit = memchr(base + i, Int32(comma), last - i) else { break }
        let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        switch found {
        case 0: cuts.0 = at
        case 1: cuts.1 = at
        case 2: cuts.2 = at
        default: break
        }
        found += 1
        i = at + 1
      }
      guard found == 3 else { return nil }
      let field = { (a: Int, b: Int) in UnsafeBufferPointer(rebasing: bytes[a..<b]) }
      let hint = row < oldRows.count ? oldRows[row].project : row
      let p = project(field(start, cuts.0), hint: hint)
      var pair = -1
      if cuts.1 != cuts.0 + 1 {
        pair = self.pair(p, park: field(cuts.0 + 1, cuts.1), parcel: field(cuts.1 + 1, cuts.2))
        pairCount[pair] += 1
        withSite += 1
      }
      projectCount += 1
      rows.append(Row(start: start, length: cuts.2 + 1 - start, project: p, pair: pair))
      row += 1
    }
    return (projectCount, withSite)
  }

  /// Reads the file at `path` into `buffer` (grown when too small); its length, or nil.
  private static func load(_ path: String, into buffer: inout [UInt8]) -> Int? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    var capacity = max(Int(info.st_size) + 1, 4096)
    if buffer.count < capacity { buffer = [UInt8](repeating: 0, count: capacity) }
    var length = 0
    while true {
      if length == buffer.count {  // the file grew since fstat
        capacity = buffer.count * 2
        buffer += [UInt8](repeating: 0, count: capacity - buffer.count)
      }
      let got = buffer.withUnsafeMutableBytes { raw in
        read(fd, raw.baseAddress.map { $0 + length }, raw.count - length)
      }
      if got < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if got == 0 { return length }
      length += got
    }
  }

  /// The same, for a file with quoted fields (read by the CSV reader).
  private mutating func readQuoted(_ path: String) -> (projects: Int, withSite: Int)? {
    guard let table = try? CSVTable(contentsOf: path), table.header.count == 4 else { return nil }
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
