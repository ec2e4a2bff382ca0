import GLPK

/// Explains an infeasible model in plain words (`--explain-infeasible`):
/// a minimal set of constraints to relax and by how much.
enum InfeasibilityExplanation {
  static func explain(_ model: LinearModel, solver: Solver) throws -> String {
    let result = Result { () throws(GLPKError) in try solver.diagnoseInfeasibility(model) }
    switch result {
    case .failure(let error):
      throw CommandFailure(error)
    case .success(nil):
      return "Infeasibility diagnosis: relaxing constraints was not needed (the model may be unbounded instead)."
    case .success(let diagnosis?):
      return "Infeasibility diagnosis: \(diagnosis.description)"
    }
  }
}
