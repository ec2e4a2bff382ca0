/// Sensitivity ranges of an optimal LP (GLPK's `glp_analyze_bound` and
/// `glp_analyze_coef`). Unlimited ends are ±infinity.
public struct SensitivityReport: Sendable, Equatable {
  /// For a variable: the objective coefficients over which the current basis
  /// stays optimal, and for a non-basic variable the values its active bound
  /// can take while the basis stays primal feasible.
  public struct VariableRange: Sendable, Equatable {
    public var objectiveCoefficient: ClosedRange<Double>
    public var activeBound: ClosedRange<Double>?
  }
  /// For a binding constraint: the right-hand-side values over which its
  /// dual stays valid; nil when the constraint is not binding.
  public struct ConstraintRange: Sendable, Equatable {
    public var rightHandSide: ClosedRange<Double>?
  }

  /// One per variable.
  public var variables: [VariableRange]
  /// One per constraint.
  public var constraints: [ConstraintRange]

  /// The range for `variable`.
  public subscript(_ variable: Variable) -> VariableRange { variables[variable.index] }
  /// The range for `constraint`.
  public subscript(_ constraint: Constraint) -> ConstraintRange { constraints[constraint.index] }
}
