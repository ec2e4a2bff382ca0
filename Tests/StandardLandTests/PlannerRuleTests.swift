import Testing
@testable import GLPK
@testable import StandardLand

/// Small cases where one rule decides the answer, each worked by hand.
@Suite struct PlannerRuleTests {
  static func park(_ id: String = "K", energy: Double = 1e6, land: Double = 1e6, ratio: Double = 0,
                   leading: [String] = ["ind"], other: [String] = [], share: Double = 0.6) -> Park {
    Park(id: id, primaryIndustries: leading, otherIndustries: other, energyQuotaTce: energy,
         newLandQuotaMu: land, stockLinkRatio: ratio, minLeadingShare: share)
  }

  static func project(_ id: String, industry: String = "ind", area: ClosedRange<Double> = 10...100,
                      investment: Double = 10_000, tax: Double = 100, revenue: Double = 1000,
                      energy: Double = 100, zoning: [String] = ["M1"], mustPlace: Bool = false) -> Project {
    Project(id: id, industry: industry, minAreaMu: area.lowerBound, maxAreaMu: area.upperBound,
            investmentWan: investment, revenueWan: revenue, taxWan: tax, valueAddedWan: revenue / 4,
            energyTce: energy, zonings: zoning, mustPlace: mustPlace)
  }

  static func plan(_ c: LandCase) throws -> AssignmentPlan { try StandardLandPlanner(c).plan() }

  static func placement(_ plan: AssignmentPlan) -> [String: String] {
    Dictionary(uniqueKeysWithValues: plan.assignments.map { ($0.projectID, $0.parcelID) })
  }

  @Test func zoningDecides() throws {
    let c = LandCase(
      parks: [Self.park()],
      parcels: [Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M2"), Parcel(id: "B", parkID: "K", areaMu: 20, zoning: "M1")],
      projects: [Self.project("P")])
    let plan = try Self.plan(c)
    #expect(Self.placement(plan) == ["P": "B"])
    let checks = StandardLandPlanner(c).checker.assess(project: 0, parcel: 0)
    #expect(checks.first { $0.rule == .zoning }?.passed == false)
  }

  @Test func areaRangeDecides() throws {
    let c = LandCase(
      parks: [Self.park()],
      parcels: [Parcel(id: "big", parkID: "K", areaMu: 120, zoning: "M1"), Parcel(id: "small", parkID: "K", areaMu: 5, zoning: "M1")],
      projects: [Self.project("P", area: 10...100)])
    let plan = try Self.plan(c)
    #expect(plan.assignments.isEmpty)
    guard case .eligibleNowhere(let parks) = try #require(plan.unplaced.first).reason else {
      Issue.record("expected eligible nowhere"); return
    }
    let area = try #require(parks.first?.failures.first { $0.rule == .area })
    #expect(area.margin == -5 || area.margin == -20)  // 5 below 10, or 20 above 100
  }

  /// Investment intensity on the whole parcel: 3000 万元 on 20 mu = 150 万/亩
  /// meets 150; on 25 mu = 120, short by 30.
  @Test func investmentIntensityDecides() throws {
    let c = LandCase(
      parks: [Self.park()],
      parcels: [Parcel(id: "25mu", parkID: "K", areaMu: 25, zoning: "M1"), Parcel(id: "20mu", parkID: "K", areaMu: 20, zoning: "M1")],
      projects: [Self.project("P", investment: 3000)],
      standards: [Standard(minInvestmentIntensity: 150)])
    let plan = try Self.plan(c)
    #expect(Self.placement(plan) == ["P": "20mu"])
    let margin = plan.assignments.first?.indicators.first { $0.rule == .investmentIntensity }?.margin
    #expect(margin.map { abs($0) < 1e-9 } == true)
    let fail = StandardLandPlanner(c).checker.assess(project: 0, parcel: 0).first { $0.rule == .investmentIntensity }
    #expect(fail?.passed == false)
    #expect(fail.flatMap(\.margin).map { abs($0 + 30) < 1e-9 } == true)
  }

