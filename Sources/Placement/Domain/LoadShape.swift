import GreenPower

/// The hourly shape of a project's load: a built-in working pattern or a
/// named profile read from `load_shapes/<name>.csv`.
public enum LoadShape: Sendable, Equatable, Hashable {
  /// The same load every hour.
  case continuous
  /// Two shifts: 1.0 from 06:00 to 22:00, 0.2 at night.
  case twoShift
  /// One shift: 1.0 from 08:00 to 18:00, 0.1 otherwise.
  case oneShift
  /// A named profile: `weights` of each hour (24 = one day repeated, or a
  /// whole year), any unit.
  case profile(name: String, weights: [Double])

  /// The name written in projects.csv.
  public var name: String {
    switch self {
    case .continuous: return "continuous"
    case .twoShift: return "two_shift"
    case .oneShift: return "one_shift"
    case .profile(let name, _): return name
    }
  }

  /// The built-in shapes by name.
  public static let builtIn: [String: LoadShape] = [
    "continuous": .continuous, "two_shift": .twoShift, "one_shift": .oneShift,
  ]

  /// The load of each hour of `calendar`, MW, averaging exactly 1 MW.
  public func unitLoadMW(_ calendar: HourCalendar) -> [Double] {
    let hours = calendar.hourOfDay.count
    var raw = [Double](repeating: 1, count: hours)
    switch self {
    case .continuous: break
    case .twoShift: raw = calendar.hourOfDay.map { (6..<22).contains($0) ? 1 : 0.2 }
    case .oneShift: raw = calendar.hourOfDay.map { (8..<18).contains($0) ? 1 : 0.1 }
    case .profile(_, let weights):
      guard !weights.isEmpty else { break }
      raw = (0..<hours).map { weights[$0 % weights.count] }
    }
    let mean = raw.reduce(0, +) / Double(max(1, hours))
    guard mean > 0 else { return [Double](repeating: 1, count: hours) }
    return raw.map { $0 / mean }
  }
}
