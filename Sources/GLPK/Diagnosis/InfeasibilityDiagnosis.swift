import Foundation

/// Why a model is infeasible: a small set of constraints (and, on request,
/// variable bounds) whose relaxation makes it feasible, each with the amount
/// it must move. Made by ``Solver/diagnoseInfeasibility(_:options:)``.
///
/// The set is minimal when ``isMinimal`` is true: relaxing all of it makes
/// the model feasible, relaxing any proper subset (however far) does not.
/// The amounts minimise the weighted total violation over that set.
public struct InfeasibilityDiagnosis: Sendable, Equatable, CustomStringConvertible {
  /// One constraint or variable bound that must move, and by how much.
  public struct Relaxation: Sendable, Equatable, CustomStringConvertible {
    /// Where a relaxation applies.
    public enum Location: Sendable, Hashable {
      /// A constraint (a row) of the model.
      case constraint(Constraint)
      /// A bound of a continuous variable (a column) of the model.
      case variable(Variable)
    }

    /// Which bound must move.
    public enum Direction: String, Sendable, Codable {
      /// The lower bound must fall (the constraint reads `≥ bound`).
      case lower
      /// The upper bound must rise (the constraint reads `≤ bound`).
      case upper
    }

    /// The constraint or variable whose bound moves.
    public var location: Location
    /// Its name in the model, if it has one.
    public var name: String?
    /// Which of its bounds must move.
    public var direction: Direction
    /// True when the constraint or variable is fixed (`lower == upper`).
    public var isEquality: Bool
    /// The bound's current value.
    public var bound: Double
    /// The bound's value that, with the other relaxations, makes the model feasible.
    public var required: Double
    /// How far the bound must move: `|required − bound|`, always positive.
    public var amount: Double
    /// The weight of this relaxation in the minimised total violation.
    public var weight: Double

    /// The constraint, when the relaxation applies to one.
    public var constraint: Constraint? {
      if case .constraint(let c) = location { return c }
      return nil
    }

    /// The variable, when the relaxation applies to one of its bounds.
    public var variable: Variable? {
      if case .variable(let v) = location { return v }
      return nil
    }

    /// The relaxation in plain words, e.g.
    /// "constraint 'energy_quota[P1]' (≤ 1200) must rise by 150 to 1350".
    public var description: String {
      let subject: String
      switch location {
      case .constraint(let c): subject = "constraint " + (name.map { "'\($0)'" } ?? "#\(c.index + 1)")
      case .variable(let v): subject = "bound of variable " + (name.map { "'\($0)'" } ?? "#\(v.index + 1)")
      }
      let relation = isEquality ? "=" : (direction == .lower ? "≥" : "≤")
      let verb = direction == .lower ? "fall" : "rise"
      let f = InfeasibilityDiagnosis.format
      return "\(subject) (\(relation) \(f(bound))) must \(verb) by \(f(amount)) to \(f(required))"
    }
  }

  /// What may be relaxed, and at what price.
  public struct Options: Sendable {
    /// Constraints that are never relaxed.
    public var hard: Set<Constraint>
    /// Price of one unit of violation per constraint (default 1; must be
    /// positive and finite). A higher weight makes a constraint less likely
    /// to be reported.
    public var weights: [Constraint: Double]
    /// Also relax the finite bounds of continuous variables (integer and
    /// binary variables' bounds always stay hard).
    public var relaxVariableBounds: Bool
    /// Variables whose bounds stay hard even with ``relaxVariableBounds``.
    public var hardVariables: Set<Variable>
    /// Price of one unit of violation per variable bound (default 1).
    public var variableWeights: [Variable: Double]

    /// Options with the given hard constraints and weights; variable bounds stay hard.
    public init(
      hard: Set<Constraint> = [], weights: [Constraint: Double] = [:], relaxVariableBounds: Bool = false,
      hardVariables: Set<Variable> = [], variableWeights: [Variable: Double] = [:]
    ) {
      self.hard = hard
      self.weights = weights
      self.relaxVariableBounds = relaxVariableBounds
      self.hardVariables = hardVariables
      self.variableWeights = variableWeights
    }
  }

  /// What to relax, sorted by constraint index, then variable bounds by
  /// variable index. Empty when ``conflictAmongHardConstraints`` is true or
  /// when a sub-solve stopped before anything was found.
  public var relaxations: [Relaxation]
  /// Σ weight × amount over ``relaxations`` (the plain sum of the amounts
  /// when every weight is 1).
  public var totalViolation: Double
  /// The least weighted total violation when every non-hard constraint may
  /// move at once; a lower bound on ``totalViolation`` (only an estimate
  /// when ``interruption`` is set). `+infinity` when
  /// ``conflictAmongHardConstraints``; 0 when nothing was found.
  public var minimumTotalViolation: Double
  /// True when the hard constraints and the hard variable bounds alone
  /// have no common solution: no relaxation of the others helps.
  public var conflictAmongHardConstraints: Bool
  /// True when every test of the deletion filter was conclusive, so no
  /// proper subset of ``relaxations`` makes the model feasible (false when
  /// ``relaxations`` is empty).
  public var isMinimal: Bool
  /// True when the solve giving the amounts was proven optimal (false when
  /// ``relaxations`` is empty).
  public var amountsAreOptimal: Bool
  /// Why a sub-solve stopped without a proven answer (a time or iteration
  /// limit, numerical trouble), if one did.
  public var interruption: TerminationReason?
  /// How many models were solved to reach this diagnosis.
  public var solveCount: Int

  /// True when ``relaxations`` names something to move.
  public var foundRelaxation: Bool { !relaxations.isEmpty }

  /// The diagnosis in plain words, one relaxation a line.
  public var description: String {
    if conflictAmongHardConstraints {
      return "The hard constraints and variable bounds conflict among themselves; relaxing the other constraints cannot make the model feasible."
    }
    guard foundRelaxation else {
      let reason = interruption.map { " (\($0.rawValue))" } ?? ""
      return "No diagnosis: a solve stopped\(reason) before a relaxation was found."
    }
    let count = relaxations.count
    let noun = relaxations.allSatisfy { $0.constraint != nil } ? "constraint" : "constraint or bound"
    var lines = [
      "The model becomes feasible when \(count == 1 ? "this" : "these \(count)") \(noun)\(count == 1 ? " moves" : "s move")"
        + " (total violation \(Self.format(totalViolation))):"
    ]
    lines += relaxations.map { "  - \($0.description)" }
    if !isMinimal { lines.append("  (a solve stopped early: the set may not be minimal)") }
    if !amountsAreOptimal { lines.append("  (a solve stopped early: the amounts may not be the smallest)") }
    return lines.joined(separator: "\n")
  }

  /// A number for people: integers without a decimal point, else 6 significant digits.
  static func format(_ x: Double) -> String {
    if x.isInfinite { return x > 0 ? "∞" : "-∞" }
    if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
    let short = String(format: "%.6g", x)
    if let value = Double(short), value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return short
  }
}
