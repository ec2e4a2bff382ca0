import GLPK
import Testing

@testable import StandardLand

/// "Better plan" follows the objective sense, and a missing value loses.
@Suite struct ObjectiveSenseBetterTests {
  @Test func largerIsBetterWhenMaximising() {
    #expect(ObjectiveSense.maximize.isBetter(5, than: 4))
    #expect(!ObjectiveSense.maximize.isBetter(4, than: 5))
    #expect(!ObjectiveSense.maximize.isBetter(5, than: 5))
    #expect(!ObjectiveSense.maximize.isBetter(5, than: 4.5, by: 1))
  }

  @Test func smallerIsBetterWhenMinimising() {
    #expect(ObjectiveSense.minimize.isBetter(4, than: 5))
    #expect(!ObjectiveSense.minimize.isBetter(5, than: 4))
    #expect(!ObjectiveSense.minimize.isBetter(4, than: 4.5, by: 1))
    #expect(ObjectiveSense.minimize.isBetter(3, than: 4.5, by: 1))
  }

  @Test func aMissingValueIsWorseThanAny() {
    for sense in [ObjectiveSense.maximize, .minimize] {
      #expect(sense.isBetter(-1e9, than: nil))
      #expect(sense.isBetter(1e9, than: nil))
      #expect(!sense.isBetter(nil, than: 0))
      #expect(!sense.isBetter(nil, than: nil))
    }
  }
}
