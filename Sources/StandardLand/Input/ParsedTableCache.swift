import Foundation
import ParkOptData

/// The last clean parse of each kind of table in this process, keyed by the
/// file's bytes: a sweep run in one process (`parkopt batch run
/// --in-process`) reads the same 20,000-parcel table for every run, and
/// parsing it again is most of a `rank` run's time. Only tables without a
/// problem are kept (their messages would name another run's path); a hit
/// is a byte-for-byte equal file, so it parses to the same values.
final class ParsedTableCache: @unchecked Sendable {
  static let shared = ParsedTableCache()

  init() {}

  private let lock = NSLock()
  private var kept: [String: (bytes: Data, parsed: any Sendable)] = [:]

  /// The parse of `bytes` as table `kind` kept earlier, named `file`; nil when none is kept.
  func lookup<Value: Sendable>(_ kind: String, bytes: Data, file: String) -> Parsed<Value>? {
    lock.lock()
    defer { lock.unlock() }
    guard let entry = kept[kind], entry.bytes == bytes, var parsed = entry.parsed as? Parsed<Value> else { return nil }
    parsed.file = file
    return parsed
  }

  /// Keeps `parsed` (the parse of `bytes` as table `kind`) when it has no problem.
  func keep<Value: Sendable>(_ kind: String, bytes: Data, _ parsed: Parsed<Value>) {
    guard parsed.issues.isEmpty else { return }
    lock.lock()
    kept[kind] = (bytes, parsed)
    lock.unlock()
  }
}
