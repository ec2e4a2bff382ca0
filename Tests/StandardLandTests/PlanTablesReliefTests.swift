import Foundation
import Testing
@testable import ParkOptData
@testable import StandardLand

/// The relief columns and file: present with relief, absent without.
@Suite struct PlanTablesReliefTests {
  @Test func columnsWithRelief() throws {
    let plan = try StandardLandPlanner(StandardLandModelReliefTests.twoProjects(cost: 10)).plan()
    let tables = PlanTables(plan)
    let header = try #require(tables.assignments.first)
    #expect(Array(header.suffix(5)) == ["green_power_option", "energy_relief_tce", "carbon_relief_t", "green_power_cost", "pv_ground_mw"])
    let q = try #require(tables.assignments.first { $0.first == "Q" })
    #expect(Array(q.suffix(5)) == ["green_50", "60", "0", "10", "3"])
    let p = try #require(tables.assignments.first { $0.first == "P" })
    #expect(Array(p.suffix(5)) == ["", "", "", "", ""])
    let parks = tables.parks
    #expect(Array(parks[0].suffix(4)) == ["energy_relief_tce", "energy_after_relief_tce", "carbon_relief_t", "carbon_after_relief_t"])
    #expect(Array(parks[1].suffix(4)) == ["60", "140", "0", "0"])
    let options = try #require(tables.reliefOptions)
    #expect(options == [
      ["project_id", "park", "option", "energy_relief_tce", "carbon_relief_t", "cost", "green_land_mu", "pv_ground_mw",
       "redundant_to", "chosen"],
      ["Q", "K", "green_50", "60", "0", "10", "5", "3", "", "yes"],
    ])
    let zh = PlanTables(plan, language: .zh)
    #expect(zh.reliefOptions?.first?.suffix(4) == ["green_land_mu", "地面光伏(MW)", "被替代为", "是否选中"])
    #expect(zh.reliefOptions?.last?.last == "是")
    let json = try PlanWriter(plan, landCase: StandardLandModelReliefTests.twoProjects(cost: 10)).json()
    #expect(json.contains("\"energy_after_relief_tce\" : 140") && json.contains("\"chosen\" : true"))
  }

  @Test func withoutReliefNothingChanges() throws {
    var c = StandardLandModelReliefTests.twoProjects(cost: 10)
    c.relief = nil
    let plan = try StandardLandPlanner(c).plan()
    let tables = PlanTables(plan)
    #expect(tables.assignments[0].count == 13 && tables.parks[0].count == 14)
    #expect(tables.reliefOptions == nil)
    #expect(PlanWriter.fileNames(for: c) == PlanWriter.fileNames)
    let json = try PlanWriter(plan, landCase: c).json()
    #expect(!json.contains("relief"))
    c = StandardLandModelReliefTests.twoProjects(cost: 10)
    #expect(PlanWriter.fileNames(for: c) == PlanWriter.fileNames.union(["green_power.csv"]))
  }

  /// plan.json is written by PrettyJSON; its bytes are JSONSerialization's
  /// (pretty-printed, sorted keys, slashes not escaped), with and without
  /// relief.
  @Test func planJSONHasJSONSerializationBytes() throws {
    var plain = StandardLandModelReliefTests.twoProjects(cost: 10)
    plain.relief = nil
    for c in [StandardLandModelReliefTests.twoProjects(cost: 10), plain] {
      let plan = try StandardLandPlanner(c).plan()
      let data = try JSONSerialization.data(
        withJSONObject: PlanJSON.object(plan), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      #expect(try PlanWriter(plan, landCase: c).json() == String(decoding: data, as: UTF8.self) + "\n")
    }
  }

  /// limit_values.csv says whether each gain was proven: a re-solve that
  /// stopped before proof gives only a lower bound.
  @Test func limitValuesSayWhetherTheGainIsProven() throws {
    // StandardLandModelReliefTests.aReliefLimitBinds: the green land binds.
    var plan = try StandardLandPlanner(StandardLandModelReliefTests.threeProjects(
      quota: 100, relief: StandardLandModelReliefTests.greenLandLimited())).plan()
    let header = try #require(PlanTables(plan).limitValues.first)
    #expect(header.last == "gain_proven")
    #expect(PlanTables(plan, language: .zh).limitValues.first?.last == "增量已证明")
    let row = try #require(PlanTables(plan).limitValues.first { $0[1] == "relief_limit[green_land_mu]" })
    #expect(row.last == "yes")
    plan.reliefLimitValues[0].gainProven = false
    let unproven = try #require(PlanTables(plan).limitValues.first { $0[1] == "relief_limit[green_land_mu]" })
    #expect(unproven.last == "no")
    #expect(PlanTables(plan, language: .zh).limitValues.last?.last == "否")
  }
}
