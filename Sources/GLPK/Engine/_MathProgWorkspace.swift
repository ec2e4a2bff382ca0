import CGLPK
import CGLPKShims
import Foundation

/// GLPK's MathProg translator workspace (`glp_tran`) after a successful
/// translation into a problem. Only reachable inside
/// ``_Problem/withMathProg(modelPath:dataPaths:outputPath:seed:_:)``, which
/// frees it on the same thread before returning.
struct _MathProgWorkspace {
  fileprivate let tran: OpaquePointer
  fileprivate let problem: _Problem
  fileprivate let modelPath: String

  /// Runs the statements after `solve` (display, printf) on the problem's
  /// solution: the MIP one when `isMIP`, else the interior-point one when
  /// `interior`, else the simplex one (`glp_mpl_postsolve`).
  /// - Throws: ``GLPKError/mathProg(_:)`` when a statement fails.
  func postsolve(isMIP: Bool, interior: Bool) throws(GLPKError) {
    let which: Int32 = isMIP ? GLP_MIP : (interior ? GLP_IPT : GLP_SOL)
    let code = try problem.check(pko_mpl_postsolve(tran, problem.pointer, which))
    if code != 0 {
      throw .mathProg(MathProgDiagnostic.parse(log: problem.log, fallbackFile: modelPath))
    }
  }
}

extension _Problem {
  /// Translates a MathProg model and its data files into this empty problem
  /// (GLPK's MathProg API steps 1–5; display output goes to `outputPath`),
  /// runs `body` with the workspace, then frees it.
  /// - Throws: ``GLPKError/mathProg(_:)`` naming file and line when the
  ///   translation fails; ``GLPKError/fatal(message:)``.
  func withMathProg<R>(
    modelPath: String, dataPaths: [String], outputPath: String, seed: Int32,
    _ body: (_MathProgWorkspace) throws(GLPKError) -> R
  ) throws(GLPKError) -> R {
    var tran: OpaquePointer?
    let dataCopies = dataPaths.map { strdup($0) }
    defer { dataCopies.forEach { free($0) } }
    let pointers = dataCopies.map { UnsafePointer($0) }
    let code = pointers.withUnsafeBufferPointer { buffer in
      pko_mpl_translate(pointer, modelPath, buffer.baseAddress, Int32(buffer.count), outputPath, seed, &tran)
    }
    let generation = pko_env_generation()
    _ = try check(code)
    guard code == 0, let tran else {
      throw .mathProg(MathProgDiagnostic.parse(log: log, fallbackFile: modelPath))
    }
    defer { pko_mpl_free(tran, generation) }
    return try body(_MathProgWorkspace(tran: tran, problem: self, modelPath: modelPath))
  }
}
