import ArgumentParser

/// `parkopt size`: green-power direct supply sizing (work in progress, issue 5).
struct SizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "size",
    abstract: "Green-power direct supply (绿电直连) sizing — not yet available.")

  func run() throws {
    throw CommandFailure("parkopt size is not yet available", code: .solverFailure)
  }
}
