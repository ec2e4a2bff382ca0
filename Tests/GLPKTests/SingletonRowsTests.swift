import GLPK
import Testing

/// `LinearModel.singletonRows`: rows left with one free column, and the
/// bounds they imply on it (checked by hand on ShiftedModelTests' toy LP).
@Suite struct SingletonRowsTests {
  @Test func rowsWithOneFreeColumnGiveItsBounds() throws {
    var (model, cap) = ShiftedModelTests.sizing(hours: 8)
    #expect(model.singletonRows().isEmpty, "nothing fixed: every row has two columns")
    model.fix(cap, at: 50)
    // available[t]: gen[t] − cf × 50 ≤ 0, so gen[t] ≤ cf × 50.
    let rows = model.singletonRows()
    #expect(rows.count == 8)
    for (t, row) in rows.enumerated() {
      let cf = [0.0, 0.1, 0.35, 0.7, 0.9, 0.6, 0.25, 0.05][t]
      #expect(model.name(of: row.constraint) == "available[\(t)]")
      #expect(model.name(of: row.variable) == "gen[\(t)]")
      #expect(row.lower == -.infinity)
      #expect(abs(row.upper - cf * 50) <= 1e-12)
      #expect(row.lowerFromRowLower)
    }
  }

  /// A negative coefficient swaps the bounds: with gen[0] fixed at 4,
  /// balance[0] (gen + import ≥ 10) leaves import[0] ≥ 6, and a row
  /// −x ≤ −3 leaves x ≥ 3 from the row's upper bound.
  @Test func theBoundsFollowTheCoefficientsSign() throws {
    var (model, _) = ShiftedModelTests.sizing(hours: 1)
    let gen = try #require(model.variable(named: "gen[0]"))
    model.fix(gen, at: 4)
    let balance = try #require(model.singletonRows().first { model.name(of: $0.constraint) == "balance[0]" })
    #expect(model.name(of: balance.variable) == "import[0]")
    #expect(balance.lower == 6 && balance.upper == .infinity)
    var small = LinearModel()
    let x = small.addVariable("x", lowerBound: 0, upperBound: 10)
    small.addConstraint(-1 * x <= -3, name: "r")
    let row = try #require(small.singletonRows().first)
    #expect(row.lower == 3 && row.upper == .infinity)
    #expect(!row.lowerFromRowLower, "x's lower bound comes from the row's upper")
  }
}

/// `LinearModel.fixNearBounds`: columns near a bound fixed there, unless
/// that would break a row the point (nearly) satisfies.
@Suite struct BoundFixingTests {
  /// x + y = 1 with x at 0.4 + 1e-7 and y near 0.6: fixing y at the row's
  /// implied value after x at its own bound 0.4 keeps the row exact; a
  /// second equality x + z = 0.4 + 2e-7 (z ≥ 0, fixed at 0 first) would be
  /// broken by 2e-7 with x at 0.4, so x is left free.
  @Test func aFixingThatBreaksARowIsNotMade() throws {
    var m = LinearModel()
    let x = m.addVariable("x", lowerBound: 0.4, upperBound: 1)
    let y = m.addVariable("y", lowerBound: 0, upperBound: 1)
    let z = m.addVariable("z", lowerBound: 0, upperBound: 1)
    m.addConstraint(x + y == 1, name: "sum")
    m.addConstraint(x + z == 0.4 + 2e-7, name: "tight")
    let point = [(variable: z, value: 0.0), (variable: x, value: 0.4 + 1e-7), (variable: y, value: 0.6 - 1e-7)]
    var restricted = m
    let fixings = restricted.fixNearBounds(point, tolerance: 1e-6, throughRows: true)
    // z at 0 (its own bound); then x is alone in "tight" (x = 0.4 + 2e-7,
    // within the tolerance, strictly inside its bounds): fixed through it;
    // then y alone in "sum": fixed at 0.6 − 2e-7 through it.
    #expect(fixings.map { restricted.name(of: $0.variable) } == ["z", "x", "y"])
    #expect(fixings.map { $0.constraint.map { restricted.name(of: $0) } } == [nil, "tight", "sum"])
    #expect(fixings.map(\.status) == [.atLower, .fixed, .fixed])
    #expect(abs(restricted.lowerBound(of: x) - (0.4 + 2e-7)) <= 1e-15)
    #expect(abs(restricted.lowerBound(of: y) - (0.6 - 2e-7)) <= 1e-15)
    // x's own bound is nearer, but fixing x there first (no z fixed yet)
    // would break "tight" once z is at 0: with z fixed first, x at 0.4 is
    // refused; ordered x first, x at 0.4 is allowed and z is then refused.
    var other = m
    let reordered = other.fixNearBounds([point[1], point[0], point[2]], tolerance: 1e-6, throughRows: false)
    #expect(reordered.map { other.name(of: $0.variable) } == ["x"])
    #expect(other.lowerBound(of: z) == 0 && other.upperBound(of: z) == 1, "z left free: 0 would break tight")
  }
}
