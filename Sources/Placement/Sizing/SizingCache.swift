import Foundation
import GreenPower
import ParkOptData

/// Unit sizing results on disk, one JSON file per LP named by the SHA-256
/// of everything the LP is built from, so a later run re-uses them. An
/// entry that cannot be read, or whose key does not match its name, is
/// ignored (and recomputed); writes are atomic.
public struct SizingCache: Sendable {
  /// The folder of entries; nil turns the cache off.
  public let directory: String?

  /// The environment variable that overrides the default folder.
  public static let environmentVariable = "PARKOPT_CACHE_DIR"
  /// Changes whenever the meaning of an entry changes.
  static let format = "parkopt-unit-sizing-3"

  public init(directory: String?) { self.directory = directory }

  /// `$PARKOPT_CACHE_DIR`, else `$XDG_CACHE_HOME/parkopt`, else `~/.cache/parkopt`.
  public static func defaultDirectory(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    if let dir = environment[environmentVariable], !dir.isEmpty { return dir }
    if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return (xdg as NSString).appendingPathComponent("parkopt") }
    if let home = environment["HOME"], !home.isEmpty { return (home as NSString).appendingPathComponent(".cache/parkopt") }
    return nil
  }

  /// The entry's file for `key`.
  public func path(_ key: String) -> String? {
    directory.map { ($0 as NSString).appendingPathComponent("unit-sizing/\(key).json") }
  }

  struct Entry: Codable {
    var format: String
    var key: String
    var option: UnitOption
  }

  /// The stored option, or nil when absent, unreadable or not for `key`.
  public func read(_ key: String) -> UnitOption? {
    guard let path = path(key), let data = FileManager.default.contents(atPath: path),
      let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.format == Self.format, entry.key == key
    else { return nil }
    return entry.option
  }

  /// Stores `option` under `key` (atomically); false when it could not be written.
  @discardableResult
  public func write(_ option: UnitOption, key: String) -> Bool {
    guard let path = path(key) else { return false }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    do {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try encoder.encode(Entry(format: Self.format, key: key, option: option)).write(
        to: URL(fileURLWithPath: path), options: .atomic)
      return true
    } catch {
      return false
    }
  }

  /// The SHA-256 of everything the LP of `greenCase` is built from and the method.
  public static func key(_ greenCase: GreenPowerCase, method: GreenPowerSizer.Method) -> String {
    let p = SizingParameters(greenCase)
    var bytes = Data()
    func text(_ s: String) { bytes.append(contentsOf: Array(s.utf8) + [0]) }
    func number(_ x: Double) { withUnsafeBytes(of: x.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
    func numbers(_ xs: [Double]) { number(Double(xs.count)); xs.forEach(number) }
    func optional(_ x: Double?) { number(x == nil ? 0 : 1); number(x ?? 0) }
    text(format); text(method.rawValue)
    number(Double(p.hours)); number(p.yearWeight); number(p.gridCharging ? 1 : 0)
    numbers(p.loadMW); numbers(p.month.map(Double.init)); numbers(p.importPriceWan); numbers(p.exportPriceWan)
    for c in p.capacities {
      text(c.kind.rawValue)
      [c.capexWan, c.fixedOMWan, c.lifetimeYears, c.annuity, c.existing, c.lower, c.upper, c.areaMuPerUnit].forEach(number)
      optional(c.areaLimitMu); numbers(c.cf)
    }
    [p.chargeEfficiency, p.dischargeEfficiency, p.minSOC, p.importLimitMW, p.exportLimitMW].forEach(number)
    optional(p.unservedPenaltyWan); number(p.demandChargeWanPerMWMonth); numbers(p.months.map(Double.init))
    optional(p.minSelfUseOfGeneration); optional(p.minGreenShareOfConsumption); optional(p.maxExportOfGeneration)
    optional(p.groundLandLimitMu)
    return InputHash.sha256(of: bytes)
  }
}
