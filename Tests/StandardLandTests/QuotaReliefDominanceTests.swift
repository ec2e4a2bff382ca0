import Foundation
import Testing
@testable import GLPK
@testable import StandardLand

/// Redundant relief options (``QuotaRelief/redundantOptions()``): which are
/// left out, and that leaving them out keeps the optimum.
@Suite struct QuotaReliefDominanceTests {
  typealias R = PlannerRuleTests

  static func option(
    _ project: String, _ label: String, energy: Double, carbon: Double = 0, cost: Double, land: Double,
    park: String = "K"
  ) -> QuotaRelief.Option {
    QuotaRelief.Option(
      projectID: project, parkID: park, label: label, energyReliefTce: energy, carbonReliefTonnes: carbon,
      objectiveCostWan: cost, uses: [.init(resource: "green_land_mu", amount: land)])
  }

  /// Identical options (within 1e-7 relative): the first stays. Better in
  /// one figure and no worse in the others: it covers the other, whatever
  /// the order. A trade-off (more relief for more land): both stay.
  /// Another project's or park's option never covers.
  @Test func whichOptionsAreRedundant() {
    let relief = QuotaRelief(options: [
      Self.option("Q", "green_30", energy: 60, cost: -5, land: 4),
      Self.option("Q", "green_50", energy: 60 * (1 + 1e-9), cost: -5, land: 4),  // same as green_30
      Self.option("Q", "green_70", energy: 70, cost: -5, land: 4),  // covers both above
      Self.option("R", "green_30", energy: 50, cost: 3, land: 2),
      Self.option("R", "green_50", energy: 80, cost: 3, land: 5),  // more relief, more land: a trade-off
      Self.option("R", "green_70", energy: 80, cost: 4, land: 5),  // costlier than green_50
      Self.option("R", "green_30", energy: 90, cost: 0, land: 0, park: "L"),  // another park
    ])
    #expect(relief.redundantOptions() == [2, 2, nil, nil, nil, 4, nil])
  }

  /// Equal options in every figure: only the first is offered, and the
  /// MIP has one variable for the pair.
  @Test func identicalOptionsLeaveOneVariable() {
    var c = StandardLandModelReliefTests.twoProjects(cost: 10)
    guard let first = c.relief?.options.first else { Issue.record("no option"); return }
    var second = first
    second.label = "green_70"
    c.relief?.options.append(second)
    #expect(c.relief?.redundantOptions() == [nil, 0])
    let checker = EligibilityChecker(c)
    let formulation = StandardLandModel(c, pairs: checker.eligiblePairs())
    #expect(formulation.reliefChoices.map(\.option) == [0])
  }

  /// Random cases: the optimum with redundant options left out equals the
  /// optimum of the MIP that has every option (built by hand below, so the
  /// check does not go through the pruning it checks).
  @Test func leavingThemOutKeepsTheOptimum() throws {
    var rng = SplitMix(17)
    for round in 0..<20 {
      let projects = (0..<5).map { R.project("P\($0)", tax: Double(60 + 10 * $0)) }
      var options: [QuotaRelief.Option] = []
      for p in projects {
        for level in ["green_30", "green_50", "green_70"] {
          // Coarse values so that ties and dominance are frequent.
          let energy = Double(2 + Int(rng.next() % 4)) * 20
          let cost = Double(Int(rng.next() % 7) - 2) * 5
          let land = Double(1 + Int(rng.next() % 3)) * 5
          options.append(Self.option(p.id, level, energy: energy, cost: cost, land: land))
        }
      }
      let relief = QuotaRelief(options: options, limits: [.init(parkID: "K", resource: "green_land_mu", amount: 20)])
      let c = LandCase(
        parks: [R.park(energy: 250)],
        parcels: (0..<5).map { Parcel(id: "A\($0)", parkID: "K", areaMu: 20, zoning: "M1") },
        projects: projects, relief: relief)
      let pruned = try #require(try StandardLandPlanner(c).plan().objective)
      let every = try Self.everyOptionOptimum(c)
      #expect(abs(pruned - every) < 1e-6, "round \(round): \(pruned) vs \(every)")
    }
  }

  /// The optimum of `c` with a binary per option, whatever its redundancy:
  /// Σ tax·x − Σ cost·g, x_j on one parcel, g ≤ x per project, at most one
  /// option per project, energy 100·Σx − Σ relief·g ≤ quota, Σ land·g ≤ limit.
  static func everyOptionOptimum(_ c: LandCase) throws -> Double {
    var m = LinearModel()
    let relief = try #require(c.relief)
    let x = c.projects.map { m.addVariable($0.id, upperBound: 1, kind: .binary) }
    let g = relief.options.map { m.addVariable($0.label, upperBound: 1, kind: .binary) }
    var objective = LinearExpression()
    var energy = LinearExpression()
    var land = LinearExpression()
    for (j, p) in c.projects.enumerated() {
      objective.add(x[j], times: p.taxWan)
      energy.add(x[j], times: p.energyTce)
      var once = LinearExpression()
      for (o, option) in relief.options.enumerated() where option.projectID == p.id {
        once.add(g[o])
        objective.add(g[o], times: -option.objectiveCostWan)
        energy.add(g[o], times: -option.energyReliefTce)
        land.add(g[o], times: option.uses[0].amount)
      }
      once.add(x[j], times: -1)
      m.addConstraint(once <= 0)
    }
    m.addConstraint(energy <= c.parks[0].energyQuotaTce)
    m.addConstraint(land <= relief.limits[0].amount)
    m.setObjective(objective, sense: .maximize)
    var options = SolveOptions()
    options.relativeMIPGap = 0
    let solution = try Solver(options: options).solve(m)
    return try #require(solution.objectiveValue)
  }
}
