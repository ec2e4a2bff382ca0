import ArgumentParser
import Foundation

/// The `parkopt` command: land and energy allocation for industrial parks.
@main
struct ParkOpt: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parkopt",
    abstract: "Land and energy allocation optimizer for industrial parks, built on GLPK.",
    discussion: """
      Exit codes: 0 optimal; 2 bad input or options; 3 GLPK failure; \
      10 infeasible; 11 unbounded; 12 infeasible or unbounded; \
      13 limit reached with a feasible point; 14 limit reached without one; \
      15 numerical trouble.
      """,
    subcommands: [SolveCommand.self, AssignCommand.self, EvaluateCommand.self, SizeCommand.self])

  /// Runs the command, turning every error into a message and an exit code
  /// (usage errors exit with 2, like bad input, not ArgumentParser's 64).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch let failure as CommandFailure {
      FileHandle.standardError.write(Data("parkopt: \(failure.message)\n".utf8))
      Foundation.exit(failure.code.rawValue)
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        print(message)
        Foundation.exit(0)
      }
      FileHandle.standardError.write(Data("\(message)\n".utf8))
      // Usage errors are bad input (2); anything unexpected is a failure (3).
      Foundation.exit(code == .validationFailure ? ExitStatus.badInput.rawValue : ExitStatus.solverFailure.rawValue)
    }
  }
}
