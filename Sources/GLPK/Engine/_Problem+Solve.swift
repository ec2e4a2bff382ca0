import CGLPK
import CGLPKShims

extension _Problem {
  /// Solves the loaded problem and reads everything back.
  ///
  /// `isMIP` chooses branch-and-cut; otherwise the LP method in `options`.
  func solve(options: SolveOptions, isMIP: Bool) throws(GLPKError) -> Solution {
    let forwarding = _LogForwarding(options.log)
    defer { forwarding.finish() }
    let clock = ContinuousClock()
    let start = clock.now
    var run: _Run
    if isMIP {
      run = try solveMIP(options, start: start)
    } else {
      run = try solveLP(options, start: start)
    }
    let seconds = Self.seconds(clock.now - start)
    var solution = readSolution(run)
    solution.mipStartUsed = run.startAccepted
    solution.solveSeconds = seconds
    if isMIP && options.mipDuals && solution.primalStatus == .feasiblePoint {
      try priceMIPSolution(&solution, options: options)
    }
    if !isMIP && options.sensitivity && solution.termination == .optimal
      && (run.algorithm == .simplex || run.algorithm == .exact)
    {
      solution.sensitivity = try sensitivityReport()
    }
    solution.iterations = Int(glp_get_it_cnt(pointer))
    solution.solveSeconds = Self.seconds(clock.now - start)
    collectLog()
    solution.log = log
    return solution
  }

  // MARK: - LP

  private func solveLP(_ options: SolveOptions, start: ContinuousClock.Instant) throws(GLPKError) -> _Run {
    let empty = rowCount == 0 || columnCount == 0
    switch options.method {
    case .interiorPoint where !empty:
      var parm = glp_iptcp()
      glp_init_iptcp(&parm)
      parm.msg_lev = Int32(options.messageLevel)
      switch options.interiorOrdering {
      case .approximateMinimumDegree: parm.ord_alg = GLP_ORD_AMD
      case .symmetricApproximateMinimumDegree: parm.ord_alg = GLP_ORD_SYMAMD
      case .natural: parm.ord_alg = GLP_ORD_NONE
      }
      let code = try check(pko_interior(pointer, &parm))
      return _Run(algorithm: .interiorPoint, code: code)
    case .exact where !empty:
      var parm = simplexParameters(options, start: start)
      parm.presolve = GLP_OFF
      let code = try check(pko_exact(pointer, &parm))
      return _Run(algorithm: .exact, code: code)
    default:
      return try runSimplex(options, start: start, presolve: options.presolve == .on && options.warmStart == nil)
    }
  }

  private func simplexParameters(_ options: SolveOptions, start: ContinuousClock.Instant) -> glp_smcp {
    var parm = glp_smcp()
    glp_init_smcp(&parm)
    parm.msg_lev = Int32(options.messageLevel)
    switch options.method {
    case .dualSimplex: parm.meth = GLP_DUAL
    case .dualThenPrimal: parm.meth = GLP_DUALP
    default: parm.meth = GLP_PRIMAL
    }
    if let limit = options.timeLimit { parm.tm_lim = Self.remainingMilliseconds(limit, since: start) }
    if let limit = options.iterationLimit { parm.it_lim = Int32(clamping: limit) }
    return parm
  }

  /// Runs the simplex, from the warm-start basis when one is given and fits,
  /// else from an advanced basis (what glpsol does).
  private func runSimplex(_ options: SolveOptions, start: ContinuousClock.Instant, presolve: Bool)
    throws(GLPKError) -> _Run
  {
    if options.scaling { _ = try check(pko_scale(pointer, GLP_SF_AUTO)) }
    var parm = simplexParameters(options, start: start)
    parm.presolve = presolve ? GLP_ON : GLP_OFF
    if !presolve {
      var warm = false
      if let basis = options.warmStart { warm = try apply(basis) }
      if !warm { _ = try check(pko_adv_basis(pointer)) }
    }
    var code = try check(pko_simplex(pointer, &parm))
    if code == GLP_EBADB || code == GLP_ESING || code == GLP_ECOND {
      // The starting basis was unusable: start again from an advanced basis.
      _ = try check(pko_adv_basis(pointer))
      code = try check(pko_simplex(pointer, &parm))
    }
    return _Run(algorithm: .simplex, code: code)
  }

