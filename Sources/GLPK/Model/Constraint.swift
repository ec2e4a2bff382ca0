/// A constraint of a ``LinearModel``: a position in the model, never a GLPK
/// row number.
public struct Constraint: Hashable, Sendable, Comparable {
  /// The constraint's 0-based position in its model.
  public let index: Int

  /// Wraps a 0-based position; use the model's `addConstraint` to create one.
  public init(index: Int) { self.index = index }

  public static func < (lhs: Constraint, rhs: Constraint) -> Bool { lhs.index < rhs.index }
}

/// A linear constraint `lower ≤ expression ≤ upper` before it is added to a
/// model. Built by `<=`, `>=` and `==` on expressions, or ``range(_:_:)``.
///
/// ```swift
/// let c = 3 * x + 2 * y <= 10
/// ```
/// The expression's constant is moved to the bounds when the constraint is
/// added, so `x + 5 <= 10` becomes `x ≤ 5`.
public struct LinearConstraint: Sendable {
  /// The constrained expression, including its constant.
  public var expression: LinearExpression
  /// The lower bound, `-infinity` for none.
  public var lower: Double
  /// The upper bound, `+infinity` for none.
  public var upper: Double

  /// A constraint `lower ≤ expression ≤ upper`.
  public init(_ expression: LinearExpression, lower: Double, upper: Double) {
    self.expression = expression
    self.lower = lower
    self.upper = upper
  }

  /// A ranged constraint `bounds.lowerBound ≤ expression ≤ bounds.upperBound`.
  public static func range(_ expression: LinearExpression, _ bounds: ClosedRange<Double>)
    -> LinearConstraint
  {
    LinearConstraint(expression, lower: bounds.lowerBound, upper: bounds.upperBound)
  }
}
