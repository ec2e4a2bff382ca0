import Foundation
import Testing
@testable import ParkOptData

@Suite struct AvailableProcessorsTests {
  @Test func cpuListsAreCounted() {
    #expect(AvailableProcessors.cpuCount(list: "0-3,8,10-11") == 7)
    #expect(AvailableProcessors.cpuCount(list: "\t0") == 1)
    #expect(AvailableProcessors.cpuCount(list: "0-1") == 2)
    #expect(AvailableProcessors.cpuCount(list: "3-1") == nil)
    #expect(AvailableProcessors.cpuCount(list: "a-b") == nil)
    #expect(AvailableProcessors.cpuCount(list: "") == nil)
  }

  @Test func theCountIsWithinTheMachines() {
    #expect(AvailableProcessors.count >= 1)
    #expect(AvailableProcessors.count <= max(1, ProcessInfo.processInfo.activeProcessorCount))
  }
}
