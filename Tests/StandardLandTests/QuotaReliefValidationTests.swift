import Testing
@testable import GLPK
@testable import StandardLand

/// The relief is checked on entry: each bad input a clear error.
@Suite struct QuotaReliefValidationTests {
  static func option(_ project: String = "Q", park: String = "K", label: String = "g", energy: Double = 60,
                     carbon: Double = 0, cost: Double = 10, use: Double = 5) -> QuotaRelief.Option {
    QuotaRelief.Option(projectID: project, parkID: park, label: label, energyReliefTce: energy,
                       carbonReliefTonnes: carbon, objectiveCostWan: cost, uses: [.init(resource: "land", amount: use)])
  }

  static func check(_ options: [QuotaRelief.Option], limits: [QuotaRelief.Limit] = [], required: [String] = [])
    -> QuotaReliefError?
  {
    var c = StandardLandModelReliefTests.twoProjects(cost: 10)
    c.relief = QuotaRelief(options: options, limits: limits, requiredProjectIDs: required)
    do { try c.relief?.validate(for: c) } catch { return error }
    return nil
  }

  @Test func aValidReliefPasses() {
    #expect(Self.check([Self.option(), Self.option(label: "h", energy: 100)]) == nil)
  }

  /// Q uses 100 tce: relieving 100.5 is more than it uses.
  @Test func reliefNeverExceedsTheProjectsOwnEnergy() throws {
    #expect(Self.check([Self.option(energy: 100.5)])
      == .aboveProject(project: "Q", park: "K", label: "g", field: "energy_relief_tce", relief: 100.5, own: 100))
    // Q's carbon is 0 t.
    #expect(Self.check([Self.option(carbon: 1)])
      == .aboveProject(project: "Q", park: "K", label: "g", field: "carbon_relief_t", relief: 1, own: 0))
    // The planner refuses it too, with the same sentence.
    var c = StandardLandModelReliefTests.twoProjects(cost: 10, relief: 100.5)
    #expect(throws: GLPKError.self) { try StandardLandPlanner(c).plan() }
    #expect(throws: QuotaReliefError.self) { try StandardLandPlanner(validating: c) }
    c.relief = nil
    #expect(throws: Never.self) { try StandardLandPlanner(validating: c) }
  }

  @Test func badInputs() {
    #expect(Self.check([Self.option("X")]) == .unknownProject("X"))
    #expect(Self.check([Self.option(park: "Z")]) == .unknownPark("Z"))
    #expect(Self.check([Self.option(), Self.option()]) == .duplicateLabel(project: "Q", park: "K", label: "g"))
    #expect(Self.check([Self.option(energy: -1)]) == .negative(what: "option Q/K/g", field: "energy_relief_tce", value: -1))
    #expect(Self.check([Self.option(use: -2)]) == .negative(what: "option Q/K/g", field: "use land", value: -2))
    #expect(Self.check([Self.option(cost: .nan)])
      == .notFinite(project: "Q", park: "K", label: "g", field: "objective_cost_wan"))
    #expect(Self.check([Self.option(energy: .infinity)])
      == .notFinite(project: "Q", park: "K", label: "g", field: "energy_relief_tce"))
    #expect(Self.check([], limits: [.init(parkID: "Z", resource: "land", amount: 1)]) == .unknownPark("Z"))
    #expect(Self.check([], limits: [.init(parkID: "K", resource: "land", amount: -1)])
      == .negative(what: "limit K/land", field: "amount", value: -1))
    #expect(Self.check([], required: ["nobody"]) == .unknownProject("nobody"))
    #expect(QuotaReliefError.unknownProject("X").description == "quota relief: unknown project 'X'")
  }
}
