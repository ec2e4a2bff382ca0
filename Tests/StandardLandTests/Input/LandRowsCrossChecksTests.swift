import Foundation
import ParkOptData
import Testing
@testable import StandardLand

/// The rules between a land case's tables: a park whose row has a bad cell
/// is still a park others may name, and a carbon quota needs every
/// project's `carbon_t`.
@Suite struct LandRowsCrossChecksTests {
  static let parcels = "id,park,area_mu,zoning,source\nA,PA,20,M1,new\nB,PB,20,M1,new\nC,PX,20,M1,new\n"
  static let projectHeader = "id,industry,min_area_mu,max_area_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,zoning"

  /// The problems of loading `files`, each as its description with the
  /// case folder left out of the paths.
  static func issues(_ files: [String: String], addParcels: [String: String] = [:]) throws -> [String] {
    let folder = try LandCaseLoaderTests.folder(files.merging(addParcels) { a, _ in a })
    do {
      _ = try LandCaseLoader.load(
        folder: folder, addParcels: addParcels.keys.sorted().map { (folder as NSString).appendingPathComponent($0) })
      return []
    } catch {
      return error.issues.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
    }
  }

  /// PA's row has a bad share (1.5): that cell is the only problem about PA;
  /// its parcels (in the case and added), a project preferring it are fine.
  /// A park no row names (PX, PZ) is still reported.
  @Test func aParkWithABadCellIsStillAPark() throws {
    let issues = try Self.issues([
      "parks.csv": "id,primary_industries,energy_quota_tce,new_land_quota_mu,min_leading_share\nPA,ind,1000,50,1.5\nPB,ind,1000,50,0.6\n",
      "parcels.csv": Self.parcels,
      "projects.csv": Self.projectHeader + ",preferred_parks\nP1,ind,10,40,5000,3000,200,800,300,M1,PA\nP2,ind,10,40,5000,3000,200,800,300,M1,PZ\n",
    ], addParcels: ["more.csv": "id,park,area_mu,zoning,source\nD,PA,20,M1,new\n"])
    #expect(issues == [
      "parks.csv, row 2, column 'min_leading_share': 1.5 is outside the allowed range 0…1",
      "parcels.csv, row 4, column 'park': park 'PX' is not in parks.csv",
      "projects.csv, row 3, column 'preferred_parks': park 'PZ' is not in parks.csv",
    ])
  }

  /// Headers written in Chinese: a park no row names, and a parcel id
  /// already in the case, are reported at the column as the file writes it
  /// (`所属园区`, `意向园区`, `地块编号`, `园区`), not at its key, in the case's
  /// files and in an added one.
  @Test func referencesNameTheColumnAsWritten() throws {
    let issues = try Self.issues([
      "parks.csv": "id,primary_industries,energy_quota_tce,new_land_quota_mu\nPA,ind,1000,50\nPB,ind,1000,50\n",
      "parcels.csv": Self.parcels.replacingOccurrences(of: "id,park,", with: "id,所属园区,"),
      "projects.csv": Self.projectHeader + ",意向园区\nP2,ind,10,40,5000,3000,200,800,300,M1,PZ\n",
    ], addParcels: ["more.csv": "地块编号,园区,area_mu,zoning,source\nA,PA,20,M1,new\nE,PQ,20,M1,new\n"])
    #expect(issues == [
      "parcels.csv, row 4, column '所属园区': park 'PX' is not in parks.csv",
      "projects.csv, row 2, column '意向园区': park 'PZ' is not in parks.csv",
      "more.csv, row 2, column '地块编号': parcel 'A' is already in parcels.csv (row 2); parcel ids must be unique",
      "more.csv, row 3, column '园区': park 'PQ' is not in parks.csv",
    ])
  }

  /// The problems of a case of `parks` and `projects` (header and rows after
  /// the required columns), with parcel A in PA and B, C in PB.
  static func carbonIssues(parks: String, projects: String) throws -> [String] {
    try issues([
      "parks.csv": "id,primary_industries,energy_quota_tce,carbon_quota_t,new_land_quota_mu\n" + parks,
      "parcels.csv": parcels.replacingOccurrences(of: "PX", with: "PB"), "projects.csv": projectHeader + projects,
    ])
  }

  /// PB has a carbon quota: an empty `carbon_t` is an error at its row and
  /// column as written (here Chinese), 0 is a value.
  @Test func aCarbonQuotaNeedsEveryProjectsEmissions() throws {
    let issues = try Self.carbonIssues(
      parks: "PA,ind,1000,,50\nPB,ind,1000,900,50\n",
      projects: ",碳排放\nP1,ind,10,40,5000,3000,200,800,300,M1,0\nP2,ind,10,40,5000,3000,200,800,300,M1,\n")
    #expect(issues == [
      "projects.csv, row 3, column '碳排放': is empty; a number is needed since park 'PB' has a carbon quota (0 when the project emits none)",
    ])
  }

  /// Without the column, one problem for the file; a park whose row has a
  /// bad cell (PA's energy quota) still has its carbon quota.
  @Test func aCarbonQuotaNeedsTheColumn() throws {
    let issues = try Self.carbonIssues(
      parks: "PA,ind,lots,500,50\nPB,ind,1000,,50\n", projects: "\nP1,ind,10,40,5000,3000,200,800,300,M1\n")
    #expect(issues == [
      "parks.csv, row 2, column 'energy_quota_tce': 'lots' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)",
      "projects.csv, row 1: missing column 'carbon_t' or '年碳排放(吨)' or '碳排放', needed since park 'PA' has a carbon quota",
    ])
  }

  /// Without a carbon quota an empty `carbon_t` is 0; with one, every
  /// project giving 0 is accepted (0 is a value).
  @Test func emptyCarbonIsZeroWithoutAQuota() throws {
    let projects = Self.projectHeader + ",carbon_t\nP1,ind,10,40,5000,3000,200,800,300,M1,\nP2,ind,10,40,5000,3000,200,800,300,M1,0\n"
    let parcels = Self.parcels.replacingOccurrences(of: "PX", with: "PB")
    let none = try LandCaseLoader.load(folder: try LandCaseLoaderTests.folder([
      "parks.csv": "id,primary_industries,energy_quota_tce,new_land_quota_mu\nPA,ind,1000,50\nPB,ind,1000,50\n",
      "parcels.csv": parcels, "projects.csv": projects,
    ]))
    #expect(none.projects.map(\.carbonTonnes) == [0, 0])
    let zeros = try LandCaseLoader.load(folder: try LandCaseLoaderTests.folder([
      "parks.csv": "id,primary_industries,energy_quota_tce,carbon_quota_t,new_land_quota_mu\nPA,ind,1000,0,50\nPB,ind,1000,,50\n",
      "parcels.csv": parcels, "projects.csv": projects.replacingOccurrences(of: "M1,\n", with: "M1,0\n"),
    ]))
    #expect(zeros.projects.map(\.carbonTonnes) == [0, 0])
    #expect(zeros.parks.map(\.carbonQuotaTonnes) == [0, nil])
  }

  /// A park in `standards.csv` (other than `*`) or in `enterprises.csv` must
  /// be a park of `parks.csv`: a typo would drop a control indicator or a
  /// firm silently. A `--standards` file (evaluate's, one row per park of
  /// its firms) may name other parks.
  @Test func standardsAndFirmsNameParksOfTheCase() throws {
    let folder = try LandCaseLoaderTests.folder([
      "parks.csv": "id,primary_industries,energy_quota_tce,new_land_quota_mu\nPA,ind,1000,50\nPB,ind,1000,50\n",
      "parcels.csv": Self.parcels.replacingOccurrences(of: "PX", with: "PB"),
      "projects.csv": Self.projectHeader + "\nP1,ind,10,40,5000,3000,200,800,300,M1\n",
      "standards.csv": "park,industry,min_tax_per_mu\n*,*,10\nPA,ind,20\nPQ,ind,30\n",
      "enterprises.csv": "id,park,industry,land_mu,revenue_wan\nE1,PB,ind,10,100\nE2,PZ,ind,10,100\n",
      "extra.csv": "park,industry,min_tax_per_mu\nPB,*,25\nPY,*,25\n",
    ])
    #expect {
      _ = try LandCaseLoader.load(folder: folder, standardsPath: folder + "/extra.csv")
    } throws: { error in
      (error as? DataErrors)?.issues.map { $0.description.replacingOccurrences(of: folder + "/", with: "") } == [
        "standards.csv, row 4, column 'park': park 'PQ' is not in parks.csv (write * for every park)",
        "enterprises.csv, row 3, column 'park': park 'PZ' is not in parks.csv",
      ]
    }
  }
}
