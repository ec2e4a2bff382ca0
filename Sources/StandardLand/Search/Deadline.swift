import Foundation

/// When a search must end: the instant it started and its time limit, read
/// as seconds elapsed and seconds left.
///
/// One value for every step of a ``ParkFirstSearch`` (and its inner
/// searches), instead of a start instant and a clock passed side by side.
struct Deadline: Sendable {
  /// When the search started.
  let start: ContinuousClock.Instant
  /// Seconds allowed from ``start``; nil: no limit.
  let limit: Double?

  /// A deadline `limit` seconds after `start` (nil: none).
  init(limit: Double?, start: ContinuousClock.Instant = .now) {
    self.start = start
    self.limit = limit
  }

  /// Seconds since ``start``.
  var elapsed: Double { (ContinuousClock.now - start).inSeconds }

  /// Seconds left before the limit: infinity without one, 0 or less once
  /// it has passed.
  var remaining: Double {
    guard let limit else { return .infinity }
    return limit - elapsed
  }

  /// True once the limit has passed (never without one).
  var expired: Bool { remaining <= 0 }
}
