import ParkOptData
import Foundation
import GLPK

/// The result of `parkopt solve`, rendered as text, JSON or CSV.
///
/// JSON and CSV hold no timings, so the same input gives the same bytes.
struct SolveReport {
  var file: String
  var model: LinearModel
  var solution: Solution
  var programOutput: String
  var diagnosis: String?

  func render(_ format: OutputFormat) throws -> String {
    switch format {
    case .text: return text()
    case .json: return try json()
    case .csv: return csv()
    }
  }

  // MARK: Rows of the report

  struct VariableRow: Encodable {
    var name: String
    var kind: String
    var value: Double?
    var reducedCost: Double?
    var lower: Double?
    var upper: Double?
    /// Sensitivity: objective-coefficient range and active-bound range.
    var objectiveRange: Range?
    var boundRange: Range?
    enum CodingKeys: String, CodingKey {
      case name, kind, value, reducedCost = "reduced_cost", lower, upper
      case objectiveRange = "objective_range", boundRange = "bound_range"
    }
  }

  struct ConstraintRow: Encodable {
    var name: String
    var activity: Double?
    var dual: Double?
    var lower: Double?
    var upper: Double?
    /// Sensitivity: right-hand-side range of a binding constraint.
    var rhsRange: Range?
    enum CodingKeys: String, CodingKey { case name, activity, dual, lower, upper, rhsRange = "rhs_range" }
  }

  /// A sensitivity range; an unlimited end is nil (null in JSON).
  struct Range: Encodable {
    var low: Double?
    var high: Double?
    init(_ r: ClosedRange<Double>) {
      low = r.lowerBound.isFinite ? r.lowerBound : nil
      high = r.upperBound.isFinite ? r.upperBound : nil
    }
  }

  var variableRows: [VariableRow] {
    model.variables.map { v in
      VariableRow(
        name: model.name(of: v) ?? "x#\(v.index + 1)", kind: model.kind(of: v).rawValue,
        value: solution.values.isEmpty ? nil : finite(solution[v]),
        reducedCost: solution.reducedCost(v).flatMap(finite),
        lower: finite(model.lowerBound(of: v)), upper: finite(model.upperBound(of: v)),
        objectiveRange: solution.sensitivity.map { Range($0[v].objectiveCoefficient) },
        boundRange: solution.sensitivity?[v].activeBound.map(Range.init))
    }
  }

  var constraintRows: [ConstraintRow] {
    model.constraints.map { c in
      ConstraintRow(
        name: model.name(of: c) ?? "r#\(c.index + 1)",
        activity: solution.activities.isEmpty ? nil : finite(solution.activity(c)),
        dual: solution.dual(c).flatMap(finite),
        lower: finite(model.lowerBound(of: c)), upper: finite(model.upperBound(of: c)),
        rhsRange: solution.sensitivity?[c].rightHandSide.map(Range.init))
    }
  }

