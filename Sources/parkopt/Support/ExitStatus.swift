import GLPK

/// The process exit codes of `parkopt`, one table for every command (README,
/// section *Exit codes*).
enum ExitStatus: Int32, CaseIterable {
  /// Done: an optimum, or a MIP stopped because it reached the requested
  /// relative gap.
  case success = 0
  /// Bad input or options.
  case badInput = 2
  /// A solver or internal failure.
  case solverFailure = 3
  case infeasible = 10
  case unbounded = 11
  case infeasibleOrUnbounded = 12
  /// A time, iteration or objective limit stopped the solver with a feasible point.
  case limitWithFeasiblePoint = 13
  /// A limit stopped the solver before it found a feasible point.
  case limitWithoutFeasiblePoint = 14
  case numericalTrouble = 15
  /// Ctrl-C (SIGINT) or SIGTERM.
  case interrupted = 130

  /// The exit code for why a solve stopped and whether it left a feasible
  /// point; every command's outcome goes through here.
  init(_ termination: TerminationReason, hasFeasiblePoint: Bool) {
    switch termination {
    // An "optimum" without a point is a solver failure, never a success.
    case .optimal: self = hasFeasiblePoint ? .success : .solverFailure
    // GLPK stops with gap_limit when the requested relative gap is reached.
    case .gapLimit: self = hasFeasiblePoint ? .success : .limitWithoutFeasiblePoint
    case .infeasible: self = .infeasible
    case .unbounded: self = .unbounded
    case .infeasibleOrUnbounded: self = .infeasibleOrUnbounded
    case .timeLimit, .iterationLimit, .objectiveLimit, .interrupted:
      self = hasFeasiblePoint ? .limitWithFeasiblePoint : .limitWithoutFeasiblePoint
    case .numericalTrouble: self = .numericalTrouble
    case .otherError: self = .solverFailure
    }
  }

  /// The exit code for a solve's outcome.
  init(_ solution: Solution) {
    self.init(solution.termination, hasFeasiblePoint: solution.hasFeasiblePoint)
  }

  /// What the code means, in a few words (`parkopt --help`).
  var meaning: String {
    switch self {
    case .success: "success (optimal, or a MIP stopped at the requested relative gap)"
    case .badInput: "bad input or options"
    case .solverFailure: "solver or internal failure"
    case .infeasible: "infeasible"
    case .unbounded: "unbounded"
    case .infeasibleOrUnbounded: "infeasible or unbounded"
    case .limitWithFeasiblePoint: "limit reached with a feasible point"
    case .limitWithoutFeasiblePoint: "limit reached without one"
    case .numericalTrouble: "numerical trouble"
    case .interrupted: "interrupted (Ctrl-C, SIGTERM)"
    }
  }

  /// Every code with its meaning, for `parkopt --help`: "Exit codes (every
  /// command): 0 success (…); 2 bad input or options; …; 130 interrupted (…)."
  static var helpText: String {
    "Exit codes (every command): " + allCases.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: "; ") + "."
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

extension CommandFailure {
  /// `body`'s value; a GLPK error it throws becomes the command's failure
  /// (``init(_:file:)``), so every command reports GLPK the same way.
  static func onGLPKError<T>(file: String? = nil, _ body: () throws(GLPKError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw CommandFailure(error, file: file)
    }
  }
}
