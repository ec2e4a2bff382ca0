import CGLPK
import CGLPKShims

extension _Problem {
  /// Reads the solution segment the last solver filled and maps GLPK's
  /// return code and status to a termination reason and solution statuses.
  func readSolution(_ run: _Run) -> Solution {
    switch run.algorithm {
    case .simplex, .exact: return readBasic(run)
    case .interiorPoint: return readInterior(run)
    case .branchAndCut: return readMIP(run)
    }
  }

  private func emptySolution(_ run: _Run, _ termination: TerminationReason, status: Int32) -> Solution {
    Solution(
      termination: termination, primalStatus: .noSolution, dualStatus: .noSolution,
      objectiveValue: nil, bestBound: nil, relativeGap: nil, values: [], activities: [],
      duals: nil, reducedCosts: nil, basis: nil, sensitivity: nil, algorithm: run.algorithm,
      iterations: 0, nodes: run.nodes, solveSeconds: 0, rawReturnCode: run.code, rawStatus: status,
      log: "")
  }

  // MARK: Simplex

  func readBasic(_ run: _Run) -> Solution {
    let status = glp_get_status(pointer)
    let primal = glp_get_prim_stat(pointer)
    let dual = glp_get_dual_stat(pointer)
    let termination = Self.simplexTermination(code: run.code, status: status, primal: primal, dual: dual)
    var solution = emptySolution(run, termination, status: status)
    guard status != GLP_UNDEF || primal != GLP_UNDEF else { return solution }
    let m = rowCount, n = columnCount
    solution.primalStatus = primal == GLP_FEAS ? .feasiblePoint : (primal == GLP_UNDEF ? .noSolution : .infeasiblePoint)
    solution.dualStatus = dual == GLP_FEAS ? .feasiblePoint : (dual == GLP_UNDEF ? .noSolution : .infeasiblePoint)
    if solution.primalStatus != .noSolution {
      solution.objectiveValue = glp_get_obj_val(pointer)
      solution.values = (0..<n).map { glp_get_col_prim(pointer, Int32($0 + 1)) }
      solution.activities = (0..<m).map { glp_get_row_prim(pointer, Int32($0 + 1)) }
    }
    if solution.dualStatus != .noSolution {
      solution.duals = (0..<m).map { glp_get_row_dual(pointer, Int32($0 + 1)) }
      solution.reducedCosts = (0..<n).map { glp_get_col_dual(pointer, Int32($0 + 1)) }
    }
    if run.algorithm == .simplex || run.algorithm == .exact {
      func status(_ raw: Int32) -> Basis.Status { Basis.Status(rawValue: raw) ?? .basic }
      solution.basis = Basis(
        rows: (0..<m).map { status(glp_get_row_stat(pointer, Int32($0 + 1))) },
        columns: (0..<n).map { status(glp_get_col_stat(pointer, Int32($0 + 1))) })
    }
    return solution
  }

  static func simplexTermination(code: Int32, status: Int32, primal: Int32, dual: Int32) -> TerminationReason {
    switch code {
    case 0:
      if status == GLP_OPT { return .optimal }
      if primal == GLP_NOFEAS || status == GLP_NOFEAS { return .infeasible }
      if status == GLP_UNBND { return .unbounded }
      // No dual feasible point: the primal is unbounded when it has a
      // feasible point, else infeasible or unbounded (the dual simplex stops
      // here without deciding which).
      if dual == GLP_NOFEAS { return primal == GLP_FEAS ? .unbounded : .infeasibleOrUnbounded }
      return .otherError
    case GLP_ENOPFS: return .infeasible
    case GLP_ENODFS: return .infeasibleOrUnbounded
    case GLP_ETMLIM: return .timeLimit
    case GLP_EITLIM: return .iterationLimit
    case GLP_EOBJLL, GLP_EOBJUL: return .objectiveLimit
    case GLP_EBADB, GLP_ESING, GLP_ECOND, GLP_EINSTAB, GLP_ENOCVG: return .numericalTrouble
    default: return .otherError
    }
  }

  // MARK: Interior point

