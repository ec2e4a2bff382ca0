/// Why the solver stopped. What solution exists is reported separately by
/// ``Solution/primalStatus`` (a time-limited MIP may still have a feasible
/// point, and is never reported as optimal).
public enum TerminationReason: String, Sendable, Codable {
  /// A proven optimum was found.
  case optimal
  /// The model has no feasible solution.
  case infeasible
  /// The objective can improve without limit.
  case unbounded
  /// The model is infeasible or unbounded; GLPK could not tell which.
  case infeasibleOrUnbounded = "infeasible_or_unbounded"
  /// The time limit was reached.
  case timeLimit = "time_limit"
  /// A work limit was reached: simplex iterations or branch-and-cut nodes
  /// (``SolveOptions/nodeLimit``).
  case iterationLimit = "iteration_limit"
  /// Branch-and-cut stopped because the relative gap tolerance was reached.
  case gapLimit = "gap_limit"
  /// An objective limit was reached (dual simplex).
  case objectiveLimit = "objective_limit"
  /// The search was stopped on request.
  case interrupted
  /// GLPK ran into numerical trouble (singular or ill-conditioned basis,
  /// instability, no convergence).
  case numericalTrouble = "numerical_trouble"
  /// GLPK failed for another reason; see the solution's log.
  case otherError = "other_error"

  /// True when the solver stopped at a limit rather than with an answer.
  public var isLimit: Bool {
    switch self {
    case .timeLimit, .iterationLimit, .gapLimit, .objectiveLimit, .interrupted: return true
    default: return false
    }
  }
}

/// What kind of point a solution holds.
public enum SolutionStatus: String, Sendable, Codable {
  /// A point satisfying every constraint (for duals: dual feasible).
  case feasiblePoint = "feasible"
  /// A point, but not a feasible one.
  case infeasiblePoint = "infeasible"
  /// No point at all.
  case noSolution = "none"
}
