import GLPK

/// Explains an infeasible model in plain words (`--explain-infeasible`).
enum InfeasibilityExplanation {
  static func explain(_ model: LinearModel, solver: Solver) throws -> String {
    "Infeasibility diagnosis: not available yet."
  }
}
