import Foundation
import ParkOptData
import Testing
@testable import StandardLand

/// The rules between a land case's tables: a park whose row has a bad cell
/// is still a park others may name.
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
}
