import ParkOptData
import Testing

@testable import Ranking

struct RankWeightsTests {
  @Test func defaultsSumToOne() {
    #expect(RankWeights().values == [0.30, 0.20, 0.15, 0.20, 0.10, 0.05])
    #expect(abs(RankWeights().values.reduce(0, +) - 1) < 1e-12)
  }

  @Test func fileSetsGivenKeysOnly() throws {
    let w = try RankWeights.read(text: "land_cost: 2\ngreen_premium: 0\n", file: "w.yaml")
    #expect(w.landCost == 2 && w.greenPremium == 0 && w.thresholdMargin == 0.30)
  }

  @Test func unknownKeyIsAnErrorWithASuggestion() {
    #expect {
      _ = try RankWeights.read(text: "land_costs: 1\n", file: "w.yaml")
    } throws: { error in
      let text = "\(error)"
      return text.contains("w.yaml") && text.contains("land_costs") && text.contains("land_cost")
    }
  }

  @Test func outOfRangeAndAllZeroAreErrors() {
    #expect {
      _ = try RankWeights.read(text: "quota_share: -1\n", file: "w.yaml")
    } throws: { "\($0)".contains("quota_share") }
    #expect {
      _ = try RankWeights.read(
        text: "threshold_margin: 0\nindustry_fit: 0\nland_cost: 0\nquota_share: 0\nland_supply: 0\ngreen_premium: 0\n",
        file: "w.yaml")
    } throws: { "\($0)".contains("at least one must be positive") }
  }
}
