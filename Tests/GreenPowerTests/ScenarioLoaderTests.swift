import ParkOptData
import Testing
@testable import GreenPower

/// Scenario checks that span two keys name the line of the key reported,
/// and a refused value is reported alone (not again as a missing price).
@Suite struct ScenarioLoaderTests {
  static func issues(_ yaml: String) -> [String] {
    do {
      _ = try ScenarioLoader.parse(yaml, file: "s.yaml")
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  @Test func aMaxBelowTheMinimumOrExistingNamesItsLine() {
    let issues = Self.issues("""
      name: x
      wind: {min_mw: 10, max_mw: 5}
      battery:
        existing_mwh: 20
        max_mwh: 10
        min_mw: 3
        max_mw: 2
      """)
    #expect(issues == [
      "s.yaml, key 'wind.max_mw': 5 is below min_mw 10 (line 2)",
      "s.yaml, key 'battery.max_mwh': 10 is below existing_mwh 20 (line 5)",
      "s.yaml, key 'battery.max_mw': 2 is below min_mw 3 (line 7)",
    ])
  }

  /// `enabled: false` keeps the existing capacity and builds nothing, so a
  /// minimum above it cannot be met.
  @Test func aDisabledTechnologysMinimumIsAtMostWhatExists() {
    let issues = Self.issues("wind: {enabled: false, min_mw: 5, existing_mw: 2}\nbattery: {enabled: false, min_mwh: 1}\n")
    #expect(issues == [
      "s.yaml, key 'wind.min_mw': 5 is above existing_mw 2, and enabled: false builds nothing new (line 1)",
      "s.yaml, key 'battery.min_mwh': 1 is above existing_mwh 0, and enabled: false builds nothing new (line 2)",
    ])
    #expect(Self.issues("wind: {enabled: false, min_mw: 2, existing_mw: 2}\n").isEmpty)
  }

  @Test func anUnpricedPeriodNamesTheLineOfTheHoursThatUseIt() {
    let hours = (0..<24).map { $0 < 8 ? "valley" : "shoulder" }.joined(separator: ", ")
    let issues = Self.issues("""
      grid:
        tariff:
          prices_yuan_per_kwh: {valley: 0.3}
          hours: [\(hours)]
          hours_by_month: {7: [\(hours.replacingOccurrences(of: "valley", with: "night"))]}
      """)
    #expect(issues == [
      "s.yaml, key 'grid.tariff.hours': period 'shoulder' has no price in grid.tariff.prices_yuan_per_kwh (line 4)",
      "s.yaml, key 'grid.tariff.hours_by_month.7': period 'night' has no price in grid.tariff.prices_yuan_per_kwh (line 5)",
      "s.yaml, key 'grid.tariff.hours_by_month.7': period 'shoulder' has no price in grid.tariff.prices_yuan_per_kwh (line 5)",
    ])
  }

  /// Prices given without hours: the default hours (valley, flat, peak) need
  /// a price each, reported at the prices' line.
  @Test func theDefaultHoursNeedTheirPricesToo() {
    let issues = Self.issues("grid:\n  tariff:\n    prices_yuan_per_kwh: {peak: 1, valley: 0.2}\n")
    #expect(issues == [
      "s.yaml, key 'grid.tariff.prices_yuan_per_kwh': has no price for period 'flat', which the default grid.tariff.hours use; price it or give grid.tariff.hours (line 3)",
    ])
  }

  /// Hours that are refused, or a price that is, are the problem: no
  /// "has no price" besides (`err/sc_tariff`, `err/sc_range2` of the audit).
  @Test func aRefusedValueIsReportedAlone() {
    #expect(Self.issues("grid:\n  tariff:\n    prices_yuan_per_kwh: {peak: 1}\n    hours: [peak, peak]\n") == [
      "s.yaml, key 'grid.tariff.hours': has 2 entries; one period name per hour 0…23 (24) is needed (line 4)",
    ])
    #expect(Self.issues("grid: {tariff: {prices_yuan_per_kwh: {peak: 101, flat: 0.5, valley: 0.2}}}\n") == [
      "s.yaml, key 'grid.tariff.prices_yuan_per_kwh.peak': must be a number in 0…100; found 101 (line 1)",
    ])
  }
}
