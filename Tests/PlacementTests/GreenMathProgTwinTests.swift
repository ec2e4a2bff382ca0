import Foundation
import GLPK
import StandardLand
import Testing

@testable import Placement
import ParkOptTestSupport

/// `Models/standard_land.mod` with green-power options, solved by the
/// glpsol program (a separate process, GLPK's own MathProg translator),
/// gives the Swift model's optimum on data written by
/// ``MathProgData/text(_:pairs:)`` — the file `--write-mathprog-data` writes.
@Suite struct GreenMathProgTwinTests {
  /// One park A with an energy quota of 250 tce and two 50-mu parcels; P1
  /// (200 tce, 1,000 MWh, continuous, tax 100) and P2 (100 tce, 800 MWh,
  /// two shifts, tax 80). Without green power only one fits (300 > 250):
  /// P1. With it, P1's option at 50 % relieves ≥ 500 MWh × 0.1229 =
  /// 61.45 tce, so both fit. Green options come from the real unit sizing
  /// LPs (every 14th day, synthetic Kunming-area resource).
  static func folder() -> GreenCaseFolder {
    var f = GreenCaseFolder()
    f.files = [
      "parks.csv": "id,energy_quota_tce,carbon_quota_t,new_land_quota_mu,primary_industries\nA,250,1500,200,tools\n",
      "parcels.csv": "id,park,area_mu,zoning,source\nA-1,A,50,M1,new\nA-2,A,50,M1,new\n",
      "projects.csv":
        "id,industry,min_area_mu,max_area_mu,investment_wan,revenue_wan,tax_wan,value_added_wan,energy_tce,carbon_t,zoning,electricity_mwh,load_shape,green_power\n"
        + "P1,tools,10,60,1000,2000,100,500,200,900,M1,1000,continuous,allowed\n"
        + "P2,tools,10,60,1000,2000,80,500,100,500,M1,800,two_shift,allowed\n",
      "green_parks.csv": "park,latitude,longitude,green_land_mu,roof_mu\nA,25.0,102.7,300,20\n",
      "scenario.yaml": "mip_gap: 0\nexplain_unplaced: false\nvalue_limits: false\n",
    ]
    return f
  }

  /// The hand case with its green options (sized now, no cache).
  static func greenCase() throws -> LandCase {
    let folder = folder()
    defer { folder.remove() }
    let path = try folder.write()
    var landCase = try LandCaseLoader.load(folder: path)
    let inputs = try #require(try GreenInputsLoader.load(folder: path, landCase: landCase))
    landCase.relief = try ReliefBuilder(inputs).build(landCase).relief
    return landCase
  }

  static let modelPath = RepositoryPaths.path("Models/standard_land.mod")

  /// glpsol's printed output for `data` on the model.
  static func runGlpsol(_ data: String) throws -> String {
    let dir = try Scratch.folder("green-twin")
    defer { try? FileManager.default.removeItem(at: dir) }
    let dat = dir.appendingPathComponent("case.dat").path
    try data.write(toFile: dat, atomically: true, encoding: .utf8)
    return try ExternalSolvers.glpsolOutput(model: modelPath, data: dat)
  }

  /// The value after `Total objective:` in glpsol's output.
  static func printedTotal(_ output: String) -> Double? {
    output.split(separator: "\n").first { $0.hasPrefix("Total objective:") }
      .flatMap { Double($0.dropFirst("Total objective:".count).trimmingCharacters(in: .whitespaces)) }
  }

  @Test(.enabled(if: ExternalSolvers.glpsol != nil, "glpsol (glpk-utils) is not installed"))
  func glpsolEqualsTheSwiftModelWithGreenOptions() throws {
    let landCase = try Self.greenCase()
    let relief = try #require(landCase.relief)
    // Both projects have options in A (3 levels each, the 70 % ones included).
    #expect(Set(relief.options.map(\.projectID)) == ["P1", "P2"])
    let pairs = EligibilityChecker(landCase).eligiblePairs()
    let data = MathProgData.text(landCase, pairs: pairs)
    #expect(data.contains("set RELIEF :=") && data.contains("param relief_use :="))

    let plan = try StandardLandPlanner(landCase).plan()
    let swift = try #require(plan.objective)
    #expect(plan.termination == .optimal)
    let branchAndCut = try #require(try Solver().solve(StandardLandModel(landCase, pairs: pairs).model).objectiveValue)
    #expect(abs(swift - branchAndCut) <= 1e-6 * max(1, abs(swift)))

    let output = try Self.runGlpsol(data)
    let printed = try #require(Self.printedTotal(output), "glpsol printed no total:\n\(output)")
    // glpsol prints 6 decimals.
    #expect(abs(printed - swift) <= 1e-6 * max(1, abs(swift)) + 5e-7, "glpsol \(printed) vs Swift \(swift)")

    // Green power places the project that does not fit without it: both
    // projects placed, P1 with an option, in glpsol's plan and in Swift's.
    #expect(plan.assignments.map(\.projectID).sorted() == ["P1", "P2"])
    let chosen = zip(relief.options, plan.reliefChosen).filter(\.1).map { "\($0.0.projectID) relief \($0.0.label) in \($0.0.parkID)" }
    #expect(chosen.contains { $0.hasPrefix("P1 relief") })
    let glpsolChosen = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { $0.contains(" relief ") }
    #expect(glpsolChosen.sorted() == chosen.sorted(), "glpsol chose \(glpsolChosen), Swift \(chosen)")
    #expect(output.contains("P1 -> ") && output.contains("P2 -> "))

    // Without the options: one project, and glpsol agrees on that case too.
    var without = landCase
    without.relief = nil
    let alone = try StandardLandPlanner(without).plan()
    #expect(alone.assignments.map(\.projectID) == ["P1"] && alone.objective == 100)
    let aloneData = MathProgData.text(without, pairs: pairs)
    #expect(!aloneData.contains("RELIEF"))
    #expect(Self.printedTotal(try Self.runGlpsol(aloneData)) == 100)
    // What green power buys here: P2's tax minus the premiums paid.
    let premiums = zip(relief.options, plan.reliefChosen).filter(\.1).map(\.0.objectiveCostWan).reduce(0, +)
    #expect(abs(swift - (180 - premiums)) <= 1e-9 * max(1, abs(swift)))
  }

