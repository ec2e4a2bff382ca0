import Foundation
import ParkOptData
import Testing
@testable import StandardLand

/// Every number cell of a land case is checked where it is read: extreme,
/// hexadecimal, infinite or broken values, short rows and empty tables are
/// errors naming file, row and column, never crashes or GLPK failures.
@Suite struct LandTableNumberTests {
  static let projectHeader =
    "id,industry,min_area_mu,max_area_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,zoning,must_place"

  /// `projects.csv` with one project, `changes` replacing cells by column.
  static func projects(_ changes: [String: String] = [:]) -> String {
    let header = projectHeader.split(separator: ",").map(String.init)
    let cells = ["P1", "ind", "10", "40", "5000", "3000", "200", "800", "300", "M1;M2", "是"]
    let row = zip(header, cells).map { changes[$0] ?? $1 }.joined(separator: ",")
    return projectHeader + "\n" + row + "\n"
  }

  static let parks = LandCaseLoaderTests.parks
  static let parcels = "id,park,area_mu,zoning,source,land_price_wan_per_mu\nA,K,20,M1,new,30\nB,K,30,M2,存量,\n"

  /// The problems found in a case made of the three files (defaults above).
  static func issues(parks: String = parks, parcels: String = parcels, projects: String = projects()) throws -> [String] {
    let folder = try LandCaseLoaderTests.folder(["parks.csv": parks, "parcels.csv": parcels, "projects.csv": projects])
    do {
      _ = try LandCaseLoader.load(folder: folder)
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  /// `issues` has exactly one entry and it ends with `suffix`.
  static func expectOne(_ issues: [String], endingWith suffix: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(issues.count == 1 && issues[0].hasSuffix(suffix), "\(issues)", sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    ("max_area_mu", "1e308", "projects.csv, row 2, column 'max_area_mu': 1e308 is outside the allowed range 0.01…1e6"),
    ("energy_tce", "9.3e18", "projects.csv, row 2, column 'energy_tce': 9.3e18 is outside the allowed range 0…1e8"),
    ("value_added_wan", "1e-320", "projects.csv, row 2, column 'value_added_wan': 1e-320 is not zero but smaller than 1e-6, the smallest amount this column takes; write 0 or a larger value"),
    ("revenue_wan", "1e308", "projects.csv, row 2, column 'revenue_wan': 1e308 is outside the allowed range 0…1e9"),
    ("min_area_mu", "-1", "projects.csv, row 2, column 'min_area_mu': -1 is outside the allowed range 0…1e6"),
    ("tax_wan", "0x1F", "projects.csv, row 2, column 'tax_wan': '0x1F' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)"),
    ("investment_wan", "inf", "projects.csv, row 2, column 'investment_wan': 'inf' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)"),
    ("revenue_wan", "nan", "projects.csv, row 2, column 'revenue_wan': 'nan' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)"),
    ("energy_tce", "\"79\u{0}163\"", "projects.csv, row 2, column 'energy_tce': '79<U+0000>163' contains the control character <U+0000>; remove it"),
  ])
  func badProjectCells(_ column: String, _ cell: String, _ message: String) throws {
    Self.expectOne(try Self.issues(projects: Self.projects([column: cell])), endingWith: message)
  }

  @Test func badParcelAndParkCells() throws {
    let area = Self.parcels.replacingOccurrences(of: "A,K,20,", with: "A,K,1e300,")
    Self.expectOne(try Self.issues(parcels: area), endingWith: "parcels.csv, row 2, column 'area_mu': 1e300 is outside the allowed range 0.01…1e6")
    let price = Self.parcels.replacingOccurrences(of: "new,30", with: "new,1e308")
    Self.expectOne(try Self.issues(parcels: price), endingWith: "parcels.csv, row 2, column 'land_price_wan_per_mu': 1e308 is outside the allowed range 0…1e5")
    // The park row is dropped, so the parcels' park is then unknown too.
    let quota = Self.parks.replacingOccurrences(of: ",50\n", with: ",1e-320\n")
    let issues = try Self.issues(parks: quota)
    #expect(issues.first?.hasSuffix("parks.csv, row 2, column 'new_land_quota_mu': 1e-320 is not zero but smaller than 1e-6, the smallest amount this column takes; write 0 or a larger value") == true, "\(issues)")
  }

  @Test func shortAndLongRowsNameTheRow() throws {
    let short = Self.projectHeader + "\nP1,ind,10,40,5000,3000,200,800,300,M1\n"
    Self.expectOne(try Self.issues(projects: short), endingWith: "projects.csv, row 2: has 10 cells; the header has 11")
    let long = Self.parcels + "C,K,5,M1,new,1,extra\n"
    Self.expectOne(try Self.issues(parcels: long), endingWith: "parcels.csv, row 4: has 7 cells; the header has 6")
  }

  @Test func headerOnlyRequiredTablesAreErrors() throws {
    let issues = try Self.issues(
      parks: "id,energy_quota_tce,new_land_quota_mu\n", parcels: "id,park,area_mu,zoning,source\n",
      projects: Self.projectHeader + "\n")
    for file in ["parks.csv", "parcels.csv", "projects.csv"] {
      #expect(issues.contains { $0.hasSuffix("/\(file): has no data rows; at least one is needed") }, "\(file): \(issues)")
    }
  }

  @Test func optionalTablesMayBeEmpty() throws {
    let folder = try LandCaseLoaderTests.folder([
      "parks.csv": Self.parks, "parcels.csv": Self.parcels, "projects.csv": Self.projects(),
      "standards.csv": "park,industry,min_tax_per_mu\n", "enterprises.csv": "park,industry,land_mu,revenue_wan\n",
    ])
    let c = try LandCaseLoader.load(folder: folder)
    #expect(c.standards.isEmpty && c.enterprises.isEmpty && c.projects.count == 1)
  }

  /// The largest and smallest accepted values load and solve: nothing that
  /// passes the ranges overflows or upsets GLPK.
  @Test func edgesOfTheRangesLoadAndSolve() throws {
    let folder = try LandCaseLoaderTests.folder([
      "parks.csv": "id,primary_industries,energy_quota_tce,new_land_quota_mu,carbon_quota_t\nK,ind,1e8,1e6,1e9\n",
      "parcels.csv": "id,park,area_mu,zoning,source,land_price_wan_per_mu\nA,K,1e6,M1,new,1e5\nB,K,0.01,M1,stock,0\n",
      "projects.csv": Self.projectHeader + ",carbon_t,jobs\n"
        + "P1,ind,1,1e6,1e9,1e9,1e9,0.000001,1e8,M1,no,1e9,1e7\n"
        + "P2,ind,0.01,0.01,0.000001,1e9,1,1e9,0,M1,no,0,0\n",
      "enterprises.csv": "park,industry,land_mu,revenue_wan,tax_wan,value_added_wan\nK,ind,1e6,1e9,-1e9,-1e9\n",
    ])
    let c = try LandCaseLoader.load(folder: folder)
    #expect(c.parcels.map(\.areaMu) == [1e6, 0.01])
    #expect(c.projects.map(\.valueAddedWan) == [1e-6, 1e9])
    let plan = try StandardLandPlanner(c).plan()
    #expect(plan.assignments.map(\.projectID).sorted() == ["P1", "P2"], "\(plan.unplaced)")
  }
}
