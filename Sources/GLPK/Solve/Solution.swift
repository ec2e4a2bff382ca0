/// The outcome of a solve: why it stopped, what point exists, and the values.
///
/// Values are indexed like the model's variables and constraints. For a MIP,
/// ``duals`` and ``reducedCosts`` are nil unless ``SolveOptions/mipDuals``
/// was set, in which case they belong to the LP with the integer variables
/// fixed at their solution values.
public struct Solution: Sendable {
  /// Which GLPK algorithm produced the values.
  public enum Algorithm: String, Sendable, Codable {
    case simplex, interiorPoint = "interior", exact, branchAndCut = "mip"
  }

  /// Why the solver stopped.
  public var termination: TerminationReason
  /// What primal point exists.
  public var primalStatus: SolutionStatus
  /// What dual point exists.
  public var dualStatus: SolutionStatus
  /// The objective value at the primal point (constant included).
  public var objectiveValue: Double?
  /// For a MIP: the best proven bound on the optimum.
  public var bestBound: Double?
  /// For a MIP: `|objective − bound| / (|objective| + ε)`.
  public var relativeGap: Double?
  /// Primal values, one per variable (empty when there is no point).
  public var values: [Double]
  /// Row activities `Σ a·x`, one per constraint (empty when no point).
  public var activities: [Double]
  /// Row duals (shadow prices), one per constraint; nil when unavailable.
  public var duals: [Double]?
  /// Reduced costs, one per variable; nil when unavailable.
  public var reducedCosts: [Double]?
  /// The final simplex basis, for warm starts; nil when none.
  public var basis: Basis?
  /// Sensitivity ranges, when requested and the LP is optimal.
  public var sensitivity: SensitivityReport?
  /// The algorithm that produced the values.
  public var algorithm: Algorithm
  /// Simplex iterations (all LP solves of the call).
  public var iterations: Int
  /// Branch-and-cut nodes (0 for an LP).
  public var nodes: Int
  /// Wall-clock seconds spent in GLPK's solvers.
  public var solveSeconds: Double
  /// GLPK's raw return code and status, for diagnosis.
  public var rawReturnCode: Int32
  public var rawStatus: Int32
  /// GLPK's terminal output during the solve.
  public var log: String
  /// True when ``SolveOptions/mipStart`` passed its check and was used: GLPK
  /// took it as an incumbent, or the search stopped before it could and the
  /// start is the point returned.
  public var mipStartUsed = false

  /// True when the solver proved optimality.
  public var isOptimal: Bool { termination == .optimal }
  /// True when ``values`` holds a feasible point.
  public var hasFeasiblePoint: Bool { primalStatus == .feasiblePoint }

  /// The value of `variable` (0 when there is no point).
  public subscript(_ variable: Variable) -> Double {
    values.isEmpty ? 0 : values[variable.index]
  }
  /// The value of an expression at the primal point.
  public func value(of expression: LinearExpression) -> Double {
    values.isEmpty ? expression.constant : expression.evaluate(values)
  }
  /// The activity of `constraint` (0 when there is no point).
  public func activity(_ constraint: Constraint) -> Double {
    activities.isEmpty ? 0 : activities[constraint.index]
  }
  /// The dual value of `constraint`, when available.
  public func dual(_ constraint: Constraint) -> Double? { duals?[constraint.index] }
  /// The reduced cost of `variable`, when available.
  public func reducedCost(_ variable: Variable) -> Double? { reducedCosts?[variable.index] }
}