  private func readInterior(_ run: _Run) -> Solution {
    let status = glp_ipt_status(pointer)
    let termination: TerminationReason
    switch run.code {
    case 0:
      switch status {
      case GLP_OPT: termination = .optimal
      case GLP_NOFEAS: termination = .infeasibleOrUnbounded
      default: termination = .otherError
      }
    case GLP_ENOCVG, GLP_EINSTAB: termination = .numericalTrouble
    case GLP_EITLIM: termination = .iterationLimit
    default: termination = .otherError
    }
    var solution = emptySolution(run, termination, status: status)
    // On failure (numerical trouble, iteration limit) GLPK 5.0 keeps the best
    // point it reached (status GLP_INFEAS, postprocessed like an optimal one):
    // it is returned, marked infeasible in primal and dual, with the
    // termination saying why it is not optimal.
    guard status == GLP_OPT || (status == GLP_INFEAS && run.code != 0) else { return solution }
    let m = rowCount, n = columnCount
    solution.primalStatus = status == GLP_OPT ? .feasiblePoint : .infeasiblePoint
    solution.dualStatus = solution.primalStatus
    solution.objectiveValue = glp_ipt_obj_val(pointer)
    solution.values = (0..<n).map { glp_ipt_col_prim(pointer, Int32($0 + 1)) }
    solution.activities = (0..<m).map { glp_ipt_row_prim(pointer, Int32($0 + 1)) }
    solution.duals = (0..<m).map { glp_ipt_row_dual(pointer, Int32($0 + 1)) }
    solution.reducedCosts = (0..<n).map { glp_ipt_col_dual(pointer, Int32($0 + 1)) }
    return solution
  }

  // MARK: Branch-and-cut

  private func readMIP(_ run: _Run) -> Solution {
    if let relaxation = run.relaxationStatus {
      // The LP relaxation was solved first and was not optimal.
      let termination: TerminationReason
      switch (run.code, relaxation) {
      case (0, GLP_NOFEAS): termination = .infeasible
      case (0, GLP_UNBND): termination = .infeasibleOrUnbounded
      default:
        let t = Self.simplexTermination(
          code: run.code, status: relaxation, primal: glp_get_prim_stat(pointer), dual: glp_get_dual_stat(pointer))
        termination = t == .unbounded ? .infeasibleOrUnbounded : t
      }
      return emptySolution(run, termination, status: relaxation)
    }
    let status = glp_mip_status(pointer)
    let hasPoint = status == GLP_OPT || status == GLP_FEAS
    let termination: TerminationReason
    switch run.code {
    case 0:
      switch status {
      case GLP_OPT: termination = .optimal
      case GLP_NOFEAS: termination = .infeasible
      default: termination = .otherError
      }
    case GLP_ENOPFS: termination = .infeasible
    case GLP_ENODFS: termination = .infeasibleOrUnbounded
    case GLP_EMIPGAP: termination = .gapLimit
    case GLP_ETMLIM: termination = .timeLimit
    case GLP_ESTOP: termination = run.deadlineHit ? .timeLimit : (run.nodeLimitHit ? .iterationLimit : .interrupted)
    case GLP_EFAIL: termination = .numericalTrouble
    default: termination = .otherError
    }
    var solution = emptySolution(run, termination, status: status)
    guard hasPoint else {
      // A proven-infeasible MIP has no meaningful bound.
      if termination != .infeasible { solution.bestBound = run.bound }
      return solution
    }
    let m = rowCount, n = columnCount
    let objective = glp_mip_obj_val(pointer)
    solution.primalStatus = .feasiblePoint
    solution.objectiveValue = objective
    solution.values = (0..<n).map { glp_mip_col_val(pointer, Int32($0 + 1)) }
    solution.activities = (0..<m).map { glp_mip_row_val(pointer, Int32($0 + 1)) }
    let sense: ObjectiveSense = glp_get_obj_dir(pointer) == GLP_MAX ? .maximize : .minimize
    // GLPK stops at mip_gap when |objective − b| / (|objective| + ε) < mip_gap
    // for its best node's bound b at that moment; the callback's bound can
    // be one node older (looser), so the gap it gives can exceed mip_gap
    // (the exact loop then went on cutting off equal plans: an example case
    // took 42 s instead of 3). b is within this limit, so the limit bounds too.
    let gapLimitBound: Double? = termination == .gapLimit && run.mipGap > 0
      ? objective + (sense == .maximize ? 1 : -1) * run.mipGap * (abs(objective) + Double.ulpOfOne) : nil
    if termination == .optimal {
      solution.bestBound = objective
      solution.relativeGap = 0
    } else if let bound = run.bound ?? gapLimitBound {
      var b = MIPGap.bound(bound, objective: objective, sense: sense)
      if let limit = gapLimitBound { b = sense == .maximize ? min(b, limit) : max(b, limit) }
      solution.bestBound = b
      solution.relativeGap = MIPGap.relative(objective: objective, bound: b, sense: sense)
    }
    return solution
  }
}