  /// Installs a basis, padding rows and columns added since it was taken.
  /// Returns false when GLPK finds it invalid.
  private func apply(_ basis: Basis) throws(GLPKError) -> Bool {
    let m = rowCount, n = columnCount
    var rows = [Int32](repeating: GLP_BS, count: m + 1)
    var columns = [Int32](repeating: GLP_NL, count: n + 1)
    for i in 0..<min(m, basis.rows.count) { rows[i + 1] = basis.rows[i].rawValue }
    for j in 0..<n {
      if j < basis.columns.count {
        columns[j + 1] = basis.columns[j].rawValue
      } else {
        columns[j + 1] = glp_get_col_type(pointer, Int32(j + 1)) == GLP_FR ? GLP_NF : GLP_NL
      }
    }
    // Statuses must match the bound types GLPK has now (a bound may have
    // changed); a mismatch is repaired to the nearest valid status.
    for j in 1...max(n, 1) where n > 0 { columns[j] = Self.repair(columns[j], type: glp_get_col_type(pointer, Int32(j))) }
    for i in 1...max(m, 1) where m > 0 { rows[i] = Self.repair(rows[i], type: glp_get_row_type(pointer, Int32(i))) }
    let code = try check(pko_set_basis(pointer, rows, columns))
    return code == 0
  }

  private static func repair(_ status: Int32, type: Int32) -> Int32 {
    if status == GLP_BS { return status }
    switch type {
    case GLP_FR: return GLP_NF
    case GLP_LO: return GLP_NL
    case GLP_UP: return GLP_NU
    case GLP_FX: return GLP_NS
    default: return status == GLP_NU ? GLP_NU : GLP_NL
    }
  }

  // MARK: - MIP

  private func solveMIP(_ options: SolveOptions, start: ContinuousClock.Instant) throws(GLPKError) -> _Run {
    // Priorities and a start name columns of the original problem: GLPK's
    // presolver would renumber them.
    let presolve = options.presolve != .off && branchingPriority.isEmpty && options.mipStart == nil
    if !presolve {
      // Without the presolver glp_intopt needs an optimal LP relaxation.
      var lpOptions = options
      lpOptions.method = options.method == .interiorPoint || options.method == .exact ? .primalSimplex : options.method
      let relaxation = try runSimplex(lpOptions, start: start, presolve: false)
      let status = glp_get_status(pointer)
      if relaxation.code != 0 || status != GLP_OPT {
        return _Run(algorithm: .branchAndCut, code: relaxation.code, relaxationStatus: status)
      }
    } else if options.scaling {
      _ = try check(pko_scale(pointer, GLP_SF_AUTO))
    }
    var parm = glp_iocp()
    glp_init_iocp(&parm)
    parm.msg_lev = Int32(options.messageLevel)
    parm.presolve = presolve ? GLP_ON : GLP_OFF
    if let limit = options.timeLimit { parm.tm_lim = Self.remainingMilliseconds(limit, since: start) }
    if let gap = options.relativeMIPGap { parm.mip_gap = gap }
    // GLPK takes an LP value within tol_int of an integer as integral (1e-5
    // by default); the plan rounds it, and a row can then break by 1e-5 ×
    // its coefficients (a 200-mu roof limit by 0.0004 mu on the green
    // example). 1e-7 is GLPK's own primal feasibility tolerance.
    parm.tol_int = 1e-7
    parm.gmi_cuts = options.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
    parm.mir_cuts = options.cuts.contains(.mixedIntegerRounding) ? GLP_ON : GLP_OFF
    parm.cov_cuts = options.cuts.contains(.cover) ? GLP_ON : GLP_OFF
    parm.clq_cuts = options.cuts.contains(.clique) ? GLP_ON : GLP_OFF
    parm.fp_heur = options.heuristics.contains(.feasibilityPump) ? GLP_ON : GLP_OFF
    parm.ps_heur = options.heuristics.contains(.proximitySearch) ? GLP_ON : GLP_OFF
    parm.sr_heur = options.heuristics.contains(.simpleRounding) ? GLP_ON : GLP_OFF
    var info = pko_mip_info()
    if let limit = options.nodeLimit { info.node_limit = Int32(clamping: limit) }
    if let limit = options.timeLimit {
      // GLPK counts tm_lim from the start of the tree search; the callback
      // holds the search to the caller's deadline.
      info.time_left = max(limit - Self.seconds(ContinuousClock().now - start), 0.001)
    }
    // GLPK takes a start's integer values only when exactly integral.
    let start: [Double] = options.mipStart.map { values in
      [0] + values.enumerated().map { j, v in glp_get_col_kind(pointer, Int32(j + 1)) == GLP_CV ? v : v.rounded() }
    } ?? []
    let raw: Int32 = branchingPriority.withUnsafeBufferPointer { priority in
      start.withUnsafeBufferPointer { start in
        if !priority.isEmpty {
          info.priority = priority.baseAddress
          info.priority_count = Int32(priority.count - 1)
        }
        if !start.isEmpty { info.start = start.baseAddress }
        return pko_intopt(pointer, &parm, &info)
      }
    }
    info.priority = nil
    info.start = nil
    let code = try check(raw)
    return _Run(
      algorithm: .branchAndCut, code: code,
      bound: info.has_bound != 0 ? info.best_bound : nil, nodes: Int(info.nodes),
      startAccepted: info.start_accepted != 0, deadlineHit: info.deadline_hit != 0,
      nodeLimitHit: info.node_limit_hit != 0, mipGap: parm.mip_gap)
  }

