import Foundation

extension ProgressLine {
  /// Shows a domain's progress message (the `progress` callbacks of
  /// StandardLand, Placement and GreenPower): `re-solve N of M (…)` counts
  /// the explaining re-solves (ETA from their pace); any other message is
  /// the current step, with "ETA unknown", and starts the clock of the
  /// count that may follow.
  func show(_ message: String) {
    if let (done, total) = Self.reSolveCount(message) {
      update(ProgressLine.explanationsStep, done: done, total: total)
    } else {
      update(message.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }

  /// The step name of counted re-solves.
  static let explanationsStep = "explaining: re-solves"

  /// `(N, M)` of a message `re-solve N of M …`; nil for any other.
  static func reSolveCount(_ message: String) -> (Int, Int)? {
    let words = message.split(separator: " ", maxSplits: 4)
    guard words.count >= 4, words[0] == "re-solve", words[2] == "of", let done = Int(words[1]),
      let total = Int(words[3].prefix { $0.isNumber })
    else { return nil }
    return (done, total)
  }
}
