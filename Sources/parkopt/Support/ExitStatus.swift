import GLPK

/// The process exit codes of `parkopt`.
enum ExitStatus: Int32 {
  case optimal = 0
  case badInput = 2
  case solverFailure = 3
  case infeasible = 10
  case unbounded = 11
  case infeasibleOrUnbounded = 12
  case limitWithFeasiblePoint = 13
  case limitWithoutFeasiblePoint = 14
  case numericalTrouble = 15

  /// The exit code for a solve's outcome.
  init(_ solution: Solution) {
    switch solution.termination {
    case .optimal: self = .optimal
    case .infeasible: self = .infeasible
    case .unbounded: self = .unbounded
    case .infeasibleOrUnbounded: self = .infeasibleOrUnbounded
    case .timeLimit, .iterationLimit, .gapLimit, .objectiveLimit, .interrupted:
      self = solution.hasFeasiblePoint ? .limitWithFeasiblePoint : .limitWithoutFeasiblePoint
    case .numericalTrouble: self = .numericalTrouble
    case .otherError: self = .solverFailure
    }
  }
}

/// An error that ends the command with a message and an exit code.
struct CommandFailure: Error {
  var message: String
  var code: ExitStatus

  init(_ message: String, code: ExitStatus = .badInput) {
    self.message = message
    self.code = code
  }

  /// The failure for a GLPK error; `file` is named when the error's own
  /// text does not name one.
  init(_ error: GLPKError, file: String? = nil) {
    var text = error.description
    switch error {
    case .io, .mathProg: break
    default: if let file { text = "\(file): \(text)" }
    }
    switch error {
    case .fatal: self.init(text, code: .solverFailure)
    default: self.init(text, code: .badInput)
    }
  }
}
