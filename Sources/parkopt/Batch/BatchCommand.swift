import ArgumentParser

/// `parkopt batch`: scenario sweeps from a manifest, run in parallel or in
/// shards, then merged (README, section *`parkopt batch`*).
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Scenario sweeps: run a manifest's runs in parallel or in shards, then merge them into summary.csv.",
    subcommands: [BatchRunCommand.self, BatchMergeCommand.self, BatchPlanCommand.self])
}
