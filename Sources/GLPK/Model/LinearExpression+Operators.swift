// Operators that build expressions and constraints: `3 * x + 2 * y <= 10`.
// Overloads are concrete (no generics) to keep type checking fast.

extension LinearExpression {
  public static func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
    var r = lhs; r.add(rhs); return r
  }
  public static func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
    var r = lhs; r.add(rhs); return r
  }
  public static func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
    var r = LinearExpression(lhs); r.add(rhs); return r
  }
  public static func + (lhs: LinearExpression, rhs: Double) -> LinearExpression {
    var r = lhs; r.constant += rhs; return r
  }
  public static func + (lhs: Double, rhs: LinearExpression) -> LinearExpression {
    var r = rhs; r.constant += lhs; return r
  }
  public static func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
    var r = lhs; r.add(rhs, times: -1); return r
  }
  public static func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
    var r = lhs; r.add(rhs, times: -1); return r
  }
  public static func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
    var r = LinearExpression(lhs); r.add(rhs, times: -1); return r
  }
  public static func - (lhs: LinearExpression, rhs: Double) -> LinearExpression {
    var r = lhs; r.constant -= rhs; return r
  }
  public static func - (lhs: Double, rhs: LinearExpression) -> LinearExpression {
    var r = rhs; r.scale(by: -1); r.constant += lhs; return r
  }
  public static prefix func - (operand: LinearExpression) -> LinearExpression {
    var r = operand; r.scale(by: -1); return r
  }
  public static func * (lhs: Double, rhs: LinearExpression) -> LinearExpression {
    var r = rhs; r.scale(by: lhs); return r
  }
  public static func * (lhs: LinearExpression, rhs: Double) -> LinearExpression {
    var r = lhs; r.scale(by: rhs); return r
  }
  public static func += (lhs: inout LinearExpression, rhs: LinearExpression) { lhs.add(rhs) }
  public static func += (lhs: inout LinearExpression, rhs: Variable) { lhs.add(rhs) }
  public static func += (lhs: inout LinearExpression, rhs: Double) { lhs.constant += rhs }
  public static func -= (lhs: inout LinearExpression, rhs: LinearExpression) { lhs.add(rhs, times: -1) }
  public static func -= (lhs: inout LinearExpression, rhs: Variable) { lhs.add(rhs, times: -1) }
  public static func -= (lhs: inout LinearExpression, rhs: Double) { lhs.constant -= rhs }

  // MARK: Constraints

  public static func <= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lhs, lower: -.infinity, upper: rhs)
  }
  public static func >= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lhs, lower: rhs, upper: .infinity)
  }
  public static func == (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lhs, lower: rhs, upper: rhs)
  }
  public static func <= (lhs: Double, rhs: LinearExpression) -> LinearConstraint { rhs >= lhs }
  public static func >= (lhs: Double, rhs: LinearExpression) -> LinearConstraint { rhs <= lhs }
  public static func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
    (lhs - rhs) <= 0
  }
  public static func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
    (lhs - rhs) >= 0
  }
  public static func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
    (lhs - rhs) == 0
  }
}

extension Variable {
  public static func + (lhs: Variable, rhs: Variable) -> LinearExpression {
    var r = LinearExpression(lhs); r.add(rhs); return r
  }
  public static func - (lhs: Variable, rhs: Variable) -> LinearExpression {
    var r = LinearExpression(lhs); r.add(rhs, times: -1); return r
  }
  public static func + (lhs: Variable, rhs: Double) -> LinearExpression {
    LinearExpression(lhs) + rhs
  }
  public static func + (lhs: Double, rhs: Variable) -> LinearExpression {
    LinearExpression(rhs) + lhs
  }
  public static func - (lhs: Variable, rhs: Double) -> LinearExpression {
    LinearExpression(lhs) - rhs
  }
  public static func - (lhs: Double, rhs: Variable) -> LinearExpression {
    lhs - LinearExpression(rhs)
  }
  public static prefix func - (operand: Variable) -> LinearExpression {
    var r = LinearExpression(); r.add(operand, times: -1); return r
  }
  public static func * (lhs: Double, rhs: Variable) -> LinearExpression {
    var r = LinearExpression(); r.add(rhs, times: lhs); return r
  }
  public static func * (lhs: Variable, rhs: Double) -> LinearExpression {
    var r = LinearExpression(); r.add(lhs, times: rhs); return r
  }
  public static func <= (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) <= rhs }
  public static func >= (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) >= rhs }
  public static func == (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) == rhs }
  public static func <= (lhs: Variable, rhs: Variable) -> LinearConstraint { (lhs - rhs) <= 0 }
  public static func >= (lhs: Variable, rhs: Variable) -> LinearConstraint { (lhs - rhs) >= 0 }
}
