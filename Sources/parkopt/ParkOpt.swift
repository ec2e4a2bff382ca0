import ArgumentParser
import Foundation

/// The `parkopt` command: land and energy allocation for industrial parks.
@main
struct ParkOpt: ParsableCommand {
  /// The ParkOpt version: `parkopt --version` and `run.json`.
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "parkopt",
    abstract: "Land and energy allocation optimizer for industrial parks, built on GLPK.",
    discussion: ExitStatus.helpText,
    version: version,
    subcommands: [
      SolveCommand.self, AssignCommand.self, EvaluateCommand.self, SizeCommand.self, RankCommand.self,
      BatchCommand.self,
      ServeCommand.self,
    ])

  /// Runs the command, turning every error into a message and an exit code
  /// (usage errors exit with 2, like bad input, not ArgumentParser's 64).
  /// Ctrl-C and SIGTERM exit with 130, removing unfinished result folders.
  static func main() {
    Interruption.install()
    do {
      var command = try parseAsRoot()
      try command.run()
      printNotes()
    } catch {
      let ending = ending(for: error)
      if ending.code == 0, let message = ending.message {
        print(message)  // --help, --version
        Foundation.exit(0)
      }
      if let message = ending.message { FileHandle.standardError.write(Data("\(message)\n".utf8)) }
      printNotes()
      Foundation.exit(ending.code)
    }
  }

  /// How an error a command throws ends the run: its exit code and the text
  /// for standard error (nil: none; with code 0 it is `--help` or `--version`
  /// text for standard output). Usage errors are bad input (2), not
  /// ArgumentParser's 64; anything unexpected is a failure (3). Shared by
  /// ``main()`` and `batch run --in-process` (``InProcessRun``).
  static func ending(for error: Error) -> (code: Int32, message: String?) {
    switch error {
    case let exit as ExitCode: return (exit.rawValue, nil)
    case let failure as CommandFailure: return (failure.code.rawValue, "parkopt: \(failure.message)")
    default:
      let message = fullMessage(for: error)
      switch exitCode(for: error) {
      case .success: return (0, message)
      case .validationFailure: return (ExitStatus.badInput.rawValue, message)
      default: return (ExitStatus.solverFailure.rawValue, message)
      }
    }
  }

  /// Prints the notes the run left for standard error (e.g. that previous
  /// results were left untouched), after its own messages.
  private static func printNotes() {
    for note in ResultRun.notes { FileHandle.standardError.write(Data("parkopt: \(note)\n".utf8)) }
  }
}
