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
    } catch let exit as ExitCode {
      printNotes()
      Foundation.exit(exit.rawValue)
    } catch let failure as CommandFailure {
      FileHandle.standardError.write(Data("parkopt: \(failure.message)\n".utf8))
      printNotes()
      Foundation.exit(failure.code.rawValue)
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        print(message)
        Foundation.exit(0)
      }
      FileHandle.standardError.write(Data("\(message)\n".utf8))
      printNotes()
      // Usage errors are bad input (2); anything unexpected is a failure (3).
      Foundation.exit(code == .validationFailure ? ExitStatus.badInput.rawValue : ExitStatus.solverFailure.rawValue)
    }
  }

  /// Prints the notes the run left for standard error (e.g. that previous
  /// results were left untouched), after its own messages.
  private static func printNotes() {
    for note in ResultRun.notes { FileHandle.standardError.write(Data("parkopt: \(note)\n".utf8)) }
  }
}
