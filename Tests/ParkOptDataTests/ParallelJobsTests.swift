import Foundation
import Testing
@testable import ParkOptData

/// The thread pool behind assign's explaining re-solves and evaluate's DEA.
@Suite struct ParallelJobsTests {
  /// A job's failure.
  enum JobError: Error, Equatable { case failed(Int) }

  /// Job i: the sum 0 + 1 + … + 1000·i, worked out the long way (so the
  /// threads overlap), divided by 500·(1000·i + 1); the answer is i.
  static func job(_ i: Int) throws(JobError) -> Double {
    let n = 1000 * i
    let sum = (0...n).reduce(0.0) { $0 + Double($1) }
    return sum / (500 * Double(n + 1))
  }

  @Test(arguments: [1, 2, 3])
  func resultsComeInJobOrderWhateverTheThreads(threads: Int) throws {
    let results = try ParallelJobs(threads: threads).map(25) { i throws(JobError) in try Self.job(i) }
    #expect(results == (0..<25).map(Double.init))
  }

  @Test func jobsRunOnSeveralThreadsAtOnce() throws {
    // Two jobs that each wait for the other to have started: with one
    // thread at a time this would time out.
    let started = NSCondition()
    nonisolated(unsafe) var count = 0
    let met = try ParallelJobs(threads: 2).map(2) { _ throws(JobError) -> Bool in
      started.lock()
      defer { started.unlock() }
      count += 1
      started.broadcast()
      let deadline = Date().addingTimeInterval(10)
      while count < 2 { if !started.wait(until: deadline) { return false } }
      return true
    }
    #expect(met == [true, true])
  }

  /// The error comes back, whatever the other thread was doing. How many
  /// jobs the other thread runs before the failure is recorded depends on
  /// scheduling (a baseline run under load saw job 49 start), so that is
  /// checked on the shared state itself, below.
  @Test func aFailingJobsErrorIsRethrown() {
    #expect {
      _ = try ParallelJobs(threads: 2).map(50) { i throws(JobError) -> Int in
        if i == 3 { throw JobError.failed(3) }
        return i
      }
    } throws: { error in
      error as? JobError == .failed(3)
    }
  }

  /// Once a failure is recorded no job starts, and the first failure in
  /// job order is the one rethrown.
  @Test func noJobStartsAfterAFailureIsRecorded() {
    let state = ParallelJobs.SharedState<Int, JobError>(count: 10)
    #expect(state.next() == 0)
    #expect(state.next() == 1)
    #expect(state.next() == 2)
    state.finish(2, .failure(.failed(2)))
    state.finish(0, .success(0))
    #expect(state.next() == nil)
    state.finish(1, .failure(.failed(1)))
    #expect(state.next() == nil)
    #expect {
      _ = try state.results()
    } throws: { error in
      error as? JobError == .failed(1)
    }
  }

  /// On one thread the jobs run in order and none after the failure.
  @Test func oneThreadStopsAtTheFailingJob() {
    nonisolated(unsafe) var jobsRun: [Int] = []
    #expect(throws: JobError.self) {
      _ = try ParallelJobs(threads: 1).map(50) { i throws(JobError) -> Int in
        jobsRun.append(i)
        if i == 3 { throw JobError.failed(3) }
        return i
      }
    }
    #expect(jobsRun == [0, 1, 2, 3])
  }

  @Test func oneThreadRunsOnTheCallingThread() throws {
    let caller = Thread.current.hash
    let same = try ParallelJobs(threads: 1).map(3) { _ throws(JobError) in Thread.current.hash == caller }
    #expect(same == [true, true, true])
  }
}
