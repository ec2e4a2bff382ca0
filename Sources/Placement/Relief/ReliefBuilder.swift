import Foundation
import GLPK
import GreenPower
import ParkOptData
import StandardLand

/// Turns a land case's green-power inputs into the ``StandardLand/QuotaRelief``
/// options of the assignment: one unit sizing LP per distinct (load shape,
/// park, level) that some project eligible in that park needs, solved in
/// parallel or read from the cache, scaled by each project's electricity.
public struct ReliefBuilder: Sendable {
  public var inputs: GreenInputs
  public var cache: SizingCache
  /// Threads for the LPs.
  public var threads: Int
  public var method: GreenPowerSizer.Method = .interior
  /// Progress lines (e.g. for --verbose).
  public var progress: (@Sendable (String) -> Void)?

  public init(_ inputs: GreenInputs, cache: SizingCache = SizingCache(directory: nil), threads: Int = 2) {
    self.inputs = inputs
    self.cache = cache
    self.threads = threads
  }

  /// What ``build(_:)`` made and how.
  public struct Outcome: Sendable {
    public var relief: QuotaRelief
    /// Distinct unit LPs needed, and how many came from the cache.
    public var unitLPs: Int
    public var cached: Int
    /// Wall time of the sizing part, s.
    public var seconds: Double
  }

  /// The relief options of `landCase`.
  public func build(_ landCase: LandCase) throws(GLPKError) -> Outcome {
    let start = Date()
    let keys = neededKeys(landCase)
    progress?("green power: \(keys.count) distinct unit sizing LPs (load shape × park × level)")
    let solved = try units(keys)
    let cached = solved.filter(\.cached).count
    var units: [UnitKey: UnitOption] = [:]
    for (k, s) in zip(keys, solved) { units[k] = s.option }
    let relief = Self.relief(landCase, inputs: inputs, units: units)
    let seconds = Date().timeIntervalSince(start)
    progress?(String(
      format: "green power: %d LPs (%d from the cache) in %.3f s; %d options for %d projects", keys.count, cached,
      seconds, relief.options.count, Set(relief.options.map(\.projectID)).count))
    return Outcome(relief: relief, unitLPs: keys.count, cached: cached, seconds: seconds)
  }

  /// The (project, park) pairs that can take an option: the project is
  /// eligible on some parcel of the park, wants green power, and the park has
  /// a green row; in project, then park order.
  public static func pairs(_ landCase: LandCase, inputs: GreenInputs) -> [(project: Int, park: Int)] {
    let parkIndex = Dictionary(landCase.parks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    let green = Set(inputs.parks.map(\.parkID))
    var set: Set<[Int]> = []
    for pair in EligibilityChecker(landCase).eligiblePairs() {
      guard let k = parkIndex[landCase.parcels[pair.parcel].parkID], green.contains(landCase.parks[k].id) else { continue }
      set.insert([pair.project, k])
    }
    return set.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.compactMap { pair in
      inputs.projects.indices.contains(pair[0]) && inputs.projects[pair[0]].policy != .no
        && inputs.projects[pair[0]].electricityMWh > 0 ? (pair[0], pair[1]) : nil
    }
  }

  /// The distinct unit LPs the pairs need, in first-use order.
  public func neededKeys(_ landCase: LandCase) -> [UnitKey] {
    var keys: [UnitKey] = [], seen: Set<UnitKey> = []
    for pair in Self.pairs(landCase, inputs: inputs) {
      let parkID = landCase.parks[pair.park].id
      guard let park = inputs.parks.first(where: { $0.parkID == parkID }), park.greenLandMu > 0 || park.roofMu > 0
      else { continue }
      for level in inputs.settings.levels {
        let key = UnitKey(shape: inputs.projects[pair.project].loadShape, parkID: parkID, level: level)
        if seen.insert(key).inserted { keys.append(key) }
      }
    }
    return keys
  }

  /// Each key's unit option, from the cache or solved (in parallel), in key order.
  public func units(_ keys: [UnitKey]) throws(GLPKError) -> [(option: UnitOption, cached: Bool)] {
    let inputs = inputs, cache = cache, method = method, progress = progress
    return try ParallelJobs(threads: threads).map(keys.count) { (i: Int) throws(GLPKError) -> (option: UnitOption, cached: Bool) in
      let key = keys[i]
      guard let park = inputs.parks.first(where: { $0.parkID == key.parkID }),
        let greenCase = UnitSizing.greenCase(key, park: park, settings: inputs.settings)
      else { return (UnitOption(feasible: false), false) }
      let hash = SizingCache.key(greenCase, method: method)
      if let stored = cache.read(hash) { return (stored, true) }
      let clock = Date()
      let option = try UnitSizing.size(greenCase, method: method)
      cache.write(option, key: hash)
      progress?(String(
        format: "green power: %@ at %@, level %g: %.2f s", key.shape.name, key.parkID, key.level,
        Date().timeIntervalSince(clock)))
      return (option, false)
    }
  }
}
