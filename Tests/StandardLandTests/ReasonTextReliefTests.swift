import Testing
@testable import StandardLand

/// The unplaced-project sentences about relief, for each outcome of the
/// forced re-solve.
@Suite struct ReasonTextReliefTests {
  static func competition(reSolved: Bool = true, cost: Double? = nil, impossible: Bool = false, used: String? = nil,
                          labels: [String] = ["green_30", "green_50"]) -> Competition {
    var c = Competition(parcels: [], bindingLimits: [], costToPlace: cost, forcedParcelID: nil, displaced: [])
    c.reSolved = reSolved
    c.provenImpossible = impossible
    c.forcedReliefLabel = used
    c.reliefLabels = labels
    return c
  }

  @Test func sentences() {
    let en = ReasonText(.en), zh = ReasonText(.zh)
    func say(_ c: Competition, _ t: ReasonText = ReasonText(.en)) -> String? { t.relief(c, name: "green_power", zhName: "绿电") }
    #expect(say(Self.competition(cost: 5, used: "green_50")) == "forced in, placed with green power (option green_50)")
    #expect(say(Self.competition(cost: 5, used: "green_50"), zh) == "强制落地时采用绿电（方案 green_50）")
    #expect(say(Self.competition(impossible: true))
      == "not placed even with green power at level green_30, green_50: proven impossible")
    #expect(say(Self.competition()) == "green power at level green_30, green_50 open to the re-solve; no plan with it found")
    #expect(say(Self.competition(cost: 3)) == "green power available (green_30, green_50) but not used in the forced re-solve")
    #expect(say(Self.competition(reSolved: false, cost: 3), en) == nil)
    #expect(say(Self.competition(cost: 3, labels: [])) == nil)
  }
}
