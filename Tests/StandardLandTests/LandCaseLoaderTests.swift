import Foundation
import ParkOptData
import Testing
@testable import StandardLand
import ParkOptTestSupport

@Suite struct LandCaseLoaderTests {
  /// Writes `files` into a new folder and returns its path.
  static func folder(_ files: [String: String]) throws -> String {
    let dir = try Scratch.folder("case")
    for (name, text) in files {
      try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return dir.path
  }

  static let parks = "id,name,primary_industries,energy_quota_tce,new_land_quota_mu\nK,Park K,ind,\"1,000\",50\n"
  static let parcels = "id,park,area_mu,zoning,source\nA,K,20,m1,new\nB,K,30,M2,存量\n"
  static let projects = """
    id,industry,min_area_mu,max_area_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,zoning,must_place
    P1,ind,10,40,5000,3000,200,800,300,M1;M2,是

    """

  @Test func chineseFileAndColumnNames() throws {
    let path = try Self.folder([
      "园区.csv": "园区编号,园区名称,主导产业,剩余能耗指标(吨标准煤),新增用地指标(亩),主导产业营收占比下限\nK,昆明高新区,稀贵金属、生物医药,500,30,70%\n",
      "地块.csv": "地块编号,所属园区,面积（亩）,用地性质,土地来源,地价(万元/亩)\nA,K,20,M1,新增,30\n",
      "项目.csv": "项目编号,产业,最小面积(亩),最大面积(亩),固定资产投资(万元),年营业收入(万元),年税收(万元),年增加值(万元),年综合能耗(吨标准煤),用地性质\nP,稀贵金属,10,30,6000,5000,300,900,200,M1\n",
    ])
    let c = try LandCaseLoader.load(folder: path)
    #expect(c.parks.first?.primaryIndustries == ["稀贵金属", "生物医药"])
    #expect(c.parks.first?.minLeadingShare == 0.7)
    #expect(c.parcels.first?.landPriceWanPerMu == 30)
    #expect(c.projects.first?.zonings == ["M1"])
    let plan = try StandardLandPlanner(c).plan()
    #expect(plan.assignments.map(\.parcelID) == ["A"])
  }

  @Test func englishCaseWithThousandsSeparatorsAndScenario() throws {
    let path = try Self.folder([
      "parks.csv": Self.parks, "parcels.csv": Self.parcels, "projects.csv": Self.projects,
      "scenario.yaml": "objective:\n  tax: 2\n  jobs: 1\nstock_link_ratio: 0.25\n",
    ])
    let c = try LandCaseLoader.load(folder: path)
    #expect(c.parks.first?.energyQuotaTce == 1000)
    #expect(c.parks.first?.stockLinkRatio == 0.25)
    #expect(c.parcels.map(\.zoning) == ["M1", "M2"])
    #expect(c.parcels.map(\.source) == [.new, .stock])
    #expect(c.projects.first?.mustPlace == true)
    #expect(c.scenario.objective.tax == 2 && c.scenario.objective.jobs == 1 && c.scenario.objective.revenue == 0)
  }

  @Test func everyProblemInEveryFileIsReportedTogether() throws {
    let path = try Self.folder([
      "parks.csv": "id,energy_quota_tce,new_land_quota_mu\nK,lots,50\nL,10,5\nL,20,5\n",
      "parcels.csv": "id,park,area_mu,zoning,source\nA,X,20,M1,new\nB,K,-3,M1,reused\n",
      "projects.csv": "id,industry,min_area_mu,max_area_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,zoning\nP,ind,50,10,1,1,1,1,1,M1\n",
      "scenario.yaml": "min_leading_share: 1.5\nexplain_time_limit_s: 0\nexplain_node_limit: 0\nexplain_max_resolves: -1\nexplain_threads: 0\n",
    ])
    #expect {
      _ = try LandCaseLoader.load(folder: path)
    } throws: { error in
      guard let issues = (error as? DataErrors)?.issues.map(\.description) else { return false }
      let expected = [
        "scenario.yaml, key 'min_leading_share': must be a number in 0…1; found 1.5 (line 1)",
        "scenario.yaml, key 'explain_time_limit_s': must be a number > 0; found 0 (line 2)",
        "scenario.yaml, key 'explain_node_limit': must be a whole number ≥ 1; found 0 (line 3)",
        "scenario.yaml, key 'explain_max_resolves': must be a whole number ≥ 0; found -1 (line 4)",
        "scenario.yaml, key 'explain_threads': must be a whole number ≥ 1; found 0 (line 5)",
        "parks.csv, row 2, column 'energy_quota_tce': 'lots' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)",
        "parks.csv, row 4, column 'id': 'L' repeats row 3",
        "parcels.csv, row 3, column 'area_mu': -3 is outside the allowed range 0.01…1e6",
        "parcels.csv, row 3, column 'source': 'reused' is not one of new, stock (新增, 存量)",
        "projects.csv, row 2, column 'min_area_mu': 50 exceeds 10 in column 'max_area_mu' of this row; the smallest parcel a project can use (min_area_mu) must not exceed the largest (max_area_mu)",
      ]
      for text in expected where !issues.contains(where: { $0.hasSuffix(text) }) {
        Issue.record("missing: \(text)\nin: \(issues)")
      }
      return issues.count >= expected.count
    }
  }

