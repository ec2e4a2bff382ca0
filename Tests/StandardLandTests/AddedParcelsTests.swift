import Foundation
import ParkOptData
import Testing
@testable import StandardLand

/// `parkopt assign --add-parcels` and `--standards`: files from outside the
/// case folder (evaluate's low-efficiency land and thresholds).
@Suite struct AddedParcelsTests {
  static func caseFolder() throws -> String {
    try LandCaseLoaderTests.folder([
      "parks.csv": LandCaseLoaderTests.parks, "parcels.csv": LandCaseLoaderTests.parcels,
      "projects.csv": LandCaseLoaderTests.projects,
      "standards.csv": "park,industry,min_investment_intensity,min_tax_per_mu,max_energy_per_value_added\n"
        + "*,*,100,5,1.5\nK,ind,200,8,1.2\n",
    ])
  }

  @Test func parcelsAreAppendedAfterTheCaseOwn() throws {
    let folder = try Self.caseFolder()
    let extra = folder + "/extra.csv"
    try "id,park,area_mu,zoning,source,land_price_wan_per_mu\nLE-F1,K,12.5,M1,stock,30\nLE-F2,K,40,M1,stock,30\n"
      .write(toFile: extra, atomically: true, encoding: .utf8)
    let c = try LandCaseLoader.load(folder: folder, addParcels: [extra])
    #expect(c.parcels.map(\.id) == ["A", "B", "LE-F1", "LE-F2"])
    #expect(c.parcels.suffix(2).allSatisfy { $0.source == .stock && $0.landPriceWanPerMu == 30 })
  }

  @Test func repeatedIdsAndUnknownParksNameBothFiles() throws {
    let folder = try Self.caseFolder()
    let first = folder + "/first.csv", second = folder + "/second.csv"
    try "id,park,area_mu,zoning,source\nA,K,10,M1,stock\nLE-1,X,10,M1,stock\nLE-2,K,10,M1,stock\n"
      .write(toFile: first, atomically: true, encoding: .utf8)
    try "id,park,area_mu,zoning,source\nLE-2,K,10,M1,stock\n".write(toFile: second, atomically: true, encoding: .utf8)
    #expect {
      _ = try LandCaseLoader.load(folder: folder, addParcels: [first, second, folder + "/missing.csv"])
    } throws: { error in
      (error as? DataErrors)?.issues.map(\.description) == [
        "\(first), row 2, column 'id': parcel 'A' is already in \(folder)/parcels.csv (row 2); parcel ids must be unique",
        "\(first), row 3, column 'park': park 'X' is not in \(folder)/parks.csv",
        "\(second), row 2, column 'id': parcel 'LE-2' is already in \(first) (row 4); parcel ids must be unique",
        "\(folder)/missing.csv: no such file",
      ]
    }
  }

  /// Layered thresholds are never looser: each cell given becomes the
  /// stricter of it and the case's threshold for that park and industry.
  @Test func standardsAreLayeredNeverLooser() throws {
    let folder = try Self.caseFolder()
    let extra = folder + "/thresholds.csv"
    try """
      park,industry,min_investment_intensity,min_tax_per_mu,min_revenue_per_mu,max_energy_per_value_added
      K,ind,150,,300,2
      K,other,90,4,,1
      L,ind,300,9,,

      """.write(toFile: extra, atomically: true, encoding: .utf8)
    let c = try LandCaseLoader.load(folder: folder, standardsPath: extra)
    #expect(c.standards == [
      Standard(park: "*", industry: "*", minInvestmentIntensity: 100, minTaxPerMu: 5, maxEnergyPerValueAdded: 1.5),
      // 150 < 200 and energy 2 > 1.2 leave the case's; revenue 300 is new.
      Standard(
        park: "K", industry: "ind", minInvestmentIntensity: 200, minTaxPerMu: 8, minRevenuePerMu: 300,
        maxEnergyPerValueAdded: 1.2),
      // Against `*, *`: 90 < 100 and 4 < 5 stay at the case's; energy 1 < 1.5 tightens.
      Standard(park: "K", industry: "other", minInvestmentIntensity: 100, minTaxPerMu: 5, maxEnergyPerValueAdded: 1),
      Standard(park: "L", industry: "ind", minInvestmentIntensity: 300, minTaxPerMu: 9),
    ])
  }
}
