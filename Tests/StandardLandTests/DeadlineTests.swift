import Testing

@testable import StandardLand

/// The one deadline a search reads its time left from.
@Suite struct DeadlineTests {
  @Test func noLimitNeverExpires() {
    let deadline = Deadline(limit: nil)
    #expect(deadline.remaining == .infinity)
    #expect(!deadline.expired)
  }

  @Test func remainingCountsDownFromTheLimit() {
    let deadline = Deadline(limit: 100)
    #expect(deadline.remaining <= 100 && deadline.remaining > 90)
    #expect(deadline.elapsed >= 0 && deadline.elapsed < 10)
    #expect(!deadline.expired)
  }

  @Test func aPassedLimitHasExpired() {
    let started = ContinuousClock.now - .seconds(5)
    let deadline = Deadline(limit: 2, start: started)
    #expect(deadline.elapsed >= 5)
    #expect(deadline.remaining <= -3)
    #expect(deadline.expired)
  }
}