  /// Tax per mu and the most specific standards row: (K, ind) says 6 万/亩,
  /// which beats (*, *) 1; 100 万元 on 20 mu = 5 < 6.
  @Test func taxPerMuFromTheMostSpecificStandard() throws {
    let c = LandCase(
      parks: [Self.park()], parcels: [Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M1")],
      projects: [Self.project("P", tax: 100)],
      standards: [Standard(minTaxPerMu: 1), Standard(park: "K", industry: "ind", minTaxPerMu: 6), Standard(industry: "ind", minTaxPerMu: 2)])
    let plan = try Self.plan(c)
    #expect(plan.assignments.isEmpty)
    guard case .eligibleNowhere(let parks) = try #require(plan.unplaced.first).reason else { Issue.record("reason"); return }
    let tax = try #require(parks.first?.failures.first { $0.rule == .taxPerMu })
    #expect(tax.threshold == 6)
    #expect(tax.detail == "standards (K, ind)")
  }

  /// Revenue per mu on the whole parcel: 1000 万元 on 20 mu = 50 万/亩
  /// meets 50; on 40 mu = 25, short by 25.
  @Test func revenuePerMuDecides() throws {
    let c = LandCase(
      parks: [Self.park()],
      parcels: [Parcel(id: "40mu", parkID: "K", areaMu: 40, zoning: "M1"), Parcel(id: "20mu", parkID: "K", areaMu: 20, zoning: "M1")],
      projects: [Self.project("P", revenue: 1000)],
      standards: [Standard(minRevenuePerMu: 50)])
    let plan = try Self.plan(c)
    #expect(Self.placement(plan) == ["P": "20mu"])
    let fail = StandardLandPlanner(c).checker.assess(project: 0, parcel: 0).first { $0.rule == .revenuePerMu }
    #expect(fail?.passed == false)
    #expect(fail.flatMap(\.margin).map { abs($0 + 25) < 1e-9 } == true)
  }

  /// Energy per value added does not depend on the parcel: 100 tce over
  /// 250 万元 value added = 0.4 tce/万元 fails a 0.3 maximum by 0.1 on
  /// every parcel; with 0.5 it is placed.
  @Test func energyPerValueAddedDecides() throws {
    var c = LandCase(
      parks: [Self.park()], parcels: [Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M1")],
      projects: [Self.project("P", revenue: 1000, energy: 100)],
      standards: [Standard(maxEnergyPerValueAdded: 0.3)])
    let plan = try Self.plan(c)
    #expect(plan.assignments.isEmpty)
    guard case .eligibleNowhere(let parks) = try #require(plan.unplaced.first).reason else { Issue.record("reason"); return }
    let energy = try #require(parks.first?.failures.first { $0.rule == .energyPerValueAdded })
    #expect(abs((energy.value ?? 0) - 0.4) < 1e-12)
    #expect(energy.margin.map { abs($0 + 0.1) < 1e-9 } == true)
    c.standards = [Standard(maxEnergyPerValueAdded: 0.5)]
    #expect(Self.placement(try Self.plan(c)) == ["P": "A"])
  }

  /// Floor-area ratio: a minimum of 1.2 rules out a parcel whose zoning
  /// allows at most 1.0, and a project planning 0.9; planning 1.5 on a
  /// parcel allowing 2.0 passes.
  @Test func floorAreaRatioDecides() throws {
    var project = Self.project("P")
    project.floorAreaRatio = 1.5
    var c = LandCase(
      parks: [Self.park()],
      parcels: [
        Parcel(id: "low", parkID: "K", areaMu: 20, zoning: "M1", maxFloorAreaRatio: 1.0),
        Parcel(id: "high", parkID: "K", areaMu: 20, zoning: "M1", maxFloorAreaRatio: 2.0),
      ],
      projects: [project], standards: [Standard(minFloorAreaRatio: 1.2)])
    #expect(Self.placement(try Self.plan(c)) == ["P": "high"])
    let low = StandardLandPlanner(c).checker.assess(project: 0, parcel: 0).filter { $0.rule == .floorAreaRatio && !$0.passed }
    #expect(low.contains { $0.margin.map { abs($0 + 0.2) < 1e-9 } == true })  // 1.0 allowed vs 1.2 required
    c.projects[0].floorAreaRatio = 0.9
    let plan = try Self.plan(c)
    #expect(plan.assignments.isEmpty)
  }

  /// Existing firms average 200 万/亩 investment (4000 + 8000 on 20 + 40
  /// mu), stricter than the standards' 100: the project's 150 fails.
  @Test func averageOfExistingFirmsIsTheStricterThreshold() throws {
    var c = LandCase(
      parks: [Self.park()], parcels: [Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M1")],
      projects: [Self.project("P", investment: 3000)],
      standards: [Standard(minInvestmentIntensity: 100)],
      enterprises: [
        Enterprise(parkID: "K", industry: "ind", landMu: 20, investmentWan: 4000, revenueWan: 100),
        Enterprise(parkID: "K", industry: "ind", landMu: 40, investmentWan: 8000, revenueWan: 100),
      ])
    let t = ThresholdTable(c).thresholds(park: "K", industry: "ind")
    #expect(t.minInvestmentIntensity?.value == 200)
    #expect(try Self.plan(c).assignments.isEmpty)
    c.scenario.useEnterpriseAverages = false
    #expect(try Self.plan(c).assignments.count == 1)
  }

  /// Energy quota 1000 tce, two projects of 600 each on separate parcels:
  /// only the higher-tax one fits; the other lost to competition with the
  /// energy quota binding; raising the quota by 200 (the excess) gains 80.
  @Test func energyQuotaDecidesAndIsValued() throws {
    let c = LandCase(
      parks: [Self.park(energy: 1000)],
      parcels: [Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M1"), Parcel(id: "B", parkID: "K", areaMu: 20, zoning: "M1")],
      projects: [Self.project("hi", tax: 100, energy: 600), Self.project("lo", tax: 80, energy: 600)])
    let plan = try Self.plan(c)
    #expect(plan.objective == 100)
    #expect(plan.assignments.map(\.projectID) == ["hi"])
    #expect(plan.parks.first?.bindingLimits == ["energy_quota[K]"])
    guard case .lostToCompetition(let competition) = try #require(plan.unplaced.first).reason else { Issue.record("reason"); return }
    #expect(competition.bindingLimits == ["energy_quota[K]"])
    #expect(competition.costToPlace == 20)  // placing "lo" displaces "hi": 100 → 80
    #expect(competition.displaced == ["hi"])
    let value = try #require(plan.limitValues.first)
    #expect(value.limit == .energyQuota && value.step == 200 && value.objectiveGain == 80 && value.valuePerUnit == 0.4)
  }

  /// Existing firms: leading 600, other 400 (share exactly 0.6). A
  /// non-leading project (admitted by `*`) would dilute the share below 0.6;
  /// a leading one is fine.
  @Test func leadingIndustryShareDecides() throws {
    let c = LandCase(
      parks: [Self.park(other: ["*"])],
      parcels: [Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M1"), Parcel(id: "B", parkID: "K", areaMu: 20, zoning: "M1")],
      projects: [Self.project("other", industry: "misc", tax: 500), Self.project("lead", tax: 50)],
      enterprises: [
        Enterprise(parkID: "K", industry: "ind", landMu: 200, revenueWan: 600),
        Enterprise(parkID: "K", industry: "misc", landMu: 200, revenueWan: 400),
      ])
    let plan = try Self.plan(c)
    // "other" (500 tax, 1000 revenue) would give 600 / 2000 = 0.3, or with
    // "lead" too (600 + 1000) / 3000 = 0.533 < 0.6; so only "lead":
    // (600 + 1000) / 2000 = 0.8.
    #expect(plan.assignments.map(\.projectID) == ["lead"])
    #expect(plan.parks.first?.bindingLimits.contains("leading_share[K]") == true)
    let share = try #require(plan.parks.first?.leadingShare)
    #expect(abs(share - 1600.0 / 2000.0) < 1e-12)
  }

  /// 增存挂钩: quota 10 mu of new land, ratio 0.5. "N" needs the 30-mu new
  /// parcel, allowed only when "S" reuses the 40-mu stock parcel
  /// (10 + 0.5 × 40 = 30).
  @Test func landSupplyLinksNewLandToStockReuse() throws {
    var c = LandCase(
      parks: [Self.park(land: 10, ratio: 0.5)],
      parcels: [
        Parcel(id: "new30", parkID: "K", areaMu: 30, zoning: "M1", source: .new),
        Parcel(id: "stock40", parkID: "K", areaMu: 40, zoning: "M2", source: .stock),
      ],
      projects: [Self.project("N", tax: 100, zoning: ["M1"]), Self.project("S", tax: 1, zoning: ["M2"])])
    var plan = try Self.plan(c)
    #expect(Self.placement(plan) == ["N": "new30", "S": "stock40"])
    #expect(plan.parks.first?.newLandAllowedMu == 30)
    // Without the stock project the new parcel cannot be used.
    c.projects.removeLast()
    plan = try Self.plan(c)
    #expect(plan.assignments.isEmpty)
  }

  /// A must-place project needing 1200 tce in a park with 1000 left: the
  /// diagnosis names the energy quota and the shortfall.
  @Test func mustPlaceInfeasibilityIsExplained() throws {
    let c = LandCase(
      parks: [Self.park(energy: 1000)], parcels: [Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M1")],
      projects: [Self.project("key", energy: 1200, mustPlace: true)])
    let plan = try Self.plan(c)
    #expect(plan.termination == .infeasible)
    let text = try #require(plan.infeasibility)
    #expect(text.contains("energy_quota[K]"))
    #expect(text.contains("must rise by 200 to 1200"))
  }

  /// The same parcel wanted by two projects: the better one wins, the
  /// other's cost to place is the difference.
  @Test func competitionForOneParcel() throws {
    let c = LandCase(
      parks: [Self.park()], parcels: [Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M1")],
      projects: [Self.project("a", tax: 100), Self.project("b", tax: 70)])
    let plan = try Self.plan(c)
    #expect(Self.placement(plan) == ["a": "A"])
    guard case .lostToCompetition(let competition) = try #require(plan.unplaced.first).reason else { Issue.record("reason"); return }
    #expect(competition.parcels.map(\.takenBy) == ["a"])
    #expect(competition.costToPlace == 30)
    #expect(competition.forcedParcelID == "A")
    #expect(competition.reSolved)
    #expect(competition.costToPlaceAtLeast == nil)  // proven, not a range
  }

  /// With no re-solves allowed (`explain_max_resolves: 0`), a project lost
  /// to competition is still explained (its parcel and who took it) but not
  /// re-solved.
  @Test func maxReSolvesSkipsReSolves() throws {
    var c = LandCase(
      parks: [Self.park()], parcels: [Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M1")],
      projects: [Self.project("a", tax: 100), Self.project("b", tax: 70)])
    c.scenario.explainMaxReSolves = 0
    let plan = try Self.plan(c)
    guard case .lostToCompetition(let competition) = try #require(plan.unplaced.first).reason else { Issue.record("reason"); return }
    #expect(competition.parcels.map(\.takenBy) == ["a"])
    #expect(!competition.reSolved)
    #expect(competition.costToPlace == nil)
    #expect(!competition.provenImpossible)
  }

  /// The explaining re-solves give the same answers on one thread or two:
  /// four projects of 100 tce each and an energy quota of 250 tce: two are
  /// placed and two lost to competition, each with its cost to place (the
  /// weaker winner's tax less its own), and the quota is worth the third
  /// project's tax for the 50 tce that let it onto the free parcel.
  @Test func explanationsAreTheSameOnOneOrTwoThreads() throws {
    var c = LandCase(
      parks: [Self.park(energy: 250)],
      parcels: ["A", "B", "C"].map { Parcel(id: $0, parkID: "K", areaMu: 20, zoning: "M1") },
      projects: [Self.project("a", tax: 100), Self.project("b", tax: 90), Self.project("c", tax: 80), Self.project("d", tax: 70)])
    var plans: [AssignmentPlan] = []
    for threads in [1, 2] {
      c.scenario.explainThreads = threads
      plans.append(try Self.plan(c))
    }
    for plan in plans {
      let costs = plan.unplaced.map { unplaced -> Double? in
        guard case .lostToCompetition(let competition) = unplaced.reason else { return nil }
        return competition.costToPlace
      }
      #expect(plan.unplaced.map(\.projectID) == ["c", "d"])
      #expect(costs == [10, 20])  // c in for b: 90 − 80; d in for b: 90 − 70
      #expect(plan.limitValues.map(\.limit) == [.energyQuota])
      #expect(plan.limitValues.first?.step == 50)
      #expect(plan.limitValues.first?.objectiveGain == 80)
    }
  }
}