  /// Examples/kunming with scenario-green.yaml: the MathProg twin, translated
  /// by GLPK from the data `--write-mathprog-data` writes, is the Swift model
  /// — the same columns and rows by name, the same coefficients, objective
  /// and LP-relaxation optimum. (glpsol does not prove the MIP's optimum on
  /// it within minutes: Benchmarks/PLACEMENT.md gives the gap-bounded
  /// comparison.) The unit LPs are sized on every 61st day (6 days) to keep
  /// the test short: the twin, not the sizing, is under test.
  @Test func kunmingGreenTwinIsTheSwiftModel() throws {
    let folder = URL(fileURLWithPath: Self.modelPath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Examples/kunming").path
    let scenario = folder + "/scenario-green.yaml"
    var landCase = try LandCaseLoader.load(folder: folder, scenarioPath: scenario)
    var inputs = try #require(try GreenInputsLoader.load(folder: folder, landCase: landCase, scenarioPath: scenario))
    inputs.settings.sampleEveryDays = 61
    landCase.relief = try ReliefBuilder(inputs).build(landCase).relief
    let relief = try #require(landCase.relief)
    let pairs = EligibilityChecker(landCase).eligiblePairs()
    var swift = StandardLandModel(landCase, pairs: pairs).model
    let path = Scratch.path("kunming-green", suffix: ".dat").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try MathProgData.text(landCase, pairs: pairs).write(toFile: path, atomically: true, encoding: .utf8)
    var twin = try MathProgProgram(modelPath: Self.modelPath, dataPaths: [path]).translate()

    // MathProg quotes symbolic subscripts ('AN'); its objective is a row too.
    func plain(_ name: String?) -> String { (name ?? "").replacingOccurrences(of: "'", with: "") }
    let swiftColumns = swift.variables.map { plain(swift.name(of: $0)) }
    let twinColumns = twin.variables.map { plain(twin.name(of: $0)) }
    #expect(Set(swiftColumns).count == swift.variableCount)
    #expect(Set(swiftColumns) == Set(twinColumns))
    // 351 options; the redundant ones (the same supply at several levels)
    // are in neither model.
    #expect(relief.options.count > 300)
    let offered = relief.redundantOptions().filter { $0 == nil }.count
    #expect(offered > 100 && offered < relief.options.count)
    #expect(offered == swiftColumns.filter { $0.hasPrefix("relief[") }.count)
    let twinColumn = Dictionary(uniqueKeysWithValues: twinColumns.enumerated().map { ($1, $0) })
    let twinRow = Dictionary(uniqueKeysWithValues: twin.constraints.map { (plain(twin.name(of: $0)), $0) })
    #expect(Set(swift.constraints.map { plain(swift.name(of: $0)) }) == Set(twinRow.keys).subtracting(["total"]))
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }
    var differing: [String] = []
    for row in swift.constraints {
      let name = plain(swift.name(of: row))
      guard let t = twinRow[name] else { continue }
      var theirs: [Int: Double] = [:]
      for (v, a) in zip(twin.expression(of: t).variables, twin.expression(of: t).coefficients) where a != 0 {
        theirs[Int(v), default: 0] += a
      }
      var ours: [Int: Double] = [:]
      let e = swift.expression(of: row)
      for (v, a) in zip(e.variables, e.coefficients) where a != 0 {
        ours[twinColumn[swiftColumns[Int(v)]] ?? -1, default: 0] += a
      }
      if Set(ours.keys) != Set(theirs.keys) || ours.contains(where: { !close($0.value, theirs[$0.key] ?? .nan) }) {
        differing.append(name)
      }
    }
    #expect(differing.isEmpty, "rows with other coefficients: \(differing.prefix(5))")
    let objectiveDiffers = swift.variables.filter { v in
      let t = twin.variables[twinColumn[swiftColumns[v.index]] ?? 0]
      return !close(swift.objectiveCoefficient(of: v), twin.objectiveCoefficient(of: t))
    }
    #expect(objectiveDiffers.isEmpty && swift.sense == twin.sense)

    swift.relaxIntegrality()
    twin.relaxIntegrality()
    let a = try #require(try Solver().solve(swift).objectiveValue)
    let b = try #require(try Solver().solve(twin).objectiveValue)
    #expect(close(a, b), "LP relaxation: Swift \(a), MathProg \(b)")
  }
}
