import ArgumentParser
import BatchRuns
import Foundation

/// `parkopt batch plan`: the runs of a manifest, without running them.
struct BatchPlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "List a manifest's runs (id, command, case, swept values) without running them.",
    discussion: "Example: parkopt batch plan Examples/batch/kunming-quotas.yaml")

  @Argument(help: "The manifest (YAML or JSON).")
  var manifest: String

  @Option(help: "What to print: text (a line per run) or json (plan.json).")
  var format: SummaryFormat = .text

  @Option(help: ArgumentHelp("Only the runs of shard I of N (0 ≤ I < N).", valueName: "I/N"))
  var shard: String?

  func run() throws {
    let loaded = try BatchInputs.load(manifest)
    var plan = PlanFile(loaded)
    if let shard {
      let selected = try BatchInputs.shard(shard)
      plan.runs = plan.runs.filter { selected.contains($0.index) }
    }
    switch format {
    case .text: print(plan.text, terminator: "")
    case .json: print(String(decoding: try plan.data(), as: UTF8.self), terminator: "")
    }
  }
}

/// Reading a manifest and the `--shard` option, for every `batch` subcommand.
enum BatchInputs {
  /// The manifest at `path`, every run's inputs checked once per group (bad
  /// input, exit 2).
  static func load(_ path: String) throws -> Manifest {
    let manifest: Manifest
    do {
      manifest = try Manifest(path: path)
    } catch {
      throw CommandFailure(error.description, code: .badInput)
    }
    // The first run of each group is prepared in memory, so a missing case,
    // table or column is reported before anything runs.
    var checked: Set<String> = []
    let base = (path as NSString).deletingLastPathComponent
    for run in manifest.runs where checked.insert(run.group.name + "\u{1F}" + run.group.casePath).inserted {
      do {
        _ = try PreparedCase(run, base: base.isEmpty ? "." : base)
      } catch {
        throw CommandFailure("\(path): run \(run.id): \(error.description)", code: .badInput)
      }
    }
    return manifest
  }

  /// Parses `I/N`.
  static func shard(_ text: String) throws -> Shard {
    guard let shard = Shard(text) else {
      throw CommandFailure("--shard must be I/N with 0 ≤ I < N (e.g. 0/4); found \(text)", code: .badInput)
    }
    return shard
  }
}
