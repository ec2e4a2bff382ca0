import Foundation
import Testing

@testable import Placement

/// The day sampling's error against the full year on three Kunming unit
/// LPs (written down in Benchmarks/PLACEMENT.md; run on demand with
/// PARKOPT_MEASURE_SAMPLING=1: it takes minutes).
@Suite struct SamplingErrorMeasurement {
  @Test(.enabled(if: ProcessInfo.processInfo.environment["PARKOPT_MEASURE_SAMPLING"] == "1"))
  func samplingAgainstFullYear() throws {
    let park = GreenPark(parkID: "AN", greenLandMu: 2200, roofMu: 160, latitude: 24.94, longitude: 102.42)
    for (shape, level) in [(LoadShape.continuous, 0.5), (.twoShift, 0.3), (.oneShift, 0.7)] {
      var line = "\(shape.name) \(level):"
      var reference: UnitOption?
      for every in [1, 4, 7, 14] {
        var s = GreenSettings()
        s.sampleEveryDays = every
        let c = try #require(UnitSizing.greenCase(UnitKey(shape: shape, parkID: "AN", level: level), park: park, settings: s))
        let clock = Date()
        let u = try UnitSizing.size(c)
        let seconds = Date().timeIntervalSince(clock)
        let r = reference ?? u
        if every == 1 { reference = u }
        line += String(
          format: " | every %d: %.2f s, premium %.5f (%+.2f%%), green %.4f (%+.2f%%)", every, seconds,
          u.premiumWan * 1000, (u.premiumWan / r.premiumWan - 1) * 100, u.greenMWh, (u.greenMWh / r.greenMWh - 1) * 100)
      }
      print(line)
      #expect(reference?.feasible == true)
    }
  }
}
