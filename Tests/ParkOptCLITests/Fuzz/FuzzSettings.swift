import Foundation

/// How many mutations to run and how, from the environment (`scripts/fuzz.sh`
/// sets these for a longer run; the committed test uses the defaults).
struct FuzzSettings: Sendable {
  /// Mutations per command (`PARKOPT_FUZZ_COUNT`); nil: each command's default.
  var count: Int?
  /// The generator's seed (`PARKOPT_FUZZ_SEED`, default 14).
  var seed: UInt64
  /// Runs at a time (`PARKOPT_FUZZ_JOBS`, default 2).
  var jobs: Int
  /// Seconds before a run counts as a hang and is killed (`PARKOPT_FUZZ_TIMEOUT`, default 20).
  var timeout: Double
  /// A file to append every outcome to, one line each (`PARKOPT_FUZZ_LOG`).
  var log: String?

  static let current: FuzzSettings = {
    let env = ProcessInfo.processInfo.environment
    return FuzzSettings(
      count: env["PARKOPT_FUZZ_COUNT"].flatMap { Int($0) },
      seed: env["PARKOPT_FUZZ_SEED"].flatMap { UInt64($0) } ?? 14,
      jobs: env["PARKOPT_FUZZ_JOBS"].flatMap { Int($0) } ?? 2,
      timeout: env["PARKOPT_FUZZ_TIMEOUT"].flatMap { Double($0) } ?? 20,
      log: env["PARKOPT_FUZZ_LOG"])
  }()
}
