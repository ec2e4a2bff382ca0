import Foundation

/// Values recorded from several threads, in the order they came: a
/// search's progress lines, the models a re-solve function is handed.
final class Recorded<Element>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Element] = []
  func append(_ element: Element) { lock.withLock { stored.append(element) } }
  var all: [Element] { lock.withLock { stored } }
}
