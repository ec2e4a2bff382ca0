import Testing
@testable import GLPK

/// `LinearModel.largestViolation(of:)`, worked out by hand.
@Suite struct LargestViolationTests {
  /// 0 ≤ x ≤ 10, y ≥ 0; 2 ≤ x + y ≤ 4 (row "r"); x − y = 0 (row "e").
  static func model() -> LinearModel {
    var m = LinearModel()
    let x = m.addVariable("x", lowerBound: 0, upperBound: 10)
    let y = m.addVariable("y", lowerBound: 0)
    m.addConstraint(columns: [Int32(x.index), Int32(y.index)], coefficients: [1, 1], lower: 2, upper: 4, name: "r")
    m.addConstraint(columns: [Int32(x.index), Int32(y.index)], coefficients: [1, -1], lower: 0, upper: 0, name: "e")
    return m
  }

  @Test func byHand() {
    let m = Self.model()
    #expect(m.largestViolation(of: [1.5, 1.5]) == 0)
    // x above 10 by 2: relative to 10, 0.2; r: 12 + 0 = 12 above 4 by 8, relative to 4, 2; e: 12 above 0 by 12 (÷ 1).
    #expect(m.largestViolation(of: [12, 0]) == 12)
    // y below 0 by 0.5 (÷ 1); r: 1 + (−0.5) = 0.5 below 2 by 1.5 (÷ 2: 0.75); e: 1.5 above 0.
    #expect(m.largestViolation(of: [1, -0.5]) == 1.5)
    // r alone: 2.5 + 2.5 = 5 above 4 by 1, ÷ 4.
    #expect(m.largestViolation(of: [2.5, 2.5]) == 0.25)
    #expect(m.largestViolation(of: [.nan, 1]) == .infinity)
  }
}
