import Foundation
import ParkOptData

/// Solves DEA envelopment LPs on GLPK, one unit at a time, reusing one model.
///
/// Input-oriented: min θ s.t. Σⱼ λⱼ xᵢⱼ + sᵢ⁻ = θ xᵢₒ, Σⱼ λⱼ yᵣⱼ − sᵣ⁺ = yᵣₒ,
/// λ, s ≥ 0 (BCC adds Σ λⱼ = 1); then max Σ s with θ fixed. Output-oriented:
/// max φ s.t. Σ λⱼ xᵢⱼ + sᵢ⁻ = xᵢₒ, Σ λⱼ yᵣⱼ − sᵣ⁺ = φ yᵣₒ. Super-efficiency
/// solves again with λₒ = 0.
public struct DEASolver: Sendable {
  public var problem: DEAProblem
  /// Also compute super-efficiency (one more LP per unit).
  public var superEfficiency: Bool
  /// λ below this is not a peer.
  public var peerTolerance = 1e-9
  /// Threads solving runs of units at once (default: the processor count).
  public var threads = AvailableProcessors.count

  public init(problem: DEAProblem, superEfficiency: Bool = true) {
    self.problem = problem
    self.superEfficiency = superEfficiency
  }

  /// Checks the data: same widths, finite, non-negative, every unit with some input and output.
  public func validate() throws(EvaluationError) {
    let p = problem
    guard !p.units.isEmpty, !p.inputNames.isEmpty, !p.outputNames.isEmpty else {
      throw .badDEAData("needs at least one unit, one input and one output")
    }
    guard p.inputs.count == p.units.count, p.outputs.count == p.units.count else {
      throw .badDEAData("inputs and outputs must have one row per unit")
    }
    for (j, unit) in p.units.enumerated() {
      guard p.inputs[j].count == p.inputNames.count, p.outputs[j].count == p.outputNames.count else {
        throw .badDEAData("unit \(unit): wrong number of inputs or outputs")
      }
      guard (p.inputs[j] + p.outputs[j]).allSatisfy({ $0.isFinite && $0 >= 0 }) else {
        throw .badDEAData("unit \(unit): inputs and outputs must be finite and ≥ 0")
      }
      guard p.inputs[j].contains(where: { $0 > 0 }), p.outputs[j].contains(where: { $0 > 0 }) else {
        throw .badDEAData("unit \(unit): needs a positive input and a positive output")
      }
    }
  }

  /// Solves every unit, in order: units in fixed runs of ``blockSize``,
  /// runs on up to ``threads`` threads (the results do not depend on it).
  public func solve() throws(EvaluationError) -> [DEAResult] {
    try validate()
    let data = ScaledDEAData(problem)
    let lp = RestrictedEnvelopment(
      data: data, inputOriented: problem.orientation == .input, variableReturns: problem.returnsToScale == .bcc)
    let block = DEABlock(
      problem: problem, generation: ColumnGeneration(lp: lp), superEfficiency: superEfficiency,
      peerTolerance: peerTolerance, seeds: data.ratioLeaders())
    let n = problem.units.count, size = Self.blockSize
    let runs = (n + size - 1) / size
    let parts = try ParallelJobs(threads: threads).map(runs) { (k: Int) throws(EvaluationError) in
      try block.run(k * size..<min(n, (k + 1) * size))
    }
    return parts.flatMap { $0 }
  }

  /// Units per run. A constant, so the results are the same on any machine.
  static let blockSize = 500
}