  /// Fixes the integer columns at their MIP values and re-solves the LP for
  /// duals and reduced costs (GLPK has no MIP duals).
  private func priceMIPSolution(_ solution: inout Solution, options: SolveOptions) throws(GLPKError) {
    for j in 0..<columnCount where glp_get_col_kind(pointer, Int32(j + 1)) != GLP_CV {
      _ = try check(pko_fix_column(pointer, Int32(j + 1), solution.values[j].rounded()))
    }
    var lpOptions = SolveOptions()
    lpOptions.messageLevel = options.messageLevel
    lpOptions.method = .primalSimplex
    let run = try runSimplex(lpOptions, start: ContinuousClock().now, presolve: false)
    guard run.code == 0, glp_get_status(pointer) == GLP_OPT else { return }
    let lp = readBasic(run)
    solution.duals = lp.duals
    solution.reducedCosts = lp.reducedCosts
    solution.dualStatus = .feasiblePoint
  }

  static func remainingMilliseconds(_ limit: Double, since start: ContinuousClock.Instant) -> Int32 {
    let left = limit - seconds(ContinuousClock().now - start)
    // Clamp as a Double first: a huge limit must not overflow Int.
    let milliseconds = min(max((left * 1000).rounded(.up), 1), Double(Int32.max))
    return Int32(milliseconds)
  }

  static func seconds(_ duration: Duration) -> Double {
    let (s, attoseconds) = duration.components
    return Double(s) + Double(attoseconds) * 1e-18
  }
}

/// What one solver call returned, before the solution is read.
struct _Run {
  var algorithm: Solution.Algorithm
  var code: Int32
  /// For a MIP whose LP relaxation was solved first and was not optimal.
  var relaxationStatus: Int32? = nil
  var bound: Double? = nil
  var nodes: Int = 0
  /// GLPK took the MIP start as an incumbent.
  var startAccepted = false
  /// The callback stopped the search at the caller's deadline.
  var deadlineHit = false
  /// The callback stopped the search at the node limit.
  var nodeLimitHit = false
  /// The relative gap GLPK stopped at (`mip_gap`; 0 for none).
  var mipGap: Double = 0
}