  private func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }

  // MARK: Text

  private func text() -> String {
    var out = ""
    if !programOutput.isEmpty {
      out += programOutput
      if !programOutput.hasSuffix("\n") { out += "\n" }
      out += "\n"
    }
    out += "Problem:    \(model.name ?? file)\n"
    out += "Size:       \(model.constraintCount) rows, \(model.variableCount) columns, \(model.termCount) nonzeros\n"
    out += "Status:     \(solution.termination.rawValue) (primal: \(solution.primalStatus.rawValue), dual: \(solution.dualStatus.rawValue))\n"
    let objectiveName = model.objectiveName.map { " (\($0))" } ?? ""
    let atPoint = solution.primalStatus == .infeasiblePoint ? " at an infeasible point" : ""
    out += "Objective:  \(solution.objectiveValue.map(Self.number) ?? "none")\(objectiveName), \(model.sense.rawValue)\(atPoint)\n"
    if let bound = solution.bestBound {
      out += "Best bound: \(Self.number(bound)), gap \(solution.relativeGap.map(Self.number) ?? "unknown")\n"
    }
    out += "Solver:     \(solution.algorithm.rawValue), \(solution.iterations) iterations"
    if solution.algorithm == .branchAndCut { out += ", \(solution.nodes) nodes" }
    out += String(format: ", %.3f s\n", solution.solveSeconds)
    if let diagnosis { out += "\n\(diagnosis)\n" }
    out += "\n"
    out += Table(
      header: ["variable", "kind", "value", "reduced cost", "lower", "upper"],
      rows: variableRows.map {
        [$0.name, $0.kind, Self.optional($0.value), Self.optional($0.reducedCost), Self.optional($0.lower), Self.optional($0.upper)]
      }
    ).render()
    out += "\n"
    out += Table(
      header: ["constraint", "activity", "dual", "lower", "upper"],
      rows: constraintRows.map {
        [$0.name, Self.optional($0.activity), Self.optional($0.dual), Self.optional($0.lower), Self.optional($0.upper)]
      }
    ).render()
    if solution.sensitivity != nil { out += sensitivityText() }
    return out
  }

  private func sensitivityText() -> String {
    func range(_ r: Range?) -> [String] { [r?.low.map(Self.number) ?? (r == nil ? "" : "-inf"), r?.high.map(Self.number) ?? (r == nil ? "" : "+inf")] }
    var out = "\nSensitivity (ranges over which the optimal basis stays optimal)\n"
    out += Table(
      header: ["variable", "objective low", "objective high", "bound low", "bound high"],
      rows: variableRows.map { [$0.name] + range($0.objectiveRange) + range($0.boundRange) }
    ).render()
    out += "\n" + Table(
      header: ["constraint", "rhs low", "rhs high"],
      rows: constraintRows.map { [$0.name] + range($0.rhsRange) }
    ).render()
    return out
  }

  static func number(_ x: Double) -> String {
    if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
    return String(format: "%.10g", x)
  }

  private static func optional(_ x: Double?) -> String { x.map(number) ?? "" }

  // MARK: JSON

  private struct JSONReport: Encodable {
    var file: String
    var problem: String?
    var status: String
    var primalStatus: String
    var dualStatus: String
    var sense: String
    var objective: Double?
    var bestBound: Double?
    var relativeGap: Double?
    var algorithm: String
    var iterations: Int
    var nodes: Int
    var rows: Int
    var columns: Int
    var nonzeros: Int
    var variables: [VariableRow]
    var constraints: [ConstraintRow]
    var output: String?
    var infeasibility: String?
    enum CodingKeys: String, CodingKey {
      case file, problem, status, primalStatus = "primal_status", dualStatus = "dual_status", sense, objective
      case bestBound = "best_bound", relativeGap = "relative_gap", algorithm, iterations, nodes, rows, columns
      case nonzeros, variables, constraints, output, infeasibility
    }
  }

  private func json() throws -> String {
    let report = JSONReport(
      file: file, problem: model.name, status: solution.termination.rawValue,
      primalStatus: solution.primalStatus.rawValue, dualStatus: solution.dualStatus.rawValue,
      sense: model.sense.rawValue, objective: solution.objectiveValue.flatMap(finite),
      bestBound: solution.bestBound.flatMap(finite), relativeGap: solution.relativeGap.flatMap(finite), algorithm: solution.algorithm.rawValue, iterations: solution.iterations,
      nodes: solution.nodes, rows: model.constraintCount, columns: model.variableCount, nonzeros: model.termCount,
      variables: variableRows, constraints: constraintRows,
      output: programOutput.isEmpty ? nil : programOutput, infeasibility: diagnosis)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(report)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  // MARK: CSV

  private func csv() -> String {
    let ranges = solution.sensitivity != nil
    var header = ["type", "name", "kind", "value", "dual_or_reduced_cost", "lower", "upper", "status", "objective"]
    if ranges { header += ["objective_low", "objective_high", "rhs_or_bound_low", "rhs_or_bound_high"] }
    var rows = [header]
    let status = solution.termination.rawValue
    let objective = Self.optional(solution.objectiveValue)
    func cells(_ r: Range?) -> [String] { [Self.optional(r?.low), Self.optional(r?.high)] }
    for v in variableRows {
      var row = ["variable", v.name, v.kind, Self.optional(v.value), Self.optional(v.reducedCost),
                 Self.optional(v.lower), Self.optional(v.upper), status, objective]
      if ranges { row += cells(v.objectiveRange) + cells(v.boundRange) }
      rows.append(row)
    }
    for c in constraintRows {
      var row = ["constraint", c.name, "", Self.optional(c.activity), Self.optional(c.dual),
                 Self.optional(c.lower), Self.optional(c.upper), status, objective]
      if ranges { row += ["", ""] + cells(c.rhsRange) }
      rows.append(row)
    }
    return CSVText.render(rows)
  }
}
