import Foundation

/// Runs independent DEA jobs on a few threads and returns their results in
/// job order.
///
/// Threads of their own rather than GCD or a task group: GLPK keeps an
/// environment per thread and frees it only when the thread exits (see the
/// GLPK module's threading notes), so each job's solves run start to end on
/// one thread that ends with the work.
struct DEAThreads {
  /// Threads at most; 1 runs every job on the calling thread.
  let threads: Int

  init(threads: Int) { self.threads = max(1, threads) }

  /// `job(i)` for i in 0..<count, each thread taking the next job not yet
  /// started. After a failure no job starts; the first error in job order
  /// is rethrown.
  func map<T: Sendable>(_ count: Int, _ job: @escaping @Sendable (Int) throws(EvaluationError) -> T)
    throws(EvaluationError) -> [T]
  {
    guard threads > 1, count > 1 else {
      var results: [T] = []
      for i in 0..<count { results.append(try job(i)) }
      return results
    }
    let state = Slots<T>(count: count)
    let group = DispatchGroup()
    for _ in 0..<min(threads, count) {
      group.enter()
      let thread = Thread {
        defer { group.leave() }
        while let i = state.next() {
          state.finish(i, Result { () throws(EvaluationError) -> T in try job(i) })
        }
      }
      thread.stackSize = 8 << 20
      thread.start()
    }
    group.wait()
    return try state.results()
  }

  /// The job counter and the results, behind one lock.
  private final class Slots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var nextJob = 0
    private let count: Int
    private var slots: [Result<T, EvaluationError>?]

    init(count: Int) {
      self.count = count
      slots = Array(repeating: nil, count: count)
    }

    func next() -> Int? {
      lock.withLock {
        guard nextJob < count else { return nil }
        defer { nextJob += 1 }
        return nextJob
      }
    }

    func finish(_ i: Int, _ result: Result<T, EvaluationError>) {
      lock.withLock {
        slots[i] = result
        if case .failure = result { nextJob = count }
      }
    }

    func results() throws(EvaluationError) -> [T] {
      let all = lock.withLock { slots }
      var values: [T] = []
      for slot in all {
        switch slot {
        case .success(let value): values.append(value)
        case .failure(let error): throw error
        case nil: continue
        }
      }
      return values
    }
  }
}
