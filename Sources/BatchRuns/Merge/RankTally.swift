import Foundation
import ParkOptData

/// How often each site is a project's first-ranked eligible site, counted
/// over `rank` runs (`robustness_rank.csv`). Runs of one case list the same
/// projects in the same order, so a row is matched to its project by
/// comparing bytes with the project at the same position, and to its site
/// among the few sites already seen for that project: a province's 10,000
/// runs × 10,000 projects are counted without building a string per row.
final class RankTally {
  /// Project ids (UTF-8) by index, in order of first appearance.
  private(set) var projects: [[UInt8]] = []
  private var projectIndex: [[UInt8]: Int] = [:]
  /// Per project: its first sites (`PARK/PARCEL`, UTF-8) and their counts.
  private(set) var sites: [[(site: [UInt8], count: Int)]] = []
  /// For projects with more than 16 first sites: site → its place in ``sites``.
  private var siteIndex: [Int: [[UInt8]: Int]] = [:]
  /// `rank` runs with results.
  var runs = 0

  /// The index of project `id` (added when new); `position` is the row's
  /// place in its file, tried first.
  func project(_ id: UnsafeBufferPointer<UInt8>, position: Int) -> Int {
    if position < projects.count, Self.equal(projects[position], id) { return position }
    let key = Array(id)
    if let known = projectIndex[key] { return known }
    projects.append(key)
    projectIndex[key] = projects.count - 1
    sites.append([])
    return projects.count - 1
  }

  /// Counts the site `PARK/PARCEL` `times` times as project `p`'s first.
  func count(_ p: Int, park: UnsafeBufferPointer<UInt8>, parcel: UnsafeBufferPointer<UInt8>, times: Int = 1) {
    if sites[p].count > 16 {  // a project with many first sites: look them up by key
      count(p, site: Array(park) + [UInt8(ascii: "/")] + Array(parcel), times: times)
      return
    }
    let length = park.count + 1 + parcel.count
    for i in sites[p].indices where sites[p][i].site.count == length {
      let same = sites[p][i].site.withUnsafeBufferPointer { s in
        s[park.count] == UInt8(ascii: "/") && Self.equal(s, park, from: 0) && Self.equal(s, parcel, from: park.count + 1)
      }
      if same {
        sites[p][i].count += times
        return
      }
    }
    sites[p].append((Array(park) + [UInt8(ascii: "/")] + Array(parcel), times))
  }

  /// Whether `a` holds `b`'s bytes at `offset` (and, from 0, nothing else).
  private static func equal(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    a.count == b.count && a.withUnsafeBufferPointer { equal($0, b, from: 0) }
  }

  private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, from offset: Int) -> Bool {
    guard offset + b.count <= a.count else { return false }
    guard let x = a.baseAddress, let y = b.baseAddress else { return b.isEmpty }
    return memcmp(x + offset, y, b.count) == 0
  }

  /// Counts a whole `PARK/PARCEL` text (from another tally or the CSV reader).
  private func count(_ p: Int, site: [UInt8], times: Int) {
    if sites[p].count > 16 {
      if siteIndex[p] == nil {
        siteIndex[p] = Dictionary(uniqueKeysWithValues: sites[p].enumerated().map { ($0.element.site, $0.offset) })
      }
      if let i = siteIndex[p]?[site] {
        sites[p][i].count += times
      } else {
        siteIndex[p]?[site] = sites[p].count
        sites[p].append((site, times))
      }
      return
    }
    if let i = sites[p].firstIndex(where: { $0.site == site }) {
      sites[p][i].count += times
    } else {
      sites[p].append((site, times))
    }
  }

  /// Counts `site` as the first of `project` (figures read from `ranking.csv`).
  func count(project: String, site: String) {
    let p = Array(project.utf8).withUnsafeBufferPointer { self.project($0, position: projects.count) }
    count(p, site: Array(site.utf8), times: 1)
  }

  /// Adds another tally's counts (the tallies of chunks of runs).
  func add(_ other: RankTally) {
    runs += other.runs
    for (q, id) in other.projects.enumerated() {
      let p = id.withUnsafeBufferPointer { project($0, position: q) }
      for entry in other.sites[q] { count(p, site: entry.site, times: entry.count) }
    }
  }

  /// The projects (in order of first appearance) and each one's site counts.
  var counts: (projects: [String], counts: [String: [String: Int]]) {
    var counts: [String: [String: Int]] = [:]
    let names = projects.map { String(decoding: $0, as: UTF8.self) }
    for (p, name) in names.enumerated() where !sites[p].isEmpty {
      var bySite: [String: Int] = [:]
      for entry in sites[p] { bySite[String(decoding: entry.site, as: UTF8.self), default: 0] += entry.count }
      counts[name] = bySite
    }
    return (names.filter { counts[$0] != nil }, counts)
  }

  /// Reads a `rank` result folder's `first_sites.csv` (`project_id`, `park`,
  /// `parcel`, `score`; park empty when the project has no eligible site),
  /// counting its sites; returns (projects, projects with an eligible site),
  /// or nil when the file is missing or not four columns.
  func readFirstSites(_ path: String) -> (projects: Int, withSite: Int)? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    if data.contains(UInt8(ascii: "\"")) { return readQuoted(path) }
    return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> (Int, Int)? in
      let bytes = raw.bindMemory(to: UInt8.self)
      var start = 0, row = -1, projects = 0, withSite = 0
      var ok = true
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        var last = end
        if last > start && bytes[last - 1] == 0x0D { last -= 1 }
        defer { start = end + 1 }
        if row < 0 {
          row = 0
          var commas = 0
          for i in start..<last where bytes[i] == 0x2C { commas += 1 }
          if commas != 3 { ok = false; break }
          continue
        }
        if last == start { continue }
        var cuts: [Int] = []
        cuts.reserveCapacity(3)
        for i in start..<last where bytes[i] == 0x2C { cuts.append(i) }
        guard cuts.count == 3 else { ok = false; break }
        let field = { (a: Int, b: Int) in UnsafeBufferPointer(rebasing: bytes[a..<b]) }
        let p = project(field(start, cuts[0]), position: row)
        row += 1
        projects += 1
        if cuts[1] == cuts[0] + 1 { continue }
        withSite += 1
        count(p, park: field(cuts[0] + 1, cuts[1]), parcel: field(cuts[1] + 1, cuts[2]))
      }
      return ok ? (projects, withSite) : nil
    }
  }

  /// The same, for a file with quoted fields (read by the CSV reader).
  private func readQuoted(_ path: String) -> (projects: Int, withSite: Int)? {
    guard let table = try? CSVTable(contentsOf: path), table.header.count == 4 else { return nil }
    var withSite = 0
    for (row, fields) in table.rows.enumerated() {
      let p = Array(fields[0].utf8).withUnsafeBufferPointer { project($0, position: row) }
      if fields[1].isEmpty { continue }
      withSite += 1
      count(p, site: Array("\(fields[1])/\(fields[2])".utf8), times: 1)
    }
    return (table.rows.count, withSite)
  }
}
