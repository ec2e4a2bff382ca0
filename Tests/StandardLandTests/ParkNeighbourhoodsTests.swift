import Testing
@testable import GLPK
@testable import StandardLand

/// Re-deciding a few parks at a time keeps a plan a plan, never makes it
/// worse, and only moves what the group of parks holds.
@Suite struct ParkNeighbourhoodsTests {
  static func formulation(seed: UInt64) -> StandardLandModel {
    var c = MathProgEquivalenceTests.randomCase(seed: seed)
    c.projects[0].mustPlace = false  // the greedy plan does not promise must-place
    c.scenario.objective.landCost = 0.5
    return StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
  }

  @Test func groupsAreDistinctSortedAndOfTheSizeAsked() {
    let f = Self.formulation(seed: 3)
    let search = ParkNeighbourhoods(formulation: f, variableCount: f.model.variableCount)
    let pairs = search.groupsOfParks(size: 2)
    #expect(!pairs.isEmpty)
    #expect(pairs.allSatisfy { $0.count == 2 && $0[0] < $0[1] })
    #expect(Set(pairs).count == pairs.count)
    #expect(search.groupsOfParks(size: 3) == [[0, 1, 2]])  // three parks in these cases
    #expect(search.groupsOfParks(size: 4).isEmpty)
  }

  /// A group's node cap: the large one on a large model, with or without
  /// relief options (SearchSettings.largeGroupNodeLimit).
  @Test func groupNodeCapDependsOnSize() {
    var large = SearchSettings.standard
    large.largeFromParcelChoices = 1
    large.groupNodeLimit = 7
    large.largeGroupNodeLimit = 11
    func cap(_ f: StandardLandModel, _ settings: SearchSettings) -> Int {
      ParkFirstSearch(
        formulation: f, options: SolveOptions(), settings: settings, ledger: SearchLedger(nodes: nil), progress: nil
      ).groupNodeLimit
    }
    let plain = Self.formulation(seed: 3)
    #expect(!plain.parcelChoices.isEmpty)
    let c = ParkFirstSearchReliefTests.randomCase(seed: 1)
    let relief = StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs())
    #expect(!relief.reliefChoices.isEmpty && !relief.parcelChoices.isEmpty)
    var small = large
    small.largeFromParcelChoices = Int.max
    #expect(cap(plain, large) == 11)
    #expect(cap(plain, small) == 7)
    #expect(cap(relief, large) == 11)
    #expect(cap(relief, small) == 7)
  }

  /// A bound the plan already meets (within the gap) ends the search
  /// before any group; a bound it does not meet lets the groups improve it.
  @Test func groupsStopWhenThePlanIsProvenByTheBound() throws {
    var stopped = 0
    for seed in 1...10 as ClosedRange<UInt64> {
      let (greedy, improved) = try Self.improveGreedy(seed: seed)
      guard let start = greedy.objectiveValue, (improved.objectiveValue ?? 0) > start + 1e-6 else { continue }
      let (_, proven) = try Self.improveGreedy(seed: seed, bound: start)
      #expect(proven.objectiveValue == start, "seed \(seed)")
      let (_, open) = try Self.improveGreedy(seed: seed, bound: start + 1)
      #expect((open.objectiveValue ?? 0) > start + 1e-6, "seed \(seed)")
      stopped += 1
    }
    #expect(stopped > 0)
  }

  static func improveGreedy(seed: UInt64, bound: Double? = nil) throws -> (greedy: Solution, improved: Solution) {
    let f = Self.formulation(seed: seed)
    var options = SolveOptions()
    options.relativeMIPGap = 0
    let search = ParkFirstSearch(formulation: f, options: options)
    let greedy = try #require(Solution(feasiblePoint: GreedyPlan.values(f, model: f.model), of: f.model, termination: .timeLimit))
    var relaxation = f.model
    for x in f.parcelChoices { relaxation.setKind(x, .continuous) }
    let improved = try search.improveByGroupsOfParks(
      f.model, relaxation: relaxation, plan: greedy, until: Deadline(limit: nil), perGroup: 30,
      nodeCap: search.groupNodeLimit, bound: bound, Deadline(limit: nil))
    return (greedy, improved)
  }

  @Test(arguments: Array(1...10) as [UInt64])
  func improvedPlanIsAPlanNoWorseThanTheStartNorTheOptimum(_ seed: UInt64) throws {
    let f = Self.formulation(seed: seed)
    var options = SolveOptions()
    options.relativeMIPGap = 0
    let (greedy, improved) = try Self.improveGreedy(seed: seed)
    let optimum = try #require(try Solver(options: options).solve(f.model).objectiveValue)
    let value = try #require(improved.objectiveValue)
    #expect(f.model.infeasibility(of: improved.values) == nil, "seed \(seed)")
    #expect(improved.values.allSatisfy { $0 == 0 || $0 == 1 || abs($0 - $0.rounded()) <= 1e-9 })
    #expect(abs(f.model.objectiveValue(at: improved.values) - value) <= 1e-6 * max(1, abs(value)))
    #expect(value >= (greedy.objectiveValue ?? .infinity) - 1e-9, "seed \(seed)")
    #expect(value <= optimum + 1e-6 * max(1, abs(optimum)), "seed \(seed)")
  }

  /// Outside the group, every variable keeps the plan's value; a project
  /// placed outside the group cannot move into it.
  @Test func neighbourhoodFixesWhatLiesOutsideTheGroup() throws {
    let f = Self.formulation(seed: 5)
    let search = ParkNeighbourhoods(formulation: f, variableCount: f.model.variableCount)
    let plan = GreedyPlan.values(f, model: f.model)
    let sub = search.neighbourhood(f.model, of: plan, parks: [0, 1])
    var placedIn: [Int: Int] = [:]
    for y in f.parkChoices where plan[y.index] > 0.5 { placedIn[search.projectOfVariable[y.index]] = search.parkOfVariable[y.index] }
    #expect(placedIn.values.contains(2))  // the test needs a project placed outside the group
    for v in 0..<f.model.variableCount {
      let x = f.model.variables[v], park = search.parkOfVariable[v]
      if park == 2 {
        #expect(sub.lowerBound(of: x) == plan[v] && sub.upperBound(of: x) == plan[v])
      } else if placedIn[search.projectOfVariable[v]] == 2 {
        #expect(sub.upperBound(of: x) == 0)
      } else {
        #expect(sub.lowerBound(of: x) == 0 && sub.upperBound(of: x) == 1, "variable \(v) should stay free")
      }
    }
  }
}
