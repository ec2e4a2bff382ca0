import Foundation

/// A GNU MathProg model with its data files, translated and solved by GLPK.
///
/// The translator's workspace is thread-bound like every GLPK object, so it
/// never escapes: ``translate()`` and ``solve(using:)`` each run the whole
/// sequence (read, generate, build, solve, post-solve, free) in one call.
///
/// ```swift
/// let result = try MathProgProgram(modelPath: "transp.mod").solve()
/// print(result.solution.objectiveValue ?? .nan, result.output)
/// ```
public struct MathProgProgram: Sendable {
  /// The `.mod` file.
  public var modelPath: String
  /// `.dat` files, read in order; when given, a data section inside the
  /// model file is ignored (as glpsol does).
  public var dataPaths: [String]
  /// Seed for MathProg's random functions (GLPK's default when nil).
  public var seed: Int32?

  public init(modelPath: String, dataPaths: [String] = [], seed: Int32? = nil) {
    self.modelPath = modelPath
    self.dataPaths = dataPaths
    self.seed = seed
  }

  /// Translates the program into a model (objective rows appear as free
  /// constraints, as in glpsol's reports).
  public func translate() throws(GLPKError) -> LinearModel {
    try run { problem, _ throws(GLPKError) in problem.extractModel() }.value
  }

  /// Translates, solves with `solver`, and runs the statements after
  /// `solve` (display, printf), whose text is returned as ``MathProgResult/output``.
  public func solve(using solver: Solver = Solver()) throws(GLPKError) -> MathProgResult {
    try solver.options.validate()
    let (result, output) = try run { problem, workspace throws(GLPKError) in
      let model = problem.extractModel()
      let issues = model.validate()
      guard issues.isEmpty else { throw GLPKError.invalidModel(issues) }
      let isMIP = model.isMixedInteger
      if isMIP && (solver.options.method == .interiorPoint || solver.options.method == .exact) {
        throw GLPKError.unsupportedOption("\(solver.options.method.rawValue) solves LPs only; this model has integer variables")
      }
      let solution = try problem.solve(options: solver.options, isMIP: isMIP)
      try workspace.postsolve(isMIP: isMIP, interior: solution.algorithm == .interiorPoint)
      return (model, solution)
    }
    return MathProgResult(model: result.0, solution: result.1, output: output)
  }

  /// Runs steps 1–5 of GLPK's MathProg API, then `body`, then frees the
  /// workspace, all on the calling thread. Returns body's value and the
  /// display output.
  private func run<R>(_ body: (_Problem, _MathProgWorkspace) throws(GLPKError) -> R)
    throws(GLPKError) -> (value: R, output: String)
  {
    try LinearModel.checkReadable(modelPath)
    for path in dataPaths { try LinearModel.checkReadable(path) }
    for path in [modelPath] + dataPaths {
      if let problem = MathProgNesting.problem(inFile: path) { throw problem }
    }
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let outputPath = scratch.path("display.txt")
    let value = try _Problem.withProblem { problem throws(GLPKError) -> R in
      try problem.withMathProg(
        modelPath: modelPath, dataPaths: dataPaths, outputPath: outputPath, seed: seed ?? 1
      ) { workspace throws(GLPKError) in try body(problem, workspace) }
    }
    let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    return (value, output)
  }
}

/// What solving a MathProg program gives.
public struct MathProgResult: Sendable {
  /// The generated model (names as in the program).
  public var model: LinearModel
  /// The solution.
  public var solution: Solution
  /// Text printed by the program's `display` and `printf` statements.
  public var output: String
}
