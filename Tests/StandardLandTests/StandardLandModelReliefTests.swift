import Foundation
import Testing
@testable import GLPK
@testable import StandardLand
import ParkOptTestSupport

/// Hand cases of the relief options in the MIP, each worked out below.
@Suite struct StandardLandModelReliefTests {
  typealias R = PlannerRuleTests

  /// Park K, energy quota `quota` tce; parcels A, B, C of 20 mu; projects
  /// P (tax 100), Q (tax 90), R (tax 80), each 100 tce.
  static func threeProjects(quota: Double, relief: QuotaRelief?) -> LandCase {
    LandCase(
      parks: [R.park(energy: quota)],
      parcels: ["A", "B", "C"].map { Parcel(id: $0, parkID: "K", areaMu: 20, zoning: "M1") },
      projects: [R.project("P", tax: 100), R.project("Q", tax: 90), R.project("R", tax: 80)], relief: relief)
  }

  /// Two projects P (tax 100) and Q (tax 90), 100 tce each, quota 150.
  static func twoProjects(cost: Double, required: [String] = [], relief energy: Double = 60) -> LandCase {
    let option = QuotaRelief.Option(
      projectID: "Q", parkID: "K", label: "green_50", energyReliefTce: energy, carbonReliefTonnes: 0,
      objectiveCostWan: cost, uses: [.init(resource: "green_land_mu", amount: 5)],
      figures: [.init(key: "pv_ground_mw", zhName: "地面光伏(MW)", value: 3)])
    return LandCase(
      parks: [R.park(energy: 150)],
      parcels: ["A", "B"].map { Parcel(id: $0, parkID: "K", areaMu: 20, zoning: "M1") },
      projects: [R.project("P", tax: 100), R.project("Q", tax: 90)],
      relief: QuotaRelief(options: [option], requiredProjectIDs: required))
  }

  /// Without relief only P fits (100 of 150 tce; objective 100). Q's option
  /// takes 60 tce off: 200 − 60 = 140 ≤ 150, objective 100 + 90 − 10 = 180.
  @Test func aProjectFitsOnlyWithRelief() throws {
    var c = Self.twoProjects(cost: 10)
    let plan = try StandardLandPlanner(c).plan()
    #expect(plan.objective == 180)
    #expect(plan.assignments.count == 2)
    #expect(plan.assignments.first { $0.projectID == "Q" }?.relief?.label == "green_50")
    #expect(plan.assignments.first { $0.projectID == "P" }?.relief == nil)
    let park = try #require(plan.parks.first)
    #expect(park.energyUsedTce == 200 && park.energyReliefTce == 60 && park.energyAfterReliefTce == 140)
    #expect(plan.reliefChosen == [true])
    c.relief = nil
    #expect(try StandardLandPlanner(c).plan().objective == 100)
  }

