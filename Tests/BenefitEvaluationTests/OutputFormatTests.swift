import Testing
@testable import BenefitEvaluation

/// Number and cell formatting of the result tables.
struct OutputFormatTests {
  @Test func numbersRoundToFourDecimals() {
    #expect([4900.0 / 27, 3, -2.5, 0.05, -0.00001, 0.00005, 12.34567, 1e7 + 0.1].map { BenefitTables.number($0) }
      == ["181.4815", "3", "-2.5", "0.05", "0", "0.0001", "12.3457", "10000000.1"])
    #expect(BenefitTables.number(nil) == "" && BenefitTables.number(.nan) == "")
  }

  @Test func cellsWithCommasOrQuotesAreQuoted() {
    #expect(BenefitTables.csv(["a", "b"], [["x,y", "say \"hi\""]]) == "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n")
  }
}
