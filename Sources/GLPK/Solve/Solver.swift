import CGLPKShims

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
    do {
      return try Self.run(model, options)
    } catch {
      // GLPK 5.0's cut generators can raise a fatal error on some models
      // (cover cuts: "glp_add_cols: ncs = 0", which aborts glpsol too). The
      // guard caught it; solve once more without cuts, and say so.
      guard case .fatal(let message) = error, model.isMixedInteger, !options.cuts.isEmpty else { throw error }
      var retry = options
      retry.cuts = []
      var solution = try Self.run(model, retry)
      solution.log = "GLPK failed with cuts enabled (\(message)); solved again without cuts.\n" + solution.log
      return solution
    }
  }

  private static func run(_ model: LinearModel, _ options: SolveOptions) throws(GLPKError) -> Solution {
    try _Problem.withProblem { problem throws(GLPKError) in
      try problem.load(model)
      return try problem.solve(options: options, isMIP: model.isMixedInteger)
    }
  }

  /// The GLPK library version, e.g. "5.0".
  public static var glpkVersion: String { _glpkVersion() }

  /// Memory GLPK currently holds on the calling thread (blocks, bytes).
  /// Zero after every solve: a solve frees what it allocates.
  public static var memoryInUse: (blocks: Int, bytes: Int) {
    var count: Int32 = 0
    var total = 0
    pko_mem_usage(&count, &total)
    return (Int(count), total)
  }
}