  /// At a cost of 95, Q with relief adds 90 − 95 < 0: the plan keeps P alone
  /// (100). Forced in, Q goes with its option (100 + 90 − 95 = 95 beats Q
  /// instead of P, 90): it costs 5.
  @Test func tooCostlyReliefIsNotBought() throws {
    let plan = try StandardLandPlanner(Self.twoProjects(cost: 95)).plan()
    #expect(plan.objective == 100)
    #expect(plan.assignments.map(\.projectID) == ["P"])
    #expect(plan.reliefChosen == [false])
    guard case .lostToCompetition(let c) = try #require(plan.unplaced.first).reason else {
      Issue.record("expected lost to competition"); return
    }
    #expect(c.costToPlace == 5 && c.forcedReliefLabel == "green_50" && c.reliefLabels == ["green_50"])
    let text = ReasonText(.en).relief(c, name: "green_power", zhName: "绿电")
    #expect(text == "forced in, placed with green power (option green_50)")
  }

  /// Q required to use relief: same optimum as above (180), with the option.
  /// P required, with no option anywhere: P cannot be placed; Q alone
  /// without relief (90 < 150 tce) gives 90.
  @Test func requiredProjects() throws {
    let q = try StandardLandPlanner(Self.twoProjects(cost: 10, required: ["Q"])).plan()
    #expect(q.objective == 180 && q.reliefChosen == [true])
    let p = try StandardLandPlanner(Self.twoProjects(cost: 10, required: ["P"])).plan()
    #expect(p.objective == 90)
    #expect(p.assignments.map(\.projectID) == ["Q"] && p.reliefChosen == [false])
  }

  /// Q and R can each take 100 tce off for 10, using 30 mu of green land;
  /// park K has 40 mu: room for one option.
  static func greenLandLimited() -> QuotaRelief {
    let options = ["Q", "R"].map {
      QuotaRelief.Option(projectID: $0, parkID: "K", label: "g", energyReliefTce: 100, carbonReliefTonnes: 0,
                         objectiveCostWan: 10, uses: [.init(resource: "green_land_mu", amount: 30)])
    }
    return QuotaRelief(options: options, limits: [.init(parkID: "K", resource: "green_land_mu", amount: 40)])
  }

  /// Quota 100: one project without relief. Q and R can each take 100 tce
  /// off for 10, using 30 mu of green land; the park has 40: one option.
  /// Best: P + Q with relief = 100 + 90 − 10 = 180. Raising the green land
  /// by 20 (30 + 30 − 40) lets R in too: 250, worth 70 / 20 = 3.5 per mu.
  @Test func aReliefLimitBinds() throws {
    let plan = try StandardLandPlanner(Self.threeProjects(quota: 100, relief: Self.greenLandLimited())).plan()
    #expect(plan.objective == 180)
    #expect(Set(plan.assignments.map(\.projectID)) == ["P", "Q"])
    #expect(plan.reliefChosen == [true, false])
    #expect(plan.parks.first?.reliefUses == [ReliefUse(resource: "green_land_mu", used: 30, limit: 40)])
    let value = try #require(plan.reliefLimitValues.first)
    #expect(value.resource == "green_land_mu" && value.step == 20 && value.objectiveGain == 70 && value.valuePerUnit == 3.5)
    let rows = PlanTables(plan).limitValues
    #expect(rows.contains { $0.prefix(2) == ["K", "relief_limit[green_land_mu]"] })
  }

  /// Relief variables come after every pair and in_park variable; the
  /// rows are named as in Models/standard_land.mod.
  @Test func variablesAndRows() {
    let c = Self.twoProjects(cost: 10)
    let f = StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
    #expect(f.reliefChoices.count == 1)
    #expect(f.reliefChoices[0].variable.index == f.model.variableCount - 1)
    #expect(f.model.name(of: f.reliefChoices[0].variable) == "relief[Q,K,green_50]")
    #expect(f.model.objectiveCoefficient(of: f.reliefChoices[0].variable) == -10)
    let names = f.model.constraints.compactMap { f.model.name(of: $0) }
    #expect(names.contains("relief_once[Q,K]"))
    let energy = f.model.expression(of: f.parkRows[.energyQuota]!["K"]!)
    let reliefCoefficient = zip(energy.variables, energy.coefficients).first { Int($0.0) == f.reliefChoices[0].variable.index }?.1
    #expect(reliefCoefficient == -60)
  }

  /// Options of a project in a park where it has no eligible parcel are
  /// dropped; without relief, or with none usable, the MPS text is the one
  /// of the case without relief.
  @Test func noUsableReliefLeavesTheModelUnchanged() throws {
    var c = MathProgEquivalenceTests.randomCase(seed: 2)
    let pairs = EligibilityChecker(c).eligiblePairs()
    let before = try Self.mps(StandardLandModel(c, pairs: pairs).model)
    let eligible = Set(pairs.map { [c.projects[$0.project].id, c.parcels[$0.parcel].parkID] })
    let ineligible = try #require(c.projects.flatMap { j in c.parks.map { [j.id, $0.id] } }.first { !eligible.contains($0) })
    c.relief = QuotaRelief(options: [
      .init(projectID: ineligible[0], parkID: ineligible[1], label: "g", energyReliefTce: 10, carbonReliefTonnes: 0,
            objectiveCostWan: 1)
    ])
    let after = StandardLandModel(c, pairs: pairs)
    #expect(after.reliefChoices.isEmpty)
    #expect(try Self.mps(after.model) == before)
    c.relief = QuotaRelief(options: [])
    #expect(try Self.mps(StandardLandModel(c, pairs: pairs).model) == before)
  }

  static func mps(_ model: LinearModel) throws -> String {
    let path = Scratch.path("relief", suffix: ".mps").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try model.write(to: path, format: .freeMPS)
    return try String(contentsOfFile: path, encoding: .utf8)
  }
}
