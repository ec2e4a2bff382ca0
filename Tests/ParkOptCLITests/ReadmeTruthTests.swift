import Foundation
import Testing
import ParkOptTestSupport

/// The README tells the truth: every `parkopt …` command it shows (and every
/// `Example:` line of a `--help` text) runs on the examples without a missing
/// file or a usage error, and every repository path it names exists.
///
/// Commands run in a sandbox folder holding copies of the examples under
/// their README names, cut down so the test is fast: `Examples/kunming` keeps
/// 16 projects and every third parcel (its firm tables whole), and
/// `Examples/kunming-greenpower` its first 720 hours. `parkopt assign` gets
/// `--no-explain --time-limit 5` appended and `parkopt solve` `--time-limit 5`
/// when the line has none. Paths under `/tmp/` go to the sandbox's `tmp/`.
/// Illustrative file names map to real files (`placeholders`).
@Suite(.serialized) struct ReadmeTruthTests {
  static let root = FuzzCase.root

  /// The documents whose commands run: the README's code blocks, and the
  /// inline `parkopt …` spans of Models/README.md that name an example.
  /// Benchmarks/*.md commands are not run: they need the generated large
  /// instances (`/tmp/small`, `/tmp/large`) and minutes each.
  static let commandDocuments = ["README.md", "Models/README.md"]

  /// Illustrative names in the README and the sandbox files they stand for.
  /// `model.mod`: Examples/solve/park_parcels.mod (its data section is
  /// ignored when `--data` is given, as in glpsol); `base.dat`: that data
  /// section; `scenario.dat`: an empty data file;
  /// `plan.mps`: GLPK's example plan.mps; `infeasible.mod`: a two-row
  /// infeasible LP; `firms.csv`: Examples/kunming/firms.csv.
  static let placeholders = ["model.mod", "base.dat", "scenario.dat", "plan.mps", "infeasible.mod", "firms.csv"]

  /// Passages left out, with the reason.
  static let excluded: [(marker: String, reason: String)] = [
    ("--add-parcels", "the closing-the-loop recipe: run end to end on the full example by ReallocationLoopCommandTests"),
    ("--standards", "the closing-the-loop recipe: run end to end on the full example by ReallocationLoopCommandTests"),
  ]

  /// A command shown in a document.
  struct Shown: CustomTestStringConvertible, Sendable {
    var source: String
    var line: Int
    var command: String
    var testDescription: String { "\(source):\(line): \(command)" }
  }

  // MARK: Finding the commands

