import Foundation
import Testing
@testable import GLPK
@testable import StandardLand

/// The thread pool behind the explaining re-solves.
@Suite struct ParallelJobsTests {
  /// Job i: maximise x subject to x ≤ i + 0.5, x integer in [0, 100]; the
  /// answer is i.
  static func job(_ i: Int) throws(GLPKError) -> Double {
    var m = LinearModel(name: "job\(i)")
    let x = m.addVariable("x", upperBound: 100, kind: .integer)
    m.addConstraint(LinearExpression(x) <= Double(i) + 0.5, name: "cap")
    m.setObjective(LinearExpression(x), sense: .maximize)
    return try Solver().solve(m).objectiveValue ?? -1
  }

  @Test(arguments: [1, 2, 3])
  func resultsComeInJobOrderWhateverTheThreads(threads: Int) throws {
    let results = try ParallelJobs(threads: threads).map(25) { i throws(GLPKError) in try Self.job(i) }
    #expect(results == (0..<25).map(Double.init))
  }

  @Test func jobsRunOnSeveralThreadsAtOnce() throws {
    // Two jobs that each wait for the other to have started: with one
    // thread at a time this would time out.
    let started = NSCondition()
    nonisolated(unsafe) var count = 0
    let met = try ParallelJobs(threads: 2).map(2) { _ throws(GLPKError) -> Bool in
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
      _ = try ParallelJobs(threads: 2).map(50) { i throws(GLPKError) -> Int in
        if i == 3 { throw GLPKError.unsupportedOption("job 3") }
        return i
      }
    } throws: { error in
      guard case .unsupportedOption("job 3") = error as? GLPKError else { return false }
      return true
    }
  }

  /// Once a failure is recorded no job starts, and the first failure in
  /// job order is the one rethrown.
  @Test func noJobStartsAfterAFailureIsRecorded() {
    let state = ParallelJobs.SharedState<Int>(count: 10)
    #expect(state.next() == 0)
    #expect(state.next() == 1)
    #expect(state.next() == 2)
    state.finish(2, .failure(.unsupportedOption("job 2")))
    state.finish(0, .success(0))
    #expect(state.next() == nil)
    state.finish(1, .failure(.unsupportedOption("job 1")))
    #expect(state.next() == nil)
    #expect {
      _ = try state.results()
    } throws: { error in
      guard case .unsupportedOption("job 1") = error as? GLPKError else { return false }
      return true
    }
  }

  /// On one thread the jobs run in order and none after the failure.
  @Test func oneThreadStopsAtTheFailingJob() {
    nonisolated(unsafe) var jobsRun: [Int] = []
    #expect(throws: GLPKError.self) {
      _ = try ParallelJobs(threads: 1).map(50) { i throws(GLPKError) -> Int in
        jobsRun.append(i)
        if i == 3 { throw GLPKError.unsupportedOption("job 3") }
        return i
      }
    }
    #expect(jobsRun == [0, 1, 2, 3])
  }

  @Test func oneThreadRunsOnTheCallingThread() throws {
    let caller = Thread.current.hash
    let same = try ParallelJobs(threads: 1).map(3) { _ throws(GLPKError) in Thread.current.hash == caller }
    #expect(same == [true, true, true])
  }
}
