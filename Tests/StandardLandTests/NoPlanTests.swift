import Testing
@testable import GLPK
@testable import StandardLand

/// When no plan exists: the must-place conflict is named, and the other
/// projects are not said to have lost to competition.
@Suite struct NoPlanTests {
  /// Must-place projects m1 and m2 fit only parcel A (B is M2 land, which
  /// they cannot use); project o fits A and B.
  static func crowdedCase() -> LandCase {
    LandCase(
      parks: [PlannerRuleTests.park()],
      parcels: [Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M1"), Parcel(id: "B", parkID: "K", areaMu: 20, zoning: "M2")],
      projects: [
        PlannerRuleTests.project("m1", mustPlace: true), PlannerRuleTests.project("m2", mustPlace: true),
        PlannerRuleTests.project("o", zoning: ["M1", "M2"]),
      ])
  }

  @Test func twoMustPlaceProjectsOnOneParcelAreNamed() throws {
    let plan = try StandardLandPlanner(Self.crowdedCase()).plan()
    #expect(plan.termination == .infeasible)
    let text = try #require(plan.infeasibility)
    #expect(text.contains("m1, m2 fit only parcel A"), "\(text)")
  }

  @Test func everyProjectWithParcelsHasNoPlanNotACompetitionItLost() throws {
    let plan = try StandardLandPlanner(Self.crowdedCase()).plan()
    #expect(plan.unplaced.map(\.projectID) == ["m1", "m2", "o"])
    for u in plan.unplaced {
      guard case .noPlan(let parcels) = u.reason else {
        Issue.record("\(u.projectID): \(u.reason)")
        continue
      }
      #expect(parcels == (u.projectID == "o" ? ["A", "B"] : ["A"]))
    }
    let rows = PlanTables(plan).unplaced.dropFirst()
    #expect(rows.allSatisfy { $0[2] == "no_plan" && $0[3].hasPrefix("no plan exists") })
    #expect(PlanTables(plan, language: .zh).unplaced.dropFirst().allSatisfy { $0[2] == "无可行方案" })
  }

  /// A failing value above its threshold is over a maximum; below, short
  /// of a minimum; in Chinese too.
  @Test func failuresSayWhichSideOfTheThresholdTheyAreOn() {
    let over = RuleCheck(rule: .energyPerValueAdded, passed: false, value: 1.79, threshold: 1.5, margin: -0.29,
                         detail: "standards (AN, *)", detailZh: "标准（AN，*）")
    #expect(over.description == "energy_per_value_added 1.79 vs 1.5 (standards (AN, *)): over the maximum by 0.29")
    #expect(over.text(.zh) == "单位增加值能耗 1.79，门槛 1.5（标准（AN，*））：超出上限 0.29")
    let short = RuleCheck(rule: .taxPerMu, passed: false, value: 12, threshold: 15, margin: -3, detail: "standards (K, *)")
    #expect(short.description == "tax_per_mu 12 vs 15 (standards (K, *)): below the minimum by 3")
    #expect(short.text(.zh) == "亩均税收 12，门槛 15（standards (K, *)）：低于下限 3")
  }
}
