import Foundation

/// Runs independent jobs (assign's explaining re-solves, evaluate's DEA
/// models) on a few threads and returns their results in job order.
///
/// Written by hand rather than with `DispatchQueue.concurrentPerform` or a
/// task group: GLPK keeps an environment per thread and frees it only when
/// the thread exits, so the jobs run on threads of their own that end with
/// the work (GCD's and the cooperative pool's threads live on, and a task
/// group would block cooperative threads in long GLPK calls).
public struct ParallelJobs: Sendable {
  /// Threads at most; 1 runs every job on the calling thread.
  public let threads: Int

  /// Each thread's stack: 8 MiB, as the main thread has, so how deep a job
  /// may go does not depend on the thread that runs it.
  static let stackSize = 8 << 20

  /// At most `threads` threads (at least 1).
  public init(threads: Int) { self.threads = max(1, threads) }

  /// `job(i)` for i in 0..<count, `threads` at a time, each thread taking the
  /// next job not yet started. When a job throws, no further job starts and
  /// the first error (in job order) is rethrown once the running ones end.
  public func map<T: Sendable, Failure: Error>(
    _ count: Int, _ job: @escaping @Sendable (Int) throws(Failure) -> T
  ) throws(Failure) -> [T] {
    guard threads > 1, count > 1 else {
      var results: [T] = []
      for i in 0..<count { results.append(try job(i)) }
      return results
    }
    let state = SharedState<T, Failure>(count: count)
    let group = DispatchGroup()
    for _ in 0..<min(threads, count) {
      group.enter()
      let thread = Thread {
        defer { group.leave() }
        while let i = state.next() {
          state.finish(i, Result { () throws(Failure) -> T in try job(i) })
        }
      }
      thread.stackSize = Self.stackSize
      thread.start()
    }
    group.wait()
    return try state.results()
  }

  /// The job counter and the results, behind one lock. A job's failure is
  /// known only once it returns: jobs other threads took before that keep
  /// running (with instant jobs and a loaded machine, many of them), but no
  /// job starts after it.
  final class SharedState<T: Sendable, Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private var nextJob = 0
    private let count: Int
    private var slots: [Result<T, Failure>?]

    init(count: Int) {
      self.count = count
      slots = Array(repeating: nil, count: count)
    }

    /// The next job to run, or nil when all are taken or one failed.
    func next() -> Int? {
      lock.withLock {
        guard nextJob < count else { return nil }
        defer { nextJob += 1 }
        return nextJob
      }
    }

    /// Records job `i`'s result; a failure stops further jobs from starting.
    func finish(_ i: Int, _ result: Result<T, Failure>) {
      lock.withLock {
        slots[i] = result
        if case .failure = result { nextJob = count }
      }
    }

    /// The results in job order, or the first error.
    func results() throws(Failure) -> [T] {
      let all = lock.withLock { slots }
      var values: [T] = []
      for slot in all {
        switch slot {
        case .success(let value): values.append(value)
        case .failure(let error): throw error
        case nil: continue  // not started after an earlier job failed
        }
      }
      return values
    }
  }
}
