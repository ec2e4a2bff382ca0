/// Units (parks or firms) with inputs and outputs, and the DEA model chosen.
public struct DEAProblem: Sendable, Equatable {
  /// Returns to scale: CCR (constant) or BCC (variable, Σλ = 1).
  public enum ReturnsToScale: String, Sendable, Codable, CaseIterable { case ccr, bcc }
  /// Input-oriented (shrink inputs by θ) or output-oriented (expand outputs by φ).
  public enum Orientation: String, Sendable, Codable, CaseIterable { case input, output }

  public var units: [String]
  public var inputNames: [String]
  public var outputNames: [String]
  /// `inputs[j][i]`: input i of unit j.
  public var inputs: [[Double]]
  /// `outputs[j][r]`: output r of unit j.
  public var outputs: [[Double]]
  public var returnsToScale: ReturnsToScale
  public var orientation: Orientation

  public init(
    units: [String], inputNames: [String], outputNames: [String], inputs: [[Double]], outputs: [[Double]],
    returnsToScale: ReturnsToScale = .ccr, orientation: Orientation = .input
  ) {
    self.units = units; self.inputNames = inputNames; self.outputNames = outputNames
    self.inputs = inputs; self.outputs = outputs
    self.returnsToScale = returnsToScale; self.orientation = orientation
  }
}

/// One unit's DEA result.
public struct DEAResult: Sendable, Equatable {
  public var unit: String
  /// θ ≤ 1 (input-oriented) or 1/φ ≤ 1 (output-oriented); 1 = on the frontier.
  public var efficiency: Double
  /// θ or φ as solved.
  public var radial: Double
  /// Input slacks s⁻ (second phase, max Σ slacks with θ fixed).
  public var inputSlacks: [Double]
  /// Output slacks s⁺.
  public var outputSlacks: [Double]
  /// Peers (units with λ > 0) and their λ, sorted by unit order.
  public var peers: [(unit: String, lambda: Double)]
  /// Super-efficiency (unit excluded from its own frontier); nil when that LP is infeasible.
  public var superEfficiency: Double?
  /// Efficient in the Pareto–Koopmans sense: efficiency within 10⁻⁷ of 1
  /// and every slack at most ``slackTolerance`` × the unit's own figure in
  /// that column (× the column's largest figure when the unit's own is 0).
  public var isStronglyEfficient: Bool

  /// A slack counts as 0 for ``isStronglyEfficient`` up to this share of
  /// the unit's own figure: the LP is checked to 10⁻⁹ of it, and a share of
  /// the figure (not a fixed amount) treats a unit of 10⁹ 万元 like one of 10.
  public static let slackTolerance = 1e-6

  public static func == (a: DEAResult, b: DEAResult) -> Bool {
    a.unit == b.unit && a.efficiency == b.efficiency && a.inputSlacks == b.inputSlacks
      && a.outputSlacks == b.outputSlacks && a.superEfficiency == b.superEfficiency
      && a.isStronglyEfficient == b.isStronglyEfficient
      && a.peers.map(\.unit) == b.peers.map(\.unit) && a.peers.map(\.lambda) == b.peers.map(\.lambda)
  }
}