  /// Every `parkopt …` line of the fenced code blocks of `text` (continued
  /// lines joined, trailing `# comments` removed).
  static func codeBlockCommands(_ text: String, source: String) -> [Shown] {
    var shown: [Shown] = []
    var inBlock = false, pending = "", pendingLine = 0
    for (n, raw) in text.components(separatedBy: "\n").enumerated() {
      if raw.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
        inBlock.toggle()
        continue
      }
      guard inBlock else { continue }
      var line = raw.trimmingCharacters(in: .whitespaces)
      if pending.isEmpty {
        guard line.hasPrefix("parkopt ") else { continue }
        pendingLine = n + 1
      }
      line = withoutComment(line)
      if line.hasSuffix("\\") {
        pending += line.dropLast().trimmingCharacters(in: .whitespaces) + " "
        continue
      }
      shown.append(Shown(source: source, line: pendingLine, command: (pending + line).trimmingCharacters(in: .whitespaces)))
      pending = ""
    }
    return shown
  }

  /// Every inline code span `parkopt …` that names an `Examples/` case.
  static func inlineCommands(_ text: String, source: String) -> [Shown] {
    text.components(separatedBy: "\n").enumerated().flatMap { n, line in
      line.components(separatedBy: "`").enumerated().compactMap { i, span in
        i % 2 == 1 && span.hasPrefix("parkopt ") && span.contains("Examples/") ? Shown(source: source, line: n + 1, command: span) : nil
      }
    }
  }

  static func withoutComment(_ line: String) -> String {
    guard let range = line.range(of: " #") else { return line }
    return String(line[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
  }

  static func documentCommands() throws -> [Shown] {
    try commandDocuments.flatMap { name -> [Shown] in
      let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
      return codeBlockCommands(text, source: name) + (name == "README.md" ? [] : inlineCommands(text, source: name))
    }
  }

  static let subcommands = ["solve", "assign", "evaluate", "size", "rank", "batch", "serve"]

  /// The `Example: parkopt …` lines of every subcommand's `--help`.
  static func helpCommands() throws -> [Shown] {
    try subcommands.flatMap { sub -> [Shown] in
      let r = try CommandRunner.parkopt([sub, "--help"])
      return r.stdout.components(separatedBy: "\n").enumerated().compactMap { n, line in
        guard let range = line.range(of: "Example: parkopt ") else { return nil }
        return Shown(source: "parkopt \(sub) --help", line: n + 1, command: "parkopt " + line[range.upperBound...])
      }
    }
  }

  // MARK: The sandbox

  /// A folder with the examples (cut down) and the placeholder files.
  static func sandbox() throws -> URL {
    let dir = Scratch.path("readme")
    let fm = FileManager.default
    let assign = try FuzzCase.assign()
    try write(assign.files, to: dir.appendingPathComponent("Examples/kunming"))
    try fm.createDirectory(at: dir.appendingPathComponent("Examples/kunming/load_shapes"), withIntermediateDirectories: true)
    for name in [
      "firms.csv", "evaluate.yaml", "park_indicators.csv", "rank-weights.yaml", "scenario-green.yaml", "green_parks.csv",
      "load_shapes/cold_chain.csv",
    ] {
      try FuzzCase.example("kunming/\(name)").write(to: dir.appendingPathComponent("Examples/kunming/\(name)"))
    }
    try write([
      "load.csv": FuzzCase.head(try FuzzCase.example("kunming-greenpower/load.csv"), rows: 720),
      "resource.csv": FuzzCase.head(try FuzzCase.example("kunming-greenpower/resource.csv"), rows: 720),
      "scenario.yaml": try FuzzCase.example("kunming-greenpower/scenario.yaml"),
    ], to: dir.appendingPathComponent("Examples/kunming-greenpower"))
    let solveFolder = root.appendingPathComponent("Examples/solve")
    try fm.createDirectory(at: dir.appendingPathComponent("Examples"), withIntermediateDirectories: true)
    try fm.copyItem(at: solveFolder, to: dir.appendingPathComponent("Examples/solve"))
    try fm.copyItem(at: root.appendingPathComponent("Models"), to: dir.appendingPathComponent("Models"))
    try fm.copyItem(at: root.appendingPathComponent("Examples/batch"), to: dir.appendingPathComponent("Examples/batch"))
    try fm.createDirectory(at: dir.appendingPathComponent("tmp"), withIntermediateDirectories: true)
    // Placeholders.
    let parcels = try String(contentsOf: solveFolder.appendingPathComponent("park_parcels.mod"), encoding: .utf8)
    let parts = parcels.components(separatedBy: "\ndata;\n")
    try #require(parts.count == 2, "Examples/solve/park_parcels.mod has one data section")
    try write([
      "model.mod": Data(parcels.utf8),
      "base.dat": Data(("data;\n" + parts[1]).utf8),
      "scenario.dat": Data("data;\nend;\n".utf8),
      "plan.mps": try Data(contentsOf: URL(fileURLWithPath: "\(SolveCommandTests.examples)/plan.mps")),
      "infeasible.mod": Data("var x >= 0;\nvar y >= 0;\nmaximize z: x + y;\ns.t. a: x + y <= 1;\ns.t. b: x + y >= 2;\nend;\n".utf8),
      "firms.csv": try FuzzCase.example("kunming/firms.csv"),
    ], to: dir)
    return dir
  }

  static func write(_ files: [String: Data], to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
  }

  /// The words of a shell command line (single and double quotes).
  static func words(_ command: String) -> [String] {
    var words: [String] = [], word = "", quote: Character?
    var started = false
    for c in command {
      if let q = quote {
        if c == q { quote = nil } else { word.append(c) }
      } else if c == "'" || c == "\"" {
        quote = c
        started = true
      } else if c == " " {
        if started || !word.isEmpty { words.append(word) }
        word = ""
        started = false
      } else {
        word.append(c)
      }
    }
    if started || !word.isEmpty { words.append(word) }
    return words
  }

  /// The arguments to run for a shown command, in the sandbox `dir`.
  static func arguments(_ command: String, sandbox dir: URL) -> [String] {
    var args = Array(words(command).dropFirst()).map { word -> String in
      word.hasPrefix("/tmp/") ? dir.appendingPathComponent(String(word.dropFirst())).path : word
    }
    switch args.first {
    case "serve":
      // A server never exits: its lines are checked by parsing them with --help.
      return args + ["--help"]
    case "assign":
      if !args.contains("--no-explain") { args.append("--no-explain") }
      if !args.contains("--time-limit") { args += ["--time-limit", "5"] }
    case "solve":
      if !args.contains("--time-limit") { args += ["--time-limit", "5"] }
    default: break
    }
    return args
  }

  // MARK: Tests

  static func shownCommands() throws -> [Shown] { try documentCommands() + helpCommands() }

  @Test func everyDocumentShowsCommands() throws {
    let shown = try Self.shownCommands()
    // README: 6 solve, 5 assign, 4 evaluate, 4 size; Models/README.md: 2; --help: 3.
    #expect(shown.count >= 20, "\(shown.map(\.testDescription))")
    for sub in Self.subcommands {
      #expect(shown.contains { $0.command.hasPrefix("parkopt \(sub) ") }, "no \(sub) command found")
    }
  }

  @Test func everyShownCommandRuns() throws {
    let dir = try Self.sandbox()
    defer { try? FileManager.default.removeItem(at: dir) }
    let logs = dir.appendingPathComponent("logs")
    try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
    for shown in try Self.shownCommands() {
      if let skip = Self.excluded.first(where: { shown.command.contains($0.marker) }) {
        print("readme: skipped \(shown.testDescription): \(skip.reason)")
        continue
      }
      let args = Self.arguments(shown.command, sandbox: dir)
      let r = try FuzzRunner.run(CommandRunner.parkopt, args, scratch: logs, workingDirectory: dir, timeout: 120)
      let expected: Int32 = shown.command.contains("infeasible") ? 10 : 0
      #expect(r.ending == .exit(expected), "\(shown.testDescription) (run as parkopt \(args.joined(separator: " "))) ended \(r.ending): \(r.stderr)")
      #expect(!r.stderr.contains("No such file") && !r.stderr.contains("does not exist"), "\(shown.testDescription): \(r.stderr)")
    }
  }

  @Test func everyHelpTextPrints() throws {
    for sub in [[]] + Self.subcommands.map({ [$0] }) {
      let r = try CommandRunner.parkopt(sub + ["--help"])
      #expect(r.status == 0, "parkopt \(sub.joined()) --help: \(r.stderr)")
      #expect(r.stdout.contains("USAGE: parkopt"), "parkopt \(sub.joined()) --help")
    }
  }

  /// Documents whose repository paths must exist.
  static let pathDocuments = ["README.md", "Models/README.md", "Benchmarks/README.md", "Benchmarks/EVALUATE.md", "Benchmarks/GREENPOWER.md"]

  /// Every `Examples/…`, `Models/…`, `scripts/…` or `Benchmarks/…` path in a
  /// document, help text or example README. Result folders (`…/results/…`)
  /// are written by the commands and are not in the repository.
  static func namedPaths(_ text: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: "(?<![A-Za-z0-9_./-])(?:Examples|Models|scripts|Benchmarks)/[A-Za-z0-9_./-]*[A-Za-z0-9_]")
    let ns = text as NSString
    return pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
      .filter { !$0.contains("/results") }
  }

  @Test func everyNamedPathExists() throws {
    let examples = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Examples").path)
      .filter { FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("Examples/\($0)/README.md").path) }
      .map { "Examples/\($0)/README.md" }
    var texts = try (Self.pathDocuments + examples).map { ($0, try String(contentsOf: Self.root.appendingPathComponent($0), encoding: .utf8)) }
    for sub in Self.subcommands { texts.append(("parkopt \(sub) --help", try CommandRunner.parkopt([sub, "--help"]).stdout)) }
    var checked = 0
    for (source, text) in texts {
      for path in Set(Self.namedPaths(text)).sorted() {
        checked += 1
        #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(path).path), "\(source) names \(path), which does not exist")
      }
    }
    #expect(checked >= 15)
  }

  @Test func commandLinesAreFoundAndMapped() {
    let text = "x\n```sh\nparkopt solve a.mod --x 1   # comment\nparkopt evaluate f.csv \\\n  --dea parks\nglpsol -m m\n```\n`parkopt size Examples/k --hours 24`"
    let block = Self.codeBlockCommands(text, source: "t")
    #expect(block.map(\.command) == ["parkopt solve a.mod --x 1", "parkopt evaluate f.csv --dea parks"])
    #expect(block.map(\.line) == [3, 4])
    #expect(Self.inlineCommands(text, source: "t").map(\.command) == ["parkopt size Examples/k --hours 24"])
    let dir = URL(fileURLWithPath: "/s")
    #expect(Self.arguments("parkopt assign Examples/kunming --output /tmp/o", sandbox: dir)
      == ["assign", "Examples/kunming", "--output", "/s/tmp/o", "--no-explain", "--time-limit", "5"])
    #expect(Self.words("a 'b c' \"\" d") == ["a", "b c", "", "d"])
    #expect(Self.namedPaths("see `Examples/kunming/firms.csv`, Models/x.mod. and Examples/kunming/results/") == ["Examples/kunming/firms.csv", "Models/x.mod"])
  }
}
