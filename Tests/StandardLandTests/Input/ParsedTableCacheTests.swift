import Foundation
import ParkOptData
import Testing
@testable import StandardLand

/// The loader's cache of parsed tables (sweeps in one process): a second
/// folder with the same bytes gives the same case, and every message still
/// names the folder read, not the one parsed first.
@Suite struct ParsedTableCacheTests {
  static let projects = LandCaseLoaderTests.projects
  static let parcels = "id,park,area_mu,zoning,source\nA,K,20,M1,new\nB,K,30,M2,存量\n"

  @Test func sameBytesInAnotherFolderGiveTheSameCase() throws {
    let first = try LandCaseLoaderTests.folder([
      "parks.csv": LandCaseLoaderTests.parks, "parcels.csv": Self.parcels, "projects.csv": Self.projects,
    ])
    let second = try LandCaseLoaderTests.folder([
      "parks.csv": LandCaseLoaderTests.parks.replacingOccurrences(of: "50", with: "40"), "parcels.csv": Self.parcels,
      "projects.csv": Self.projects,
    ])
    let a = try LandCaseLoader.load(folder: first)
    let b = try LandCaseLoader.load(folder: second)
    #expect(a.parcels == b.parcels && a.projects == b.projects)
    #expect(a.parks.first?.newLandQuotaMu == 50 && b.parks.first?.newLandQuotaMu == 40)
  }

  @Test func changedBytesAreParsedAgain() throws {
    let first = try LandCaseLoaderTests.folder([
      "parks.csv": LandCaseLoaderTests.parks, "parcels.csv": Self.parcels, "projects.csv": Self.projects,
    ])
    let second = try LandCaseLoaderTests.folder([
      "parks.csv": LandCaseLoaderTests.parks, "parcels.csv": Self.parcels.replacingOccurrences(of: "A,K,20", with: "A,K,25"),
      "projects.csv": Self.projects,
    ])
    #expect(try LandCaseLoader.load(folder: first).parcels.map(\.areaMu) == [20, 30])
    #expect(try LandCaseLoader.load(folder: second).parcels.map(\.areaMu) == [25, 30])
  }

  @Test func messagesNameTheFolderRead() throws {
    let clean = try LandCaseLoaderTests.folder([
      "parks.csv": LandCaseLoaderTests.parks, "parcels.csv": Self.parcels, "projects.csv": Self.projects,
    ])
    _ = try LandCaseLoader.load(folder: clean)
    // The same parcels.csv bytes (kept from the first load), but its park
    // is missing from this folder's parks.csv: the cross-file message must
    // name this folder's parcels.csv and its row.
    let broken = try LandCaseLoaderTests.folder([
      "parks.csv": "id,energy_quota_tce,new_land_quota_mu\nL,10,5\n", "parcels.csv": Self.parcels,
      "projects.csv": Self.projects,
    ])
    #expect {
      _ = try LandCaseLoader.load(folder: broken)
    } throws: { error in
      let issues = (error as? DataErrors)?.issues.map(\.description) ?? []
      return issues.contains((broken as NSString).appendingPathComponent("parcels.csv") + ", row 2, column 'park': park 'K' is not in " + (broken as NSString).appendingPathComponent("parks.csv"))
    }
  }

  @Test func tablesWithProblemsAreNotKept() throws {
    let bad = Self.parcels.replacingOccurrences(of: "A,K,20", with: "A,K,-20")
    let first = try LandCaseLoaderTests.folder([
      "parks.csv": LandCaseLoaderTests.parks, "parcels.csv": bad, "projects.csv": Self.projects,
    ])
    let second = try LandCaseLoaderTests.folder([
      "parks.csv": LandCaseLoaderTests.parks, "parcels.csv": bad, "projects.csv": Self.projects,
    ])
    for folder in [first, second] {
      #expect {
        _ = try LandCaseLoader.load(folder: folder)
      } throws: { error in
        (error as? DataErrors)?.issues.contains {
          $0.description.hasPrefix((folder as NSString).appendingPathComponent("parcels.csv") + ", row 2, column 'area_mu'")
        } == true
      }
    }
  }
}

/// The cache on its own (a fresh one, not the loader's shared one).
@Suite struct ParsedTableCacheUnitTests {
  @Test func hitsOnlyEqualBytesOfTheSameKindAndRenamesTheFile() {
    let cache = ParsedTableCache()
    let bytes = Data("id\nA\n".utf8)
    cache.keep("parcels", bytes: bytes, Parsed(values: [1, 2], issues: [], rows: [2, 3], file: "/a/parcels.csv"))
    let hit: Parsed<Int>? = cache.lookup("parcels", bytes: bytes, file: "/b/parcels.csv")
    #expect(hit?.values == [1, 2] && hit?.rows == [2, 3] && hit?.file == "/b/parcels.csv")
    let otherBytes: Parsed<Int>? = cache.lookup("parcels", bytes: Data("id\nB\n".utf8), file: "/b/parcels.csv")
    let otherKind: Parsed<Int>? = cache.lookup("projects", bytes: bytes, file: "/b/projects.csv")
    let otherType: Parsed<String>? = cache.lookup("parcels", bytes: bytes, file: "/b/parcels.csv")
    #expect(otherBytes == nil && otherKind == nil && otherType == nil)
  }

  @Test func parsesWithProblemsAreNotKept() {
    let cache = ParsedTableCache()
    let bytes = Data("id\nA\n".utf8)
    let issue = DataIssue(file: "/a/parcels.csv", row: 2, column: "id", message: "bad")
    cache.keep("parcels", bytes: bytes, Parsed(values: [1], issues: [issue], rows: [2], file: "/a/parcels.csv"))
    let hit: Parsed<Int>? = cache.lookup("parcels", bytes: bytes, file: "/b/parcels.csv")
    #expect(hit == nil)
  }
}
