import Testing
@testable import GLPK
@testable import StandardLand

/// `leading_share_rule`, worked by hand. Park K leads in "ind" (minimum
/// share 60 %); two free parcels; project x is of the leading industry
/// (revenue 1,000 万元, tax 10), project y of another admitted one (revenue
/// 1,000, tax 100).
@Suite struct LeadingShareRuleTests {
  static func landCase(existingLeading: Double, existingOther: Double, rule: LeadingShareRule) -> LandCase {
    var c = LandCase(
      parks: [PlannerRuleTests.park(other: ["misc"])],
      parcels: ["A", "B"].map { Parcel(id: $0, parkID: "K", areaMu: 20, zoning: "M1") },
      projects: [
        PlannerRuleTests.project("x", tax: 10, revenue: 1000),
        PlannerRuleTests.project("y", industry: "misc", tax: 100, revenue: 1000),
      ],
      enterprises: [
        Enterprise(parkID: "K", industry: "ind", landMu: 1000, revenueWan: existingLeading),
        Enterprise(parkID: "K", industry: "misc", landMu: 1000, revenueWan: existingOther),
      ])
    c.scenario.leadingShareRule = rule
    c.scenario.explainUnplaced = false
    c.scenario.valueLimits = false
    return c
  }

  /// Existing firms at 40 % (4,000 of 10,000), below the 60 % minimum.
  /// new_projects_reach_minimum: x and y together have a 50 % share, below
  /// 60 %: only x (tax 10). no_dilution: with both the park's share is
  /// 5,000 / 12,000 = 41.7 % ≥ 40 %: both (tax 110); y alone would make it
  /// 4,000 / 11,000 = 36.4 %, so y never goes in without x.
  @Test func existingFirmsShortOfTheMinimum() throws {
    let strict = try StandardLandPlanner(Self.landCase(existingLeading: 4000, existingOther: 6000, rule: .newProjectsReachMinimum)).plan()
    #expect(strict.objective == 10)
    #expect(strict.assignments.map(\.projectID) == ["x"])
    let noDilution = try StandardLandPlanner(Self.landCase(existingLeading: 4000, existingOther: 6000, rule: .noDilution)).plan()
    #expect(noDilution.objective == 110)
    #expect(noDilution.assignments.map(\.projectID).sorted() == ["x", "y"])
    let share = try #require(noDilution.parks.first?.leadingShare)
    #expect(abs(share - 5000.0 / 12000) < 1e-12)
  }

  /// The row itself: coefficients (lead − f)·revenue and bound −max(E, 0).
  /// Short of the minimum (E = 4,000 − 0.6 × 10,000 = −2,000): f = 0.6
  /// (x +400, y −600) or, under no_dilution, f = 0.4 (x +600, y −400); the
  /// bound is 0 in both.
  @Test func theRowUnderEachRule() throws {
    for (rule, x, y) in [(LeadingShareRule.newProjectsReachMinimum, 400.0, -600.0), (.noDilution, 600, -400)] {
      let c = Self.landCase(existingLeading: 4000, existingOther: 6000, rule: rule)
      let f = StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
      let row = try #require(f.parkRows[.leadingIndustryShare]?["K"])
      let coefficients = f.pairs.indices.map { f.model.coefficient(row, f.variable($0)) }
      let expected = f.pairs.map { c.projects[$0.project].id == "x" ? x : y }
      #expect(zip(coefficients, expected).allSatisfy { abs($0 - $1) < 1e-9 }, "\(rule): \(coefficients)")
      #expect(f.model.lowerBound(of: row) == 0)
    }
  }

  /// Existing firms at 70 % (7,000 of 10,000) meet the minimum: under both
  /// rules the park's share must stay ≥ 60 %: with x and y it is 8,000 /
  /// 12,000 = 66.7 %, so both go in (tax 110).
  @Test(arguments: LeadingShareRule.allCases)
  func existingFirmsMeetingTheMinimum(_ rule: LeadingShareRule) throws {
    let plan = try StandardLandPlanner(Self.landCase(existingLeading: 7000, existingOther: 3000, rule: rule)).plan()
    #expect(plan.objective == 110)
    let share = try #require(plan.parks.first?.leadingShare)
    #expect(abs(share - 8000.0 / 12000) < 1e-12)
  }

  /// Existing firms at 60.5 % (6,050 of 10,000): y alone would take the
  /// park to 6,050 / 11,000 = 55 %, below the minimum, under both rules;
  /// x and y together give 7,050 / 12,000 = 58.75 %, also below: only x.
  @Test(arguments: LeadingShareRule.allCases)
  func theMinimumHoldsOnceMet(_ rule: LeadingShareRule) throws {
    let plan = try StandardLandPlanner(Self.landCase(existingLeading: 6050, existingOther: 3950, rule: rule)).plan()
    #expect(plan.assignments.map(\.projectID) == ["x"])
  }
}
