import Testing
@testable import BenefitEvaluation

/// Column generation finds the references a restricted LP lacks, and its
/// certificate rejects a point that is not optimal.
struct ColumnGenerationTests {
  /// Cooper, Seiford & Tone, example 3.2 (A = 6/7 with peers D and E).
  static let problem = DEAProblem(
    units: ["A", "B", "C", "D", "E", "F"], inputNames: ["x1", "x2"], outputNames: ["y"],
    inputs: [[4, 3], [7, 3], [8, 1], [4, 2], [2, 4], [10, 1]], outputs: Array(repeating: [1], count: 6))

  static let generation = ColumnGeneration(
    lp: RestrictedEnvelopment(data: ScaledDEAData(problem), inputOriented: true, variableReturns: false))

  @Test func missingReferencesArePricedIn() throws {
    // A's LP over A alone gives θ = 1; pricing must bring in D and E.
    let solved = try #require(try Self.generation.solve(unit: 0, columns: [0], phase: .radial))
    #expect(abs(solved.point.objective - 6.0 / 7) < 1e-12)
    #expect(solved.joined.contains(3) && solved.joined.contains(4))
    #expect(solved.columns.prefix(1) == [0])
    #expect(Self.generation.certified(solved.point, unit: 0, columns: solved.columns, phase: .radial))
  }

  @Test func certificateRejectsAWrongPoint() throws {
    let solved = try #require(try Self.generation.solve(unit: 0, columns: [0], phase: .radial))
    var worse = solved.point
    worse.objective += 1e-6  // θ above what the duals prove
    #expect(!Self.generation.certified(worse, unit: 0, columns: solved.columns, phase: .radial))
    var infeasible = solved.point
    infeasible.lambdas = infeasible.lambdas.map { $0 * 0.999 }  // outputs no longer covered
    #expect(!Self.generation.certified(infeasible, unit: 0, columns: solved.columns, phase: .radial))
  }

  /// B's super-efficiency LP (λ_B = 0) started from no reference at all is
  /// infeasible, so it is widened to every other unit: 12/19, B's efficiency.
  @Test func superEfficiencyExcludesTheUnit() throws {
    let solved = try #require(try Self.generation.solve(unit: 1, columns: [], phase: .radial, excluding: 1))
    #expect(abs(solved.point.objective - 12.0 / 19) < 1e-12)
    #expect(!solved.columns.contains(1))
  }

  /// The exact (rational) fallback solves the same restricted LP to the same value.
  @Test func exactFallbackAgrees() throws {
    let lp = Self.generation.lp
    let columns = Array(0..<6)
    let simplex = try #require(try lp.solve(unit: 1, columns: columns, phase: .radial, exact: false))
    let exact = try #require(try lp.solve(unit: 1, columns: columns, phase: .radial, exact: true))
    #expect(abs(exact.objective - 12.0 / 19) < 1e-15 && abs(simplex.objective - exact.objective) < 1e-12)
    #expect(Self.generation.certified(exact, unit: 1, columns: columns, phase: .radial))
  }
}
