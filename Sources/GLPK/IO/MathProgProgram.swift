import CGLPK
import CGLPKShims
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
    try run { problem, _, _ throws(GLPKError) in problem.extractModel() }.value
  }

  /// Translates, solves with `solver`, and runs the statements after
  /// `solve` (display, printf), whose text is returned as ``MathProgResult/output``.
  public func solve(using solver: Solver = Solver()) throws(GLPKError) -> MathProgResult {
    try solver.options.validate()
    let (result, output) = try run { problem, tran, _ throws(GLPKError) in
      let model = problem.extractModel()
      let issues = model.validate()
      guard issues.isEmpty else { throw GLPKError.invalidModel(issues) }
      let isMIP = model.isMixedInteger
      if isMIP && (solver.options.method == .interiorPoint || solver.options.method == .exact) {
        throw GLPKError.unsupportedOption("\(solver.options.method.rawValue) solves LPs only; this model has integer variables")
      }
      let solution = try problem.solve(options: solver.options, isMIP: isMIP)
      let which: Int32 = isMIP ? GLP_MIP : (solution.algorithm == .interiorPoint ? GLP_IPT : GLP_SOL)
      let code = try problem.check(pko_mpl_postsolve(tran, problem.pointer, which))
      if code != 0 {
        throw GLPKError.mathProg(MathProgDiagnostic.parse(log: problem.log, fallbackFile: modelPath))
      }
      return (model, solution)
    }
    return MathProgResult(model: result.0, solution: result.1, output: output)
  }

  /// Runs steps 1–5 of GLPK's MathProg API, then `body`, then frees the
  /// workspace, all on the calling thread. Returns body's value and the
  /// display output.
  private func run<R>(_ body: (_Problem, OpaquePointer, String) throws(GLPKError) -> R)
    throws(GLPKError) -> (value: R, output: String)
  {
    try LinearModel.checkReadable(modelPath)
    for path in dataPaths { try LinearModel.checkReadable(path) }
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let outputPath = scratch.path("display.txt")
    let value = try _Problem.withProblem { problem throws(GLPKError) -> R in
      var tran: OpaquePointer?
      let dataCopies = dataPaths.map { strdup($0) }
      defer { dataCopies.forEach { free($0) } }
      let pointers = dataCopies.map { UnsafePointer($0) }
      let code = pointers.withUnsafeBufferPointer { buffer in
        pko_mpl_translate(
          problem.pointer, modelPath, buffer.baseAddress, Int32(buffer.count), outputPath,
          seed ?? 1, &tran)
      }
      let generation = pko_env_generation()
      _ = try problem.check(code)
      guard code == 0, let tran else {
        throw .mathProg(MathProgDiagnostic.parse(log: problem.log, fallbackFile: modelPath))
      }
      defer { pko_mpl_free(tran, generation) }
      return try body(problem, tran, outputPath)
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
