import GreenPower
import Testing

@testable import Placement

@Suite struct LoadShapeTests {
  @Test func builtInShapesAverageOneMegawatt() {
    let calendar = HourCalendar(startDate: "2025-01-01", hours: 48)
    for shape in [LoadShape.continuous, .twoShift, .oneShift] {
      let load = shape.unitLoadMW(calendar)
      #expect(abs(load.reduce(0, +) / 48 - 1) < 1e-12)
    }
    let two = LoadShape.twoShift.unitLoadMW(calendar)
    // 16 day hours at 1, 8 night hours at 0.2: mean 0.7333…
    #expect(abs(two[12] - 1 / (17.6 / 24)) < 1e-12)
    #expect(abs(two[2] - 0.2 / (17.6 / 24)) < 1e-12)
  }
}
