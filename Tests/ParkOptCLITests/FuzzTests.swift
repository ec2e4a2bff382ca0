import Foundation
import Testing

/// Mutated copies of the bundled examples, run through the built `parkopt`
/// as child processes: never a crash or a hang, only documented exit codes,
/// bad-input messages that name file, row and column, and a failed run never
/// touches the result folder a good run wrote. The mutations come from a
/// fixed seed (see `FuzzSettings`; `scripts/fuzz.sh N` runs more).
@Suite(.serialized) struct FuzzTests {
  static let settings = FuzzSettings.current

  @Test func assign() throws { try fuzz(try FuzzCase.assign(), count: 150) }
  @Test func evaluate() throws { try fuzz(try FuzzCase.evaluate(), count: 150) }
  @Test func size() throws { try fuzz(try FuzzCase.size(), count: 150) }
  @Test func solve() throws { try fuzz(try FuzzCase.solve(), count: 200) }

  func fuzz(_ fuzzCase: FuzzCase, count defaultCount: Int) throws {
    let settings = Self.settings
    let command = fuzzCase.command
    let session = try FuzzSession(fuzzCase, executable: CommandRunner.parkopt, timeout: settings.timeout)
    try session.prepare()
    try #require(session.baseExit == 0, "the unchanged \(command) case must succeed: \(session.baseStderr)")
    try #require(session.baseResultFiles > 0, "the unchanged \(command) case wrote no result files")
    let mutations = fuzzCase.mutations(count: settings.count ?? defaultCount, seed: settings.seed)
    let started = Date()
    let outcomes = session.run(mutations, jobs: settings.jobs)
    print(FuzzSession.table(command, outcomes, seconds: Date().timeIntervalSince(started)))
    if let log = settings.log { Self.append(outcomes, command: command, to: log) }
    #expect(outcomes.count == mutations.count)
    for check in FuzzCheck.allCases {
      let failing = outcomes.filter { $0.broken.contains(check) }
      guard !failing.isEmpty else { continue }
      let examples = failing.prefix(6).map { o in
        "  - \(o.mutation.summary) → \(o.run.ending): \(Self.firstLines(o.run.stderr))\n    \(o.reproducer)"
      }
      let message = Comment(rawValue: "parkopt \(command): \(check.rawValue) in \(failing.count) of \(outcomes.count) runs (seed \(settings.seed)), e.g.:\n" + examples.joined(separator: "\n"))
      Issue.record(message)
    }
    if outcomes.allSatisfy({ $0.broken.isEmpty }) { session.removeFolder() }
  }

  static func firstLines(_ text: String) -> String {
    let lines = text.replacingOccurrences(of: "\t", with: " ").split(separator: "\n").prefix(2).joined(separator: " | ")
    return lines.count > 200 ? String(lines.prefix(200)) + "…" : lines
  }

  /// Appends one line per outcome: command, index, ending, broken rules,
  /// mutation, first message line, reproducer.
  static func append(_ outcomes: [FuzzSession.Outcome], command: String, to path: String) {
    let text = outcomes.map { o in
      [command, String(o.index), "\(o.run.ending)", o.broken.map(\.rawValue).joined(separator: ","), o.mutation.kind,
       o.mutation.summary, firstLines(o.run.stderr), o.reproducer].joined(separator: "\t")
    }.joined(separator: "\n") + "\n"
    if let handle = FileHandle(forWritingAtPath: path) {
      handle.seekToEndOfFile()
      handle.write(Data(text.utf8))
      try? handle.close()
    } else {
      _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }
  }
}
