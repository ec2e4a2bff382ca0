/// A linear expression `Σ coefficient × variable + constant`.
///
/// Terms are kept in insertion order; a variable may appear more than once
/// (the terms are merged when the expression is added to a model or
/// evaluated). Build expressions with operators for readable models, or with
/// the in-place ``add(_:times:)`` accumulator in big loops, which avoids the
/// temporaries that `+` creates:
///
/// ```swift
/// var total = LinearExpression()
/// for (j, x) in xs.enumerated() { total.add(x, times: cost[j]) }
/// ```
public struct LinearExpression: Sendable {
  /// Variable indices of the terms, in insertion order.
  public private(set) var variables: [Int32]
  /// Coefficients of the terms, parallel to ``variables``.
  public private(set) var coefficients: [Double]
  /// The constant term.
  public var constant: Double

  /// The zero expression, with room for `capacity` terms.
  public init(constant: Double = 0, reservingCapacity capacity: Int = 0) {
    variables = []
    coefficients = []
    self.constant = constant
    if capacity > 0 {
      variables.reserveCapacity(capacity)
      coefficients.reserveCapacity(capacity)
    }
  }

  /// The expression `1 × variable`.
  public init(_ variable: Variable) {
    variables = [Int32(truncatingIfNeeded: variable.index)]
    coefficients = [1]
    constant = 0
  }

  /// An expression from parallel arrays of variables and coefficients.
  public init(variables: [Variable], coefficients: [Double], constant: Double = 0) {
    precondition(variables.count == coefficients.count, "variables and coefficients differ in length")
    self.variables = variables.map { Int32(truncatingIfNeeded: $0.index) }
    self.coefficients = coefficients
    self.constant = constant
  }

  /// The number of stored terms (before merging duplicates).
  public var termCount: Int { variables.count }

  /// Adds `coefficient × variable` in place.
  public mutating func add(_ variable: Variable, times coefficient: Double = 1) {
    variables.append(Int32(truncatingIfNeeded: variable.index))
    coefficients.append(coefficient)
  }

  /// Adds `factor × other` in place, constant included.
  public mutating func add(_ other: LinearExpression, times factor: Double = 1) {
    variables.append(contentsOf: other.variables)
    if factor == 1 {
      coefficients.append(contentsOf: other.coefficients)
    } else {
      coefficients.append(contentsOf: other.coefficients.lazy.map { $0 * factor })
    }
    constant += factor * other.constant
  }

  /// Adds a constant in place.
  public mutating func add(constant value: Double) { constant += value }

  /// Multiplies every coefficient and the constant by `factor` in place.
  public mutating func scale(by factor: Double) {
    for k in coefficients.indices { coefficients[k] *= factor }
    constant *= factor
  }

  /// The same expression with duplicate variables merged (first-appearance
  /// order) and zero coefficients dropped.
  public func canonicalized() -> LinearExpression {
    var position: [Int32: Int] = [:]
    var result = LinearExpression(constant: constant, reservingCapacity: variables.count)
    for k in variables.indices {
      let v = variables[k]
      if let p = position[v] {
        result.coefficients[p] += coefficients[k]
      } else {
        position[v] = result.variables.count
        result.variables.append(v)
        result.coefficients.append(coefficients[k])
      }
    }
    var kept = LinearExpression(constant: constant, reservingCapacity: result.variables.count)
    for k in result.variables.indices where result.coefficients[k] != 0 {
      kept.variables.append(result.variables[k])
      kept.coefficients.append(result.coefficients[k])
    }
    return kept
  }

  /// The merged coefficient of `variable` (0 when absent).
  public func coefficient(of variable: Variable) -> Double {
    let v = Int32(truncatingIfNeeded: variable.index)
    var sum = 0.0
    for k in variables.indices where variables[k] == v { sum += coefficients[k] }
    return sum
  }

  /// The value of the expression for the given variable values.
  public func evaluate(_ values: [Double]) -> Double {
    var sum = constant
    for k in variables.indices { sum += coefficients[k] * values[Int(variables[k])] }
    return sum
  }

  /// The sum of the given variables.
  public static func sum<S: Sequence>(_ variables: S) -> LinearExpression where S.Element == Variable {
    var result = LinearExpression(reservingCapacity: variables.underestimatedCount)
    for v in variables { result.add(v) }
    return result
  }

  /// The sum of `term(element)` over a collection.
  public static func sum<S: Sequence>(_ elements: S, _ term: (S.Element) throws -> LinearExpression)
    rethrows -> LinearExpression
  {
    var result = LinearExpression(reservingCapacity: elements.underestimatedCount)
    for e in elements { result.add(try term(e)) }
    return result
  }
}
