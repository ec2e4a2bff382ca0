import Testing
@testable import BenefitEvaluation

/// DEA beside one unit 10⁵–10⁹ times larger than the others (an outside
/// audit's cases): slacks are never negative, the slack phase's maximum is
/// a true one, and "strongly efficient" does not depend on the column's size.
struct DEASlackTests {
  /// 30 ordinary firms (land mu, energy tce, investment 万元, employees;
  /// revenue, tax, value added 万元).
  static let ordinary: [(String, [Double], [Double])] = [
    ("U00", [31.5, 182, 5409, 68], [11850, 820.2, 2273]),
    ("U01", [32.8, 202, 4023, 60], [9434, 366.2, 2083]),
    ("U02", [21, 47, 5949, 37], [8532, 188.8, 1759]),
    ("U03", [7.5, 27, 1064, 143], [1396, 221.7, 673]),
    ("U04", [43.9, 397, 6188, 97], [20914, 977.5, 4273]),
    ("U05", [21.3, 136, 3254, 21], [4957, 541.8, 1425]),
    ("U06", [16.2, 25, 3178, 10], [3666, 275.9, 1237]),
    ("U07", [47.5, 295, 12776, 16], [5093, 1172.9, 2342]),
    ("U08", [35.7, 338, 10390, 95], [6376, 853, 3369]),
    ("U09", [44.7, 391, 11404, 28], [6402, 1059.8, 3745]),
    ("U10", [11.2, 66, 2488, 86], [5233, 151.2, 1052]),
    ("U11", [16, 120, 3606, 158], [6215, 203.7, 939]),
    ("U12", [27.1, 186, 2882, 168], [10738, 368.4, 1084]),
    ("U13", [2.6, 6, 434, 110], [475, 76.8, 169]),
    ("U14", [6.2, 58, 1083, 48], [766, 96.2, 194]),
    ("U15", [48.8, 255, 14251, 33], [18326, 631.6, 2046]),
    ("U16", [19.5, 35, 5693, 145], [6840, 340.9, 918]),
    ("U17", [43.5, 57, 4899, 148], [18186, 604.3, 2914]),
    ("U18", [35.5, 341, 9480, 50], [7311, 1048.1, 2743]),
    ("U19", [29.5, 106, 5748, 177], [12080, 387.9, 1236]),
    ("U20", [40.1, 373, 6206, 181], [9553, 1140.4, 2112]),
    ("U21", [23, 196, 6700, 127], [7067, 419.4, 766]),
    ("U22", [14.9, 93, 3635, 112], [5843, 138.5, 1228]),
    ("U23", [15.8, 39, 4028, 171], [5605, 363.6, 351]),
    ("U24", [9.9, 25, 1347, 33], [3835, 293.7, 974]),
    ("U25", [16.6, 116, 3262, 57], [5301, 255.4, 798]),
    ("U26", [12.7, 26, 1272, 100], [3329, 151.9, 671]),
    ("U27", [48.3, 301, 10757, 38], [6662, 899.9, 2277]),
    ("U28", [21.5, 131, 4912, 39], [5327, 183.9, 1455]),
    ("U29", [30.8, 285, 8139, 88], [11232, 448, 1419]),
  ]
  /// A firm at the 10⁹ scale on 0.01 mu: its outputs dwarf every other.
  static let giant: (String, [Double], [Double]) =
    ("Z8", [0.01, 1e8, 1e9, 1e7], [1e9, 1e9, 1e9])
  /// Small firms with some inputs 0.
  static let small: [(String, [Double], [Double])] = [
    ("Z4", [10, 0, 1000, 0], [1000, 100, 300]),
    ("Z5", [10, 100, 1000, 10], [1000, 100, 300]),
    ("Z6", [10, 100, 1000, 10], [1000, 100, 300]),
    ("ZA", [10, 0, 0, 0], [100, 10, 30]),
  ]

  static func problem(_ units: [(String, [Double], [Double])]) -> DEAProblem {
    DEAProblem(
      units: units.map(\.0), inputNames: ["land_mu", "energy_tce", "investment_wan", "employees"],
      outputNames: ["revenue_wan", "tax_wan", "value_added_wan"], inputs: units.map(\.1), outputs: units.map(\.2),
      returnsToScale: .bcc, orientation: .input)
  }

  /// Before: U16's revenue slack was −0.19 and U26's value-added slack
  /// −0.33 (a scaled slack of −2·10⁻¹⁰ passed the LP's absolute check), and
  /// U16's slack sum 3,365.96 was more than the true maximum, 3,353.7936
  /// (HiGHS with every row divided by U16's own figure).
  @Test func slacksAreNeverNegativeBesideAGiantUnit() throws {
    let results = try DEASolver(problem: Self.problem(Self.ordinary + [Self.giant])).solve()
    for r in results {
      #expect((r.inputSlacks + r.outputSlacks).allSatisfy { $0 >= 0 }, "\(r.unit): \(r.inputSlacks) \(r.outputSlacks)")
    }
    let u16 = try #require(results.first { $0.unit == "U16" })
    let sum = (u16.inputSlacks + u16.outputSlacks).reduce(0, +)
    #expect(abs(sum - 3353.7936) <= 1e-3, "U16 slack sum \(sum)")
    #expect(abs(u16.efficiency - 0.871495046) <= 1e-8)
  }

  /// Z8 is the only unit with outputs at least its own, so λ = Z8:1 is its
  /// only solution and every slack is 0. Before: slacks of 1.3–1.5·10⁻⁷ in
  /// the table's units (10⁻¹⁶ of its figures) made it "not strongly efficient".
  @Test func theOnlyUnitOfItsSizeIsStronglyEfficient() throws {
    let results = try DEASolver(problem: Self.problem(Self.ordinary + Self.small + [Self.giant])).solve()
    let z8 = try #require(results.first { $0.unit == "Z8" })
    #expect(abs(z8.efficiency - 1) <= 1e-12)
    #expect((z8.inputSlacks + z8.outputSlacks).allSatisfy { $0 == 0 }, "\(z8.inputSlacks) \(z8.outputSlacks)")
    #expect(z8.peers.map(\.unit) == ["Z8"])
    #expect(z8.isStronglyEfficient)
  }

  /// A slack counts as 0 up to 10⁻⁶ of the unit's own figure: F₁'s slack of
  /// 1 on an input of 8,000,001 does (1.25·10⁻⁷ of it), F₂'s 2·10⁶ on 10⁷ does not.
  @Test func aSlackWithinAMillionthOfTheFigureIsZero() throws {
    let p = DEAProblem(
      units: ["C", "F1", "F2"], inputNames: ["x1", "x2"], outputNames: ["y"],
      inputs: [[8e6, 1], [8e6 + 1, 1], [10e6, 1]], outputs: [[1], [1], [1]])
    let r = try DEASolver(problem: p).solve()
    #expect(r.map(\.efficiency) == [1, 1, 1])
    #expect(abs(r[1].inputSlacks[0] - 1) <= 1e-6 && abs(r[2].inputSlacks[0] - 2e6) <= 1e-3)
    #expect(r.map(\.isStronglyEfficient) == [true, true, false])
  }
}
