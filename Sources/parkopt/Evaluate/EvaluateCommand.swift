import ArgumentParser

/// `parkopt evaluate`: per-mu benefit evaluation (work in progress, issue 4).
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Per-mu benefit (亩均效益) evaluation — not yet available.")

  func run() throws {
    throw CommandFailure("parkopt evaluate is not yet available", code: .solverFailure)
  }
}
