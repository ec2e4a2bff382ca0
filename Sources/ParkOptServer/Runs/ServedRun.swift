import Foundation

/// One run started from the page, as kept in `DATA/runs/ID/run-state.json`.
public struct ServedRun: Sendable, Codable, Equatable {
  /// Where a run is in its life.
  public enum State: String, Sendable, Codable {
    case queued, running, finished, cancelled
    /// The server stopped while the run was queued or running.
    case interrupted
    /// The child process could not be started.
    case failedToStart = "failed_to_start"
  }

  public var id: String
  public var options: RunOptions
  /// The case's title when the run was made.
  public var caseTitle: String
  /// `parkopt` and its arguments, as the child was started.
  public var commandLine: [String]
  public var state: State
  /// The child's exit code (`parkopt`'s table), when it has exited.
  public var exitCode: Int32?
  /// Seconds since 1970 (the page shows elapsed time; no result file holds it).
  public var queuedAt: Double
  public var startedAt: Double?
  public var endedAt: Double?

  /// Whether the run is done, one way or another.
  public var isOver: Bool { ![.queued, .running].contains(state) }

  /// Seconds from start to end (or to now while running).
  public func elapsed(now: Double) -> Double? {
    guard let startedAt else { return nil }
    return (endedAt ?? now) - startedAt
  }
}
