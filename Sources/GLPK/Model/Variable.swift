/// A decision variable of a ``LinearModel``: a position in the model, never a
/// GLPK column number.
///
/// Create variables with ``LinearModel/addVariable(_:lowerBound:upperBound:kind:)``
/// and combine them into ``LinearExpression``s with `+`, `-` and `*`.
public struct Variable: Hashable, Sendable {
  /// The variable's 0-based position in its model.
  public let index: Int

  /// Wraps a 0-based position; internal to the binding, so that a variable
  /// outside it comes from its model (``LinearModel/addVariable(_:lowerBound:upperBound:kind:)``,
  /// ``LinearModel/variables``) or a formulation's typed accessors, never
  /// from a forged index.
  init(index: Int) { self.index = index }
}

/// Whether a variable may take any value in its bounds or only integers.
public enum VariableKind: String, Sendable, Codable, CaseIterable {
  /// Any real value between the bounds.
  case continuous
  /// An integer between the bounds.
  case integer
  /// An integer in [0, 1]; its bounds are clipped to that range.
  case binary

  /// True for integer and binary variables.
  public var isInteger: Bool { self != .continuous }
}
