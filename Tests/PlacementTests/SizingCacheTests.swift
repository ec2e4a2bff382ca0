import Foundation
import GreenPower
import Testing

@testable import Placement
import ParkOptTestSupport

@Suite struct SizingCacheTests {
  let option = UnitOption(
    feasible: true, pvGroundMW: 1.0 / 3, windMW: 2e-5, batteryMWh: 0.1, annualCostWan: 0.07, gridOnlyCostWan: 0.06,
    greenMWh: 0.5, groundLandMu: 0.0071)

  func temporaryCache() -> SizingCache {
    SizingCache(directory: Scratch.path("cache").path)
  }

  @Test func roundTripGivesTheSameNumbersAndBytes() throws {
    let cache = temporaryCache()
    defer { try? FileManager.default.removeItem(atPath: cache.directory ?? "") }
    #expect(cache.read("abc") == nil)
    #expect(cache.write(option, key: "abc"))
    let path = try #require(cache.path("abc"))
    let first = try Data(contentsOf: URL(fileURLWithPath: path))
    let read = try #require(cache.read("abc"))
    #expect(read == option)
    #expect(cache.write(read, key: "abc"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == first)
  }

  @Test func corruptOrMismatchedEntryIsNotTrusted() throws {
    let cache = temporaryCache()
    defer { try? FileManager.default.removeItem(atPath: cache.directory ?? "") }
    cache.write(option, key: "abc")
    let path = try #require(cache.path("abc"))
    try Data("{\"format\":\"parkopt-unit-sizing-2\",\"key\":\"abc\",\"opt".utf8).write(to: URL(fileURLWithPath: path))
    #expect(cache.read("abc") == nil)
    // An entry copied under another key's name is not that key's.
    cache.write(option, key: "abc")
    let other = try #require(cache.path("def"))
    try FileManager.default.copyItem(atPath: path, toPath: other)
    #expect(cache.read("def") == nil)
  }

  @Test func keyFollowsEveryInput() {
    var s = SizingScenario()
    s.policy.minGreenShareOfConsumption = 0.5
    let c = GreenPowerCase(loadMW: [1, 1, 2], pvCF: [0, 0.5, 0.2], windCF: [0.3, 0.3, 0.1], scenario: s)
    let key = SizingCache.key(c, method: .interior)
    #expect(key.count == 64 && key == SizingCache.key(c, method: .interior))
    var level = c
    level.scenario.policy.minGreenShareOfConsumption = 0.7
    var load = c
    load.loadMW[2] = 2.0000001
    #expect(Set([key, SizingCache.key(level, method: .interior), SizingCache.key(load, method: .interior),
                 SizingCache.key(c, method: .plain)]).count == 4)
  }

  @Test func defaultFolderFollowsTheEnvironment() {
    #expect(SizingCache.defaultDirectory(["PARKOPT_CACHE_DIR": "/x", "HOME": "/h"]) == "/x")
    #expect(SizingCache.defaultDirectory(["XDG_CACHE_HOME": "/c", "HOME": "/h"]) == "/c/parkopt")
    #expect(SizingCache.defaultDirectory(["HOME": "/h"]) == "/h/.cache/parkopt")
  }

  /// A corrupt entry is recomputed by the builder (and replaced), and the
  /// cached run gives the same option as the first.
  @Test func builderRecomputesCorruptEntries() throws {
    let cache = temporaryCache()
    defer { try? FileManager.default.removeItem(atPath: cache.directory ?? "") }
    var settings = GreenSettings()
    settings.sampleEveryDays = 60
    let inputs = GreenInputs(
      parks: [GreenPark(parkID: "A", greenLandMu: 100, latitude: 25, longitude: 102.7)],
      projects: [], settings: settings)
    let builder = ReliefBuilder(inputs, cache: cache, threads: 1)
    let key = UnitKey(shape: .continuous, parkID: "A", level: 0.5)
    let first = try builder.units([key])
    #expect(first.map(\.cached) == [false] && first[0].option.feasible)
    let second = try builder.units([key])
    #expect(second.map(\.cached) == [true] && second[0].option == first[0].option)
    let c = try #require(UnitSizing.greenCase(key, park: inputs.parks[0], settings: settings))
    let path = try #require(cache.path(SizingCache.key(c, method: .interior)))
    try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
    let third = try builder.units([key])
    #expect(third.map(\.cached) == [false] && third[0].option == first[0].option)
    #expect(cache.read(SizingCache.key(c, method: .interior)) == first[0].option)
  }

  /// Unit figures keep 9 significant digits: a change of 2e-12 relative in
  /// the sizing LP's read-back (2026-11-29) turned the green example's
  /// re-solves from 18 of 18 proven to 12, so noise must stop here.
  @Test func unitFiguresKeepNineSignificantDigits() {
    let unit = UnitOption(feasible: true, pvGroundMW: 0.0001234567891234, annualCostWan: -1234.567891234,
                          greenMWh: 0.9372101604808514)
    let r = unit.rounded(significantDigits: 9)
    #expect(r.pvGroundMW == 0.000123456789 && r.annualCostWan == -1234.56789 && r.greenMWh == 0.93721016)
    #expect(r.windMW == 0 && r.feasible)
    // The two read-backs that differed in the 12th digit give one figure.
    #expect(UnitOption(feasible: true, greenMWh: 0.9372101604828637).rounded(significantDigits: 9).greenMWh == r.greenMWh)
    #expect(UnitSizing.significantDigits == 9)
  }
}

