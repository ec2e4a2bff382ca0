/// Solves ``LinearModel``s with GLPK.
///
/// A solve is one synchronous call on the calling thread: it validates the
/// model, creates a GLPK problem, loads it, solves, reads the results and
/// deletes the problem before returning. Different threads may solve at the
/// same time (this GLPK keeps its state per thread). A fatal GLPK error is
/// caught and thrown as ``GLPKError/fatal(message:)``; the next solve works.
public struct Solver: Sendable {
  /// The options every solve of this solver uses.
  public var options: SolveOptions

  /// A solver with the given options.
  public init(options: SolveOptions = SolveOptions()) { self.options = options }

  /// Solves `model`.
  ///
  /// - Throws: ``GLPKError/invalidModel(_:)`` when the model has non-finite
  ///   numbers, crossed bounds or bad names (GLPK is not called);
  ///   ``GLPKError/unsupportedOption(_:)``; ``GLPKError/fatal(message:)``.
  /// - Returns: the solution, whatever the solver's outcome: check
  ///   ``Solution/termination`` and ``Solution/primalStatus``.
  public func solve(_ model: LinearModel) throws(GLPKError) -> Solution {
    try options.validate()
    let issues = model.validate()
    guard issues.isEmpty else { throw .invalidModel(issues) }
    if model.isMixedInteger && (options.method == .interiorPoint || options.method == .exact) {
      throw .unsupportedOption("\(options.method.rawValue) solves LPs only; this model has integer variables")
    }
    var options = options
    var note = ""
    if let start = options.mipStart {
      guard start.count == model.variableCount else {
        throw .unsupportedOption("the MIP start has \(start.count) values for \(model.variableCount) variables")
      }
      if !model.isMixedInteger {
        options.mipStart = nil
      } else if let why = model.infeasibility(of: start) {
        options.mipStart = nil
        note = "MIP start not used: \(why).\n"
      }
    }
    let clock = ContinuousClock()
    let started = clock.now
    var solution: Solution
    do {
      solution = try Self.run(model, options)
    } catch {
      // GLPK 5.0's cut generators can raise a fatal error on some models
      // (cover cuts: "glp_add_cols: ncs = 0", which aborts glpsol too). The
      // guard caught it; solve once more without cuts, in the time left,
      // and say so.
      guard case .fatal(let message) = error, model.isMixedInteger, !options.cuts.isEmpty else { throw error }
      var retry = options
      retry.cuts = []
      if let limit = options.timeLimit {
        retry.timeLimit = max(limit - _Problem.seconds(clock.now - started), 0.001)
      }
      solution = try Self.run(model, retry)
      note += "GLPK failed with cuts enabled (\(message)); solved again without cuts.\n"
    }
    if let start = options.mipStart { Self.fallBack(to: start, &solution, model) }
    solution.log = note + solution.log
    return solution
  }

  private static func run(_ model: LinearModel, _ options: SolveOptions) throws(GLPKError) -> Solution {
    try _Problem.withProblem { problem throws(GLPKError) in
      try problem.load(model)
      return try problem.solve(options: options, isMIP: model.isMixedInteger)
    }
  }

  /// A search stopped by a limit before GLPK took the (checked) start, e.g.
  /// in the root LP, returns the start; a bound found stays.
  private static func fallBack(to start: [Double], _ solution: inout Solution, _ model: LinearModel) {
    guard !solution.mipStartUsed, !solution.hasFeasiblePoint, solution.termination.isLimit,
      var point = Solution(feasiblePoint: start, of: model, termination: solution.termination)
    else { return }
    point.bestBound = solution.bestBound
    if let bound = solution.bestBound, let objective = point.objectiveValue {
      let b = MIPGap.bound(bound, objective: objective, sense: model.sense)
      point.bestBound = b
      point.relativeGap = MIPGap.relative(objective: objective, bound: b, sense: model.sense)
    }
    point.iterations = solution.iterations
    point.nodes = solution.nodes
    point.solveSeconds = solution.solveSeconds
    point.rawReturnCode = solution.rawReturnCode
    point.rawStatus = solution.rawStatus
    point.log = solution.log
    point.mipStartUsed = true
    solution = point
  }

  /// The GLPK library version, e.g. "5.0".
  public static var glpkVersion: String { _glpkVersion() }

  /// Memory GLPK currently holds on the calling thread (blocks, bytes).
  /// Zero after every solve: a solve frees what it allocates.
  public static var memoryInUse: (blocks: Int, bytes: Int) { _memoryInUse() }
}
