import GLPK

/// Explains an infeasible model in plain words (`--explain-infeasible`):
/// a minimal set of constraints to relax and by how much.
enum InfeasibilityExplanation {
  static func explain(_ model: LinearModel, solver: Solver) throws -> String {
    guard let diagnosis = try CommandFailure.onGLPKError({ () throws(GLPKError) in try solver.diagnoseInfeasibility(model) })
    else {
      return "Infeasibility diagnosis: relaxing constraints was not needed (the model may be unbounded instead)."
    }
    return "Infeasibility diagnosis: \(diagnosis.description)"
  }
}
