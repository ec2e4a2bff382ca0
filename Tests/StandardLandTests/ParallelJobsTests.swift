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

  @Test func aFailingJobStopsTheRestAndItsErrorIsRethrown() {
    let ran = NSLock()
    nonisolated(unsafe) var jobsRun: [Int] = []
    #expect {
      _ = try ParallelJobs(threads: 2).map(50) { i throws(GLPKError) -> Int in
        ran.withLock { jobsRun.append(i) }
        if i == 3 { throw GLPKError.unsupportedOption("job 3") }
        return i
      }
    } throws: { error in
      guard case .unsupportedOption("job 3") = error as? GLPKError else { return false }
      return true
    }
    // Jobs are started in order and none starts after the failure is seen:
    // at most the other thread's job in flight follows job 3.
    #expect(ran.withLock { jobsRun.max() ?? 0 } <= 5)
  }

  @Test func oneThreadRunsOnTheCallingThread() throws {
    let caller = Thread.current.hash
    let same = try ParallelJobs(threads: 1).map(3) { _ throws(GLPKError) in Thread.current.hash == caller }
    #expect(same == [true, true, true])
  }
}
