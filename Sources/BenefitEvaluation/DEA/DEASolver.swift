import GLPK

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

  /// Solves every unit, in order.
  public func solve() throws(EvaluationError) -> [DEAResult] {
    try validate()
    var lp = Envelopment(problem)
    var results: [DEAResult] = []
    results.reserveCapacity(problem.units.count)
    for o in problem.units.indices {
      results.append(try lp.solve(unit: o, superEfficiency: superEfficiency, peerTolerance: peerTolerance))
    }
    return results
  }
}