  /// A short row hides no other problem of the file, and a repeated id is
  /// reported although its first row has a bad cell.
  @Test func aShortRowBadCellsAndARepeatedIDAreReportedInRowOrder() throws {
    let path = try Self.folder([
      "parks.csv": Self.parks, "projects.csv": Self.projects,
      "parcels.csv": "id,park,area_mu,zoning,source\nA,K,abc,M1,new\nB,K,30\nA,K,20,M1,reused\nC,K,5,M1,new\n",
    ])
    #expect {
      _ = try LandCaseLoader.load(folder: path)
    } throws: { error in
      (error as? DataErrors)?.issues.map { $0.description.replacingOccurrences(of: path + "/", with: "") } == [
        "parcels.csv, row 2, column 'area_mu': 'abc' is not a number in plain decimal notation (e.g. 1234.5, -1,234.5, 3e2)",
        "parcels.csv, row 3: has 3 cells; the header has 5",
        "parcels.csv, row 4, column 'source': 'reused' is not one of new, stock (新增, 存量)",
        "parcels.csv, row 4, column 'id': 'A' repeats row 2",
      ]
    }
  }

  /// A firm id given twice in `enterprises.csv` is an error at the repeat;
  /// rows without an id (the column is optional) are not repeats.
  @Test func aRepeatedFirmIDIsAnError() throws {
    let path = try Self.folder([
      "parks.csv": Self.parks, "parcels.csv": Self.parcels, "projects.csv": Self.projects,
      "enterprises.csv": "id,park,industry,land_mu,revenue_wan\nE1,K,ind,10,100\n,K,ind,10,100\n,K,ind,10,100\nE1,K,ind,5,50\n",
    ])
    #expect {
      _ = try LandCaseLoader.load(folder: path)
    } throws: { error in
      (error as? DataErrors)?.issues.map { $0.description.replacingOccurrences(of: path + "/", with: "") } == [
        "enterprises.csv, row 5, column 'id': 'E1' repeats row 2"
      ]
    }
  }

  /// A table under both its names (`parks.csv` and `园区.csv`), or two
  /// scenario files, is an error naming both; neither is read.
  @Test func aTableUnderTwoNamesIsAnError() throws {
    let path = try Self.folder([
      "parks.csv": Self.parks, "园区.csv": Self.parks, "parcels.csv": Self.parcels, "projects.csv": Self.projects,
      "scenario.yaml": "mip_gap: 0.01\n", "scenario.json": "{}\n",
    ])
    #expect {
      _ = try LandCaseLoader.load(folder: path)
    } throws: { error in
      (error as? DataErrors)?.issues.map { $0.description.replacingOccurrences(of: path + "/", with: "") } == [
        "parks.csv: is in the folder with '园区.csv', another name of the same file; which to read is unknown: keep only one",
        "scenario.yaml: is in the folder with 'scenario.json', another name of the same file; which to read is unknown: keep only one",
      ]
    }
  }

  /// Ids that would break a GLPK name (a tab, a line break, too long) are
  /// refused at their cell, in every id column, before anything is solved.
  @Test func idsGLPKCannotNameAreRefusedAtTheirCell() throws {
    let long = String(repeating: "项", count: 40)
    let path = try Self.folder([
      "parks.csv": Self.parks,
      "parcels.csv": "id,park,area_mu,zoning,source\n\"AN\t003\",K,20,m1,new\nB,K,30,M2,存量\n",
      "projects.csv": Self.projects.replacingOccurrences(of: "P1,", with: long + ","),
    ])
    #expect {
      _ = try LandCaseLoader.load(folder: path)
    } throws: { error in
      (error as? DataErrors)?.issues.map { $0.description.replacingOccurrences(of: path + "/", with: "") } == [
        "parcels.csv, row 2, column 'id': 'AN<U+0009>003' contains the control character <U+0009>; an id holds no tab, line break or other control character",
        "projects.csv, row 2, column 'id': '\(long)' is 40 characters (120 bytes in UTF-8) long; an id has at most 64 characters and 100 bytes",
      ]
    }
  }

  @Test func missingFilesAndFolders() {
    #expect(throws: DataErrors.self) { try LandCaseLoader.load(folder: "/nonexistent/case") }
    #expect {
      _ = try LandCaseLoader.load(folder: try Self.folder(["parks.csv": Self.parks]))
    } throws: { error in
      let text = (error as? DataErrors)?.description ?? ""
      return text.contains("parcels.csv: missing") && text.contains("projects.csv: missing")
    }
  }
}

@Suite struct ReadmeDocumentsInputsTests {
  /// Every input column is documented in the README, with its aliases.
  @Test func everySchemaColumnIsInTheReadme() throws {
    let url = RepositoryPaths.root
    let readme = try String(contentsOf: url.appendingPathComponent("README.md"), encoding: .utf8)
    for schema in [LandSchemas.parks, LandSchemas.parcels, LandSchemas.projects, LandSchemas.standards, LandSchemas.enterprises] {
      #expect(readme.contains("**`\(schema.name).csv`**"), "\(schema.name)")
      for column in schema.columns {
        #expect(readme.contains("| `\(column.key)` |"), "\(schema.name).\(column.key)")
        for alias in column.aliases { #expect(readme.contains(alias), "\(schema.name).\(column.key): \(alias)") }
      }
    }
  }
}
