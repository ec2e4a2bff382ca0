import CGLPKShims
import Foundation
import Testing
@testable import GLPK

/// Models are values and a solve creates and frees its GLPK problem on the
/// calling thread, so separate threads may solve at once.
/// Serialized: the thread-exit test counts environments freed by exiting
/// threads, which only these tests start.
@Suite(.serialized) struct ThreadingTests {
  /// A knapsack-like model k with a known optimum: maximise Σ x_i subject to
  /// Σ i·x_i ≤ capacity, x binary; for capacity c the best count is the
  /// largest n with 1+2+…+n ≤ c.
  static func model(_ k: Int) -> (LinearModel, Double) {
    var m = LinearModel(name: "thread\(k)")
    let capacity = Double(10 + 7 * k)
    let xs = m.addVariables(count: 20, kind: .binary) { "x\($0 + 1)" }
    m.addConstraint(
      variables: xs, coefficients: (1...20).map(Double.init), lower: -.infinity, upper: capacity, name: "cap")
    m.setObjective(.sum(xs), sense: .maximize)
    var n = 0.0, used = 0.0
    while used + (n + 1) <= capacity { n += 1; used += n }
    return (m, n)
  }

  /// An LP k: minimise Σ (i+k)·y_i subject to Σ y_i ≥ k+1, 0 ≤ y ≤ 1:
  /// fill the cheapest first.
  static func lp(_ k: Int) -> (LinearModel, Double) {
    var m = LinearModel()
    let ys = m.addVariables(count: 30, upperBound: 1)
    m.addConstraint(.sum(ys) >= Double(k + 1), name: "demand")
    m.setObjective(.sum(ys.indices) { Double($0 + k) * ys[$0] }, sense: .minimize)
    let expected = (0...k).reduce(0.0) { $0 + Double($1 + k) }
    return (m, expected)
  }

  @Test func eightThreadsSolveDifferentModelsManyTimes() {
    let threads = 8, rounds = 60
    let freedBefore = pko_thread_environments_freed()
    let failures = Mutex<[String]>([])
    let group = DispatchGroup()
    for t in 0..<threads {
      group.enter()
      let thread = Thread {
        defer { group.leave() }
        for r in 0..<rounds {
          let (mip, bestCount) = Self.model((t + r) % 8)
          let (lp, cheapest) = Self.lp((t * 3 + r) % 8)
          do {
            let a = try Solver().solve(mip)
            let b = try Solver().solve(lp)
            if a.objectiveValue != bestCount || abs((b.objectiveValue ?? .nan) - cheapest) > 1e-9 {
              failures.withLock { $0.append("thread \(t) round \(r): \(a.objectiveValue ?? .nan) \(b.objectiveValue ?? .nan)") }
            }
            if Solver.memoryInUse.blocks != 0 {
              failures.withLock { $0.append("thread \(t) round \(r): GLPK memory left") }
            }
          } catch {
            failures.withLock { $0.append("thread \(t) round \(r): \(error)") }
          }
        }
      }
      thread.start()
    }
    group.wait()
    #expect(failures.withLock { $0 } == [])
    #expect(Self.waitForFreedEnvironments(threads, since: freedBefore) == threads)
  }

  /// Waits (up to 2 s) until `count` more thread environments were freed.
  static func waitForFreedEnvironments(_ count: Int, since before: UInt) -> Int {
    var freed = Int(pko_thread_environments_freed() - before)
    for _ in 0..<200 where freed < count {
      Thread.sleep(forTimeInterval: 0.01)
      freed = Int(pko_thread_environments_freed() - before)
    }
    return freed
  }
}

/// A minimal lock for collecting results from threads.
final class Mutex<Value>: @unchecked Sendable {
  private var value: Value
  private let lock = NSLock()
  init(_ value: Value) { self.value = value }
  func withLock<R>(_ body: (inout Value) -> R) -> R {
    lock.lock()
    defer { lock.unlock() }
    return body(&value)
  }
}

extension ThreadingTests {
  /// Each thread that used GLPK has its environment freed when it exits
  /// (GLPK itself would leak it).
  @Test func environmentsAreFreedWhenThreadsEnd() throws {
    let before = pko_thread_environments_freed()
    let group = DispatchGroup()
    for k in 0..<5 {
      group.enter()
      Thread {
        defer { group.leave() }
        _ = try? Solver().solve(ThreadingTests.lp(k).0)
      }.start()
    }
    group.wait()
    // The destructor runs just after each thread body returns.
    #expect(Self.waitForFreedEnvironments(5, since: before) == 5)
  }
}
