import ArgumentParser
import Foundation
import GLPK

/// `parkopt solve`: solves any MathProg, MPS, CPLEX LP or GLPK model file.
struct SolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "solve",
    abstract: "Solve a MathProg (.mod), MPS, CPLEX LP or GLPK model file.",
    discussion: """
      Prints the status and objective, then every variable's value and reduced \
      cost and every constraint's activity and dual, by name.
      Example: parkopt solve Examples/solve/park_parcels.mod --format json
      """)

  @Argument(help: "The model file: .mod (MathProg), .mps, .fixedmps, .lp or .glpk.")
  var file: String

  @Option(name: .customLong("data"), help: "A MathProg data file (repeatable).")
  var dataFiles: [String] = []

  @Option(help: "Model file type when the extension does not say: mathprog, mps, fixed-mps, lp, glpk.")
  var inputFormat: InputFormat?

  @OptionGroup var limits: LimitOptions

  @Option(help: "LP method: simplex (primal), dual, interior, exact.")
  var method: MethodChoice = .simplex

  @Option(help: "Presolve: auto (off for LP, on for MIP), on, off.")
  var presolve: PresolveChoice = .auto

  @Option(help: "Cutting planes for MIPs: none, all, or a list of gomory,mir,cover,clique.")
  var cuts: String = "none"

  @Flag(help: "For a MIP, also report duals of the LP with the integers fixed at the solution.")
  var mipDuals = false

  @Flag(help: "Report sensitivity ranges of an optimal LP.")
  var sensitivity = false

  @Flag(help: "When the model is infeasible, name the constraints to relax and by how much.")
  var explainInfeasible = false

  @Option(help: "Result format: text, json or csv.")
  var format: OutputFormat = .text

  @Option(help: "Write the result to this file instead of standard output.")
  var output: String?

  @Option(help: "Also write the model to this file (.mps, .fixedmps, .lp or .glpk).")
  var writeModel: String?

  @Option(parsing: .unconditional, help: "Seed for MathProg's random functions.")
  var seed: Int32?

  @Flag(name: .shortAndLong, help: "Show GLPK's solver log on standard error.")
  var verbose = false

  func validate() throws {
    _ = try parsedCuts()
    if !dataFiles.isEmpty && resolvedFormat() != .mathprog {
      throw ValidationError("--data applies to MathProg models (.mod) only")
    }
  }

  func run() throws {
    let solver = Solver(options: try solveOptions())
    let run = try CommandFailure.onGLPKError(file: file) { () throws(GLPKError) in try solve(with: solver) }
    var diagnosis: String?
    if explainInfeasible && [.infeasible, .infeasibleOrUnbounded].contains(run.solution.termination) {
      diagnosis = try InfeasibilityExplanation.explain(run.model, solver: solver)
    }
    if let writeModel { try ExportFiles.writeModel(run.model, to: writeModel) }
    let report = SolveReport(
      file: file, model: run.model, solution: run.solution, programOutput: run.output, diagnosis: diagnosis)
    try ReportWriter.write(report.render(format), to: output)
    throw ExitCode(ExitStatus(run.solution).rawValue)
  }

  private struct SolvedModel {
    var model: LinearModel
    var solution: Solution
    var output: String
  }

  private func solve(with solver: Solver) throws(GLPKError) -> SolvedModel {
    switch resolvedFormat() {
    case .mathprog:
      let result = try MathProgProgram(modelPath: file, dataPaths: dataFiles, seed: seed).solve(using: solver)
      return SolvedModel(model: result.model, solution: result.solution, output: result.output)
    case let other:
      let model = try LinearModel(contentsOf: file, format: inputFormat == nil ? nil : other.fileFormat)
      return SolvedModel(model: model, solution: try solver.solve(model), output: "")
    }
  }

  private func resolvedFormat() -> InputFormat {
    if let inputFormat { return inputFormat }
    let lower = file.lowercased()
    if lower.hasSuffix(".mod") || lower.hasSuffix(".mathprog") { return .mathprog }
    switch ModelFileFormat(path: file) {
    case .fixedMPS: return .fixedMPS
    case .cplexLP: return .lp
    case .glpk: return .glpk
    case .freeMPS: return .mps
    case nil: return .mathprog
    }
  }

  private func solveOptions() throws -> SolveOptions {
    var options = SolveOptions()
    options.timeLimit = limits.timeLimit
    options.nodeLimit = limits.nodeLimit
    options.relativeMIPGap = limits.mipGap
    options.method = method.method
    options.presolve = presolve.presolve
    options.cuts = try parsedCuts()
    options.mipDuals = mipDuals
    options.sensitivity = sensitivity
    options.log = verbose ? .standardError : .silent
    return options
  }

  private func parsedCuts() throws -> Set<SolveOptions.Cut> {
    switch cuts.lowercased() {
    case "none", "": return []
    case "all": return Set(SolveOptions.Cut.allCases)
    default:
      var result = Set<SolveOptions.Cut>()
      for word in cuts.split(separator: ",") {
        guard let cut = SolveOptions.Cut(rawValue: word.trimmingCharacters(in: .whitespaces).lowercased()) else {
          throw ValidationError("--cuts: unknown cut '\(word)'; use none, all, or gomory,mir,cover,clique")
        }
        result.insert(cut)
      }
      return result
    }
  }
}
