import Testing
@testable import StandardLand

/// A project with `green_power: required` can go only to a park that
/// offers it an option: the rule, the checker's explanations and the
/// unplaced reasons (README, *Quota relief* and *Green power*).
@Suite struct RequiredReliefTests {
  typealias R = PlannerRuleTests

  /// Parks K and L (quota 1000 tce each), parcel A in K and B in L (20 mu);
  /// project Q (tax 90) required to use relief, with one option in K when
  /// `optionInK`; project P (tax 100) in `pParks` only.
  static func twoParks(optionInK: Bool, pParks: [String] = ["K", "L"]) -> LandCase {
    let option = QuotaRelief.Option(
      projectID: "Q", parkID: "K", label: "green_50", energyReliefTce: 60, carbonReliefTonnes: 0,
      objectiveCostWan: 10)
    var p = R.project("P", tax: 100)
    p.preferredParks = pParks
    return LandCase(
      parks: [R.park("K", energy: 1000), R.park("L", energy: 1000)],
      parcels: [Parcel(id: "A", parkID: "K", areaMu: 20, zoning: "M1"), Parcel(id: "B", parkID: "L", areaMu: 20, zoning: "M1")],
      projects: [p, R.project("Q", tax: 90)],
      relief: QuotaRelief(options: optionInK ? [option] : [], requiredProjectIDs: ["Q"]))
  }

  @Test func blocksTheParksWithoutAnOption() throws {
    let rule = RequiredRelief(Self.twoParks(optionInK: true))
    #expect(!rule.blocks(project: 0, parkID: "K") && !rule.blocks(project: 0, parkID: "L"))  // P needs none
    #expect(!rule.blocks(project: 1, parkID: "K"))
    #expect(rule.blocks(project: 1, parkID: "L"))
    #expect(!RequiredRelief(LandCase(parks: [], parcels: [], projects: [R.project("Q")])).blocks(project: 0, parkID: "K"))
  }

  /// The checker lists the rule last, only on a parcel that passes every
  /// other rule; its pairs stay (the MIP's relief_once row keeps Q out).
  @Test func theCheckerExplainsItButKeepsThePair() throws {
    let c = Self.twoParks(optionInK: true)
    let checker = EligibilityChecker(c)
    #expect(checker.isEligible(project: 1, parcel: 1))
    let failures = checker.failures(project: 1, parcel: 1)
    #expect(failures.map(\.rule) == [.greenPower])
    #expect(failures.map(\.description) == ["green_power: required, but L offers no green power option for it"])
    #expect(failures.map { $0.text(.zh) } == ["绿电：必须采用绿电，但 L 没有可用的绿电方案"])
    #expect(checker.failureCount(project: 1, parcel: 1) == 1)
    let last = checker.assess(project: 1, parcel: 0).last
    #expect(last?.rule == .greenPower && last?.passed == true)
    #expect(checker.failures(project: 1, parcel: 0).isEmpty)
    // Failing another rule, the relief rule is not checked.
    var zoned = c
    zoned.parcels[1].zoning = "M2"
    #expect(EligibilityChecker(zoned).failures(project: 1, parcel: 1).map(\.rule) == [.zoning])
  }

  /// With no option anywhere Q is eligible nowhere (it was "lost to
  /// competition", its parcels "→ empty"): each park shows the rule.
  @Test func withNoOptionAnywhereItIsEligibleNowhere() throws {
    let plan = try R.plan(Self.twoParks(optionInK: false))
    #expect(plan.assignments.map(\.projectID) == ["P"])
    let q = try #require(plan.unplaced.first { $0.projectID == "Q" })
    guard case .eligibleNowhere(let parks) = q.reason else { Issue.record("expected eligible nowhere"); return }
    #expect(parks.map(\.parkID) == ["K", "L"])
    #expect(parks.map(\.closestParcelID) == ["A", "B"])
    #expect(parks.map { $0.failures.map(\.rule) } == [[.greenPower], [.greenPower]])
    let row = try #require(PlanTables(plan).unplaced.first { $0.first == "Q" })
    #expect(row[2] == "eligible_nowhere")
    #expect(row[3] == "K (A): green_power: required, but K offers no green power option for it"
      + " | L (B): green_power: required, but L offers no green power option for it")
  }

  /// With an option in K only, Q competes for A alone; L is named as
  /// lacking an option instead of listing B as left empty.
  @Test func withAnOptionInOneParkItCompetesThereOnly() throws {
    let plan = try R.plan(Self.twoParks(optionInK: true, pParks: ["K"]))
    // P (100) takes A; Q could take only A (B needs an option L lacks).
    #expect(plan.assignments.map(\.projectID) == ["P"])
    let q = try #require(plan.unplaced.first { $0.projectID == "Q" })
    guard case .lostToCompetition(let c) = q.reason else { Issue.record("expected lost to competition"); return }
    #expect(c.parcels.map(\.parcelID) == ["A"])
    #expect(c.parcels.map(\.takenBy) == ["P"])
    #expect(c.reliefMissingIn == ["L"])
    let row = try #require(PlanTables(plan).unplaced.first { $0.first == "Q" })
    #expect(row[3].hasPrefix("A@K → P | "))
    #expect(row[3].contains("green power required, but no option in L: its parcels there cannot take it"))
    #expect(!row[3].contains("B@L"))
  }
}
