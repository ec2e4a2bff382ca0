import Testing
@testable import BenefitEvaluation

/// Number and cell formatting of the result tables.
struct OutputFormatTests {
  @Test func numbersRoundToFourDecimals() {
    #expect([4900.0 / 27, 3, -2.5, 0.05, -0.00001, 0.00005, 12.34567, 1e7 + 0.1].map { BenefitTables.number($0) }
      == ["181.4815", "3", "-2.5", "0.05", "0", "0.0001", "12.3457", "10000000.1"])
    #expect(BenefitTables.number(nil) == "" && BenefitTables.number(.nan) == "")
  }

  /// The README's exact rules: the double is rounded, not the decimal it
  /// seems to be; from 9·10¹⁵ after × 10⁴ a cell is Swift's `String(x)`.
  @Test func readmeEdgesOfTheNumberRule() {
    #expect(BenefitTables.number(0.008749999999999997) == "0.0087")  // × 10⁴ = 87.49999999999997
    #expect(BenefitTables.number(0.00875) == "0.0088")
    #expect(BenefitTables.number(899_999_999_999.99) == "899999999999.99")
    #expect(BenefitTables.number(9e11) == "900000000000.0")
    #expect(BenefitTables.number(1e15) == "1000000000000000.0" && BenefitTables.number(-1e15) == "-1000000000000000.0")
    #expect(BenefitTables.number(1.5e16) == "1.5e+16" && BenefitTables.number(123456789012345.67) == "123456789012345.67")
  }

  @Test func cellsWithCommasOrQuotesAreQuoted() {
    #expect(BenefitTables.csv(["a", "b"], [["x,y", "say \"hi\""]]) == "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n")
  }
}
