import Foundation
import Testing
@testable import BenefitEvaluation
import ParkOptTestSupport

/// DEA cases whose answers are known by hand, and GLPK's own dea.mod.
struct DEATests {
  /// One input, one output: CCR efficiency = (y/x) ÷ best y/x = 0.5, 1, 0.5, 0.8.
  static let single = DEAProblem(
    units: ["A", "B", "C", "D"], inputNames: ["x"], outputNames: ["y"],
    inputs: [[2], [3], [4], [5]], outputs: [[1], [3], [2], [4]])

  @Test func ccrSingleInputSingleOutput() throws {
    let r = try DEASolver(problem: Self.single).solve()
    let expected = [0.5, 1, 0.5, 0.8]
    for (result, e) in zip(r, expected) { #expect(abs(result.efficiency - e) < 1e-9, "\(result.unit)") }
    // A's peer is B with λ = y_A / y_B = 1/3; B's super-efficiency = 1 / 0.8 = 1.25.
    #expect(r[0].peers.map(\.unit) == ["B"])
    #expect(abs((r[0].peers.first?.lambda ?? 0) - 1.0 / 3) < 1e-9)
    #expect(abs((r[1].superEfficiency ?? 0) - 1.25) < 1e-9)
  }

  @Test func outputOrientedCCREqualsInputOriented() throws {
    var p = Self.single
    p.orientation = .output
    let r = try DEASolver(problem: p).solve()
    let expected = [0.5, 1, 0.5, 0.8]
    for (result, e) in zip(r, expected) { #expect(abs(result.efficiency - e) < 1e-9, "\(result.unit)") }
    #expect(abs(r[0].radial - 2) < 1e-9)  // φ = 2
  }

  @Test func bccSingleInputSingleOutput() throws {
    var p = Self.single
    p.returnsToScale = .bcc
    let r = try DEASolver(problem: p).solve()
    // Frontier A(2,1)–B(3,3)–D(5,4); C(4,2) needs ½A + ½B: x = 2.5, θ = 2.5/4.
    let expected = [1, 1, 0.625, 1]
    for (result, e) in zip(r, expected) { #expect(abs(result.efficiency - e) < 1e-9, "\(result.unit)") }
    #expect(r[2].peers.map(\.unit) == ["A", "B"])
    #expect(r[2].peers.map(\.lambda).allSatisfy { abs($0 - 0.5) < 1e-9 })
    // Without A the cheapest way to y ≥ 1 is B (x = 3): θ = 3/2. Without D
    // no unit reaches y ≥ 4 under Σλ = 1: super-efficiency LP infeasible.
    #expect(abs((r[0].superEfficiency ?? 0) - 1.5) < 1e-9)
    #expect(r[3].superEfficiency == nil)
  }

  /// Two inputs, one output (Cooper, Seiford & Tone, example 3.2): A = 6/7
  /// (peers D, E), B = 12/19 (peers C, D), F radially efficient but with an
  /// input-1 slack of 2 against C.
  @Test func twoInputsWithSlacks() throws {
    let p = DEAProblem(
      units: ["A", "B", "C", "D", "E", "F"], inputNames: ["x1", "x2"], outputNames: ["y"],
      inputs: [[4, 3], [7, 3], [8, 1], [4, 2], [2, 4], [10, 1]], outputs: Array(repeating: [1], count: 6))
    let r = try DEASolver(problem: p).solve()
    #expect(abs(r[0].efficiency - 6.0 / 7) < 1e-9)
    #expect(r[0].peers.map(\.unit) == ["D", "E"])
    #expect(abs(r[1].efficiency - 12.0 / 19) < 1e-9)
    #expect(r[1].peers.map(\.unit) == ["C", "D"])
    #expect(abs(r[5].efficiency - 1) < 1e-9)
    #expect(abs(r[5].inputSlacks[0] - 2) < 1e-9 && r[5].inputSlacks[1] == 0)
    #expect(!r[5].isStronglyEfficient && r[2].isStronglyEfficient)
  }

  /// The same units in wildly different units of measure (inputs × 10⁶ and
  /// × 10⁻⁴, output × 10⁵): efficiencies, peers and λ do not change, slacks
  /// scale with their column.
  @Test func largeSpreadsBetweenColumns() throws {
    let p = DEAProblem(
      units: ["A", "B", "C", "D", "E", "F"], inputNames: ["x1", "x2"], outputNames: ["y"],
      inputs: [[4e6, 3e-4], [7e6, 3e-4], [8e6, 1e-4], [4e6, 2e-4], [2e6, 4e-4], [10e6, 1e-4]],
      outputs: Array(repeating: [1e5], count: 6))
    let r = try DEASolver(problem: p).solve()
    let expected = [6.0 / 7, 12.0 / 19, 1, 1, 1, 1]
    for (result, e) in zip(r, expected) { #expect(abs(result.efficiency - e) < 1e-9, "\(result.unit)") }
    #expect(r[0].peers.map(\.unit) == ["D", "E"])
    #expect(abs(r[5].inputSlacks[0] - 2e6) < 1e-3 && r[5].inputSlacks[1] == 0)
    for u in r where u.efficiency < 1 - 1e-9 { #expect(u.superEfficiency == u.efficiency, "\(u.unit)") }
    // C (8, 1) without itself: min θ = max(x₁/8, x₂/1) over mixes with
    // Σλ = 1; F alone gives 1.25, D alone 2, λ_F = 6/7 with D gives
    // (64/7, 8/7) ÷ (8, 1) = 8/7 on both inputs (E with F: 1.1875).
    #expect(abs((r[2].superEfficiency ?? 0) - 8.0 / 7) < 1e-9)
  }

  /// Results are the same whatever the number of threads (units are solved
  /// in fixed runs).
  @Test func sameResultsOnAnyNumberOfThreads() throws {
    let fixture = try DEAReferenceFixture.load()
    let count = 2 * DEASolver.blockSize + 1
    var problem = fixture.problem(.ccr)
    problem.units = Array(problem.units.prefix(count))
    problem.inputs = Array(problem.inputs.prefix(count))
    problem.outputs = Array(problem.outputs.prefix(count))
    var one = DEASolver(problem: problem, superEfficiency: false)
    one.threads = 1
    var three = one
    three.threads = 3
    #expect(try one.solve() == three.solve())
  }

  @Test func rejectsUnitWithoutOutput() {
    let p = DEAProblem(units: ["A"], inputNames: ["x"], outputNames: ["y"], inputs: [[1]], outputs: [[0]])
    #expect(throws: EvaluationError.self) { try DEASolver(problem: p).solve() }
  }

  static let deaMod = "/usr/share/doc/glpk-utils/examples/dea.mod"

  /// GLPK's example dea.mod (BCC, input-oriented) solved by glpsol, against ours on its data.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: deaMod) && ExternalSolvers.glpsol != nil,
                 "needs glpk-utils (glpsol and its examples/dea.mod)"))
  func matchesGLPKExampleDeaMod() throws {
    let path = Self.deaMod
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let inputs = Self.table(text, after: "param input_data default")
    let outputs = Self.table(text, after: "param output_data default")
    let units = inputs.map(\.0)
    #expect(units.count == 69 && outputs.map(\.0) == units)
    let problem = DEAProblem(
      units: units, inputNames: ["AvgInventory", "LaborCost", "OperatingCost", "Population"],
      outputNames: ["PrescrVol", "kDollarValue"], inputs: inputs.map(\.1), outputs: outputs.map(\.1),
      returnsToScale: .bcc, orientation: .input)
    let ours = try DEASolver(problem: problem, superEfficiency: false).solve()

    let glpsol = try ExternalProgram.run(try #require(ExternalSolvers.glpsol), ["-m", path], standardError: .discarded)
    #expect(glpsol.status == 0)
    var reference: [String: Double] = [:]
    for line in glpsol.text.split(separator: "\n") {
      let parts = line.split(separator: "\t")
      if parts.count == 2, let value = Double(parts[1]) { reference[String(parts[0])] = value }
    }
    #expect(reference.count == 69)
    for r in ours {
      let g = try #require(reference[r.unit])
      #expect(abs(r.efficiency - g) <= 5.1e-5, "DMU \(r.unit): \(r.efficiency) vs glpsol \(g)")
    }
  }

  /// Rows `name v1 v2 …` after the `param` line and its header, up to `;`.
  static func table(_ text: String, after marker: String) -> [(String, [Double])] {
    guard let start = text.range(of: marker) else { return [] }
    var rows: [(String, [Double])] = []
    var pastHeader = false
    for line in text[start.upperBound...].split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix(";") { break }
      if !pastHeader { if trimmed.hasSuffix(":=") { pastHeader = true }; continue }
      let cells = trimmed.split(separator: " ")
      guard let name = cells.first else { continue }
      rows.append((String(name), cells.dropFirst().compactMap { Double($0) }))
    }
    return rows
  }
}
