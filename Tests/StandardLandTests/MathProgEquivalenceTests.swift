import Foundation
import Testing
@testable import GLPK
@testable import StandardLand
import ParkOptTestSupport

/// The Swift formulation and Models/standard_land.mod (solved by GLPK's
/// MathProg translator, independent of the Swift model builder) give the
/// same optimum on the same data.
@Suite struct MathProgEquivalenceTests {
  static var modelPath: String { RepositoryPaths.path("Models/standard_land.mod") }

  /// A random case: parks with tight quotas, new and stock parcels, firms.
  static func randomCase(seed: UInt64) -> LandCase {
    var rng = SplitMix(seed)
    let industries = ["a", "b", "c", "d"]
    let parks = (0..<3).map { k in
      Park(id: "K\(k)", primaryIndustries: [industries[k]], potentialIndustries: [industries[(k + 1) % 4]],
           otherIndustries: k == 2 ? ["*"] : [], energyQuotaTce: rng.uniform(800, 2500),
           carbonQuotaTonnes: k == 1 ? rng.uniform(2000, 5000) : nil, newLandQuotaMu: rng.uniform(40, 150),
           stockLinkRatio: k == 0 ? 0.5 : 0, minLeadingShare: 0.6)
    }
    let parcels = (0..<14).map { p in
      Parcel(id: "P\(p)", parkID: "K\(p % 3)", areaMu: rng.uniform(15, 90).rounded(),
             zoning: p % 4 == 0 ? "M2" : "M1", source: p % 3 == 0 ? .stock : .new,
             landPriceWanPerMu: rng.uniform(10, 40))
    }
    let projects = (0..<12).map { j in
      Project(id: "J\(j)", industry: industries[j % 4], minAreaMu: 10, maxAreaMu: rng.uniform(40, 100),
              investmentWan: rng.uniform(3000, 20000), revenueWan: rng.uniform(2000, 9000),
              taxWan: rng.uniform(100, 900), valueAddedWan: rng.uniform(500, 2000), energyTce: rng.uniform(100, 900),
              carbonTonnes: rng.uniform(200, 2000), jobs: rng.uniform(20, 300).rounded(), zonings: ["M1", "M2"],
              mustPlace: j == 0)
    }
    var c = LandCase(
      parks: parks, parcels: parcels, projects: projects, standards: [Standard(minInvestmentIntensity: 80)],
      enterprises: [
        Enterprise(parkID: "K0", industry: "a", landMu: 100, revenueWan: 5000),
        Enterprise(parkID: "K0", industry: "c", landMu: 100, revenueWan: 4000),
        Enterprise(parkID: "K2", industry: "d", landMu: 50, revenueWan: 3000),
      ])
    c.scenario.objective.revenue = 0.1
    c.scenario.objective.jobs = 1
    c.scenario.objective.landCost = 0.05
    c.scenario.mipGap = 0
    return c
  }

  static func glpsolObjective(_ data: String) throws -> Double? {
    let dir = try Scratch.folder("sl")
    defer { try? FileManager.default.removeItem(at: dir) }
    let dat = dir.appendingPathComponent("case.dat").path
    try data.write(toFile: dat, atomically: true, encoding: .utf8)
    let result = try MathProgProgram(modelPath: modelPath, dataPaths: [dat]).solve()
    return result.solution.termination == .optimal ? result.solution.objectiveValue : nil
  }

  /// A random case under `rule`, with park K2 (the one park admitting
  /// industries that are not leading there) holding an existing firm of
  /// industry a: its firms' leading share is 25 % (3,000 of 12,000), far
  /// below the 60 % minimum, so that the two rules give different rows.
  static func randomCase(seed: UInt64, rule: LeadingShareRule) -> LandCase {
    var c = randomCase(seed: seed)
    c.enterprises.append(Enterprise(parkID: "K2", industry: "a", landMu: 1000, revenueWan: 9000))
    c.scenario.leadingShareRule = rule
    return c
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64], LeadingShareRule.allCases)
  func sameOptimumOnRandomCases(_ seed: UInt64, _ rule: LeadingShareRule) throws {
    let c = Self.randomCase(seed: seed, rule: rule)
    let pairs = EligibilityChecker(c).eligiblePairs()
    let swift = try Solver().solve(StandardLandModel(c, pairs: pairs).model)
    let reference = try Self.glpsolObjective(MathProgData.text(c, pairs: pairs))
    if swift.termination == .infeasible {
      #expect(reference == nil)
    } else {
      let a = try #require(swift.objectiveValue), b = try #require(reference)
      #expect(abs(a - b) <= 1e-9 * max(1, abs(b)), "seed \(seed), \(rule): swift \(a) vs mathprog \(b)")
    }
  }

  /// The two rules give different optima on some of the random cases, so
  /// the equivalence above covers both rows, not one row twice.
  @Test func theRulesChangeSomeOptimum() throws {
    var differ = 0
    for seed in 1...6 as ClosedRange<UInt64> {
      var objectives: [Double?] = []
      for rule in LeadingShareRule.allCases {
        let c = Self.randomCase(seed: seed, rule: rule)
        objectives.append(try Solver().solve(StandardLandModel(c, pairs: EligibilityChecker(c).eligiblePairs()).model).objectiveValue)
      }
      if objectives[0] != objectives[1] { differ += 1 }
    }
    #expect(differ > 0)
  }

  @Test(arguments: LeadingShareRule.allCases)
  func rowNamesMatchTheMathProgModel(_ rule: LeadingShareRule) throws {
    let c = Self.randomCase(seed: 3, rule: rule)
    let pairs = EligibilityChecker(c).eligiblePairs()
    let swiftRows = Set(StandardLandModel(c, pairs: pairs).model.constraints.compactMap {
      StandardLandModel(c, pairs: pairs).model.name(of: $0)
    })
    let dir = Scratch.path("sl", suffix: ".dat").path
    try MathProgData.text(c, pairs: pairs).write(toFile: dir, atomically: true, encoding: .utf8)
    let translated = try MathProgProgram(modelPath: Self.modelPath, dataPaths: [dir]).translate()
    // MathProg quotes symbolic subscripts ('K0'); the objective is a row too.
    let mathProgRows = Set(translated.constraints.compactMap { translated.name(of: $0) }
      .filter { $0 != "total" }.map { $0.replacingOccurrences(of: "'", with: "") })
    #expect(swiftRows == mathProgRows, "only Swift: \(swiftRows.subtracting(mathProgRows).sorted()), only MathProg: \(mathProgRows.subtracting(swiftRows).sorted())")
  }
}

/// SplitMix64: a small deterministic generator for test data.
struct SplitMix {
  var state: UInt64
  init(_ seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func uniform(_ a: Double, _ b: Double) -> Double {
    a + (b - a) * Double(next() >> 11) / Double(1 << 53)
  }
}
