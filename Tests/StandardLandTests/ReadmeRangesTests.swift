import Foundation
import ParkOptData
import Testing
@testable import StandardLand
import ParkOptTestSupport

/// The README's range column says what the loader does: for every number
/// column of the land tables, the documented bounds are accepted and a value
/// just beyond either bound is an error quoting the same range.
@Suite struct ReadmeRangesTests {
  /// A case with every number column filled; each table has one data row.
  static let files: [String: String] = [
    "parks.csv": "id,primary_industries,energy_quota_tce,carbon_quota_t,new_land_quota_mu,stock_link_ratio,min_leading_share\n"
      + "K,ind,1000,5000,50,0.5,0.6\n",
    "parcels.csv": "id,park,area_mu,zoning,source,land_price_wan_per_mu,max_floor_area_ratio,longitude,latitude\n"
      + "A,K,20,M1,new,30,2,102.7,25.0\n",
    "projects.csv": "id,industry,min_area_mu,max_area_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,carbon_t,jobs,zoning,floor_area_ratio\n"
      + "P1,ind,10,40,5000,3000,200,800,300,700,50,M1,1.5\n",
    "standards.csv": "park,industry,min_investment_intensity,min_tax_per_mu,min_revenue_per_mu,max_energy_per_value_added,min_floor_area_ratio\n"
      + "*,*,100,5,50,0.5,1\n",
    "enterprises.csv": "park,industry,land_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce\n"
      + "K,ind,10,1000,2000,100,500,100\n",
  ]

  /// (table, column, lower, upper) for every README table row with a range.
  static func documentedRanges() throws -> [(String, String, Double, Double)] {
    let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
    var out: [(String, String, Double, Double)] = []
    for table in ["parks", "parcels", "projects", "standards", "enterprises"] {
      guard let start = readme.range(of: "**`\(table).csv`**") else {
        Issue.record("README has no \(table).csv table")
        continue
      }
      let rows = readme[start.upperBound...].split(separator: "\n").drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
      for row in rows.dropFirst(2) {
        let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let column = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
        let range = cells[4].split(separator: " ").first.map(String.init) ?? ""
        guard !range.isEmpty else { continue }
        let bounds = range.replacingOccurrences(of: "−", with: "-").components(separatedBy: "…").compactMap(Double.init)
        guard bounds.count == 2 else {
          Issue.record("\(table).\(column): unreadable range '\(range)'")
          continue
        }
        out.append((table, column, bounds[0], bounds[1]))
      }
    }
    return out
  }

  /// The case with `table`'s `column` set to `value`.
  static func issues(_ table: String, _ column: String, _ value: Double) throws -> [String] {
    var files = Self.files
    let lines = (files["\(table).csv"] ?? "").split(separator: "\n").map(String.init)
    let header = lines[0].split(separator: ",").map(String.init)
    var cells = lines[1].split(separator: ",").map(String.init)
    guard let index = header.firstIndex(of: column) else {
      Issue.record("\(table).\(column) is documented with a range but not in the test case")
      return []
    }
    cells[index] = "\(value)"
    if column == "max_area_mu" { cells[header.firstIndex(of: "min_area_mu") ?? 0] = "0" }
    if column == "min_area_mu" { cells[header.firstIndex(of: "max_area_mu") ?? 0] = "1e6" }
    files["\(table).csv"] = lines[0] + "\n" + cells.joined(separator: ",") + "\n"
    let folder = try LandCaseLoaderTests.folder(files)
    do {
      _ = try LandCaseLoader.load(folder: folder)
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  @Test func theBaseCaseLoads() throws {
    let c = try LandCaseLoader.load(folder: try LandCaseLoaderTests.folder(Self.files))
    #expect(c.parks.count == 1 && c.parcels.count == 1 && c.projects.count == 1 && c.standards.count == 1 && c.enterprises.count == 1)
  }

  @Test func documentedRangesAreTheLoadersRanges() throws {
    let ranges = try Self.documentedRanges()
    #expect(ranges.count == 31)
    for (table, column, lower, upper) in ranges {
      let text = "\(NumberRange.format(lower))…\(NumberRange.format(upper))"
      for edge in [lower, upper] {
        // (Other rules may object: carbon_t = 0 with a park carbon quota.)
        let issues = try Self.issues(table, column, edge)
        #expect(!issues.contains { $0.contains("\(table).csv, row 2, column '\(column)'") }, "\(table).\(column) = \(edge): \(issues)")
      }
      for beyond in [lower - max(abs(lower), 1) * 1e-3, upper + max(abs(upper), 1) * 1e-3] {
        let issues = try Self.issues(table, column, beyond)
        #expect(issues.contains { $0.contains("\(table).csv, row 2, column '\(column)'") && $0.hasSuffix("is outside the allowed range \(text)") },
                "\(table).\(column) = \(beyond): \(issues)")
      }
    }
  }
}
