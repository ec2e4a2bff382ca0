/// How to solve a model. The defaults solve LPs with the primal simplex and
/// MIPs with presolved branch-and-cut, silently, with no limits.
public struct SolveOptions: Sendable {
  /// The LP algorithm (also used for a MIP's relaxation when presolve is off).
  public enum Method: String, Sendable, CaseIterable {
    /// Primal simplex.
    case primalSimplex = "primal"
    /// Dual simplex.
    case dualSimplex = "dual"
    /// Dual simplex, switching to primal if it fails (GLPK's `GLP_DUALP`).
    case dualThenPrimal = "dualp"
    /// Interior point (LP only; no basis, no sensitivity, no time limit).
    case interiorPoint = "interior"
    /// Exact simplex in rational arithmetic (LP only; slow).
    case exact
  }

  /// Whether GLPK's presolver runs.
  public enum Presolve: String, Sendable {
    /// Off for LPs (so bases, duals and sensitivity are always available),
    /// on for MIPs.
    case automatic
    /// Always on. An LP that is not solved to optimality then has no
    /// solution values (GLPK cannot recover them).
    case on
    /// Always off.
    case off
  }

  /// Cutting planes for branch-and-cut.
  public enum Cut: String, Sendable, CaseIterable {
    case gomory, mixedIntegerRounding = "mir", cover, clique
  }

  /// Primal heuristics for branch-and-cut.
  public enum Heuristic: String, Sendable, CaseIterable {
    case feasibilityPump = "fp", proximitySearch = "ps", simpleRounding = "sr"
  }

  /// The ordering of A·Aᵀ before the interior point's Cholesky factorization
  /// (GLPK's `ord_alg`). Quotient minimum degree is left out: Debian's GLPK is
  /// built without it.
  public enum InteriorOrdering: String, Sendable, CaseIterable {
    /// Approximate minimum degree (`GLP_ORD_AMD`, GLPK's default).
    case approximateMinimumDegree = "amd"
    /// Column approximate minimum degree on Aᵀ (`GLP_ORD_SYMAMD`).
    case symmetricApproximateMinimumDegree = "symamd"
    /// The rows' own order (`GLP_ORD_NONE`).
    case natural = "none"
  }

  /// Where GLPK's terminal output goes.
  public enum Log: Sendable {
    /// Nowhere (it is still returned in ``Solution/log``).
    case silent
    /// Also to standard error as it arrives.
    case standardError
    /// Also to this function, one line at a time, as the solver runs (on the
    /// solving thread; the function must not start another solve).
    case handler(@Sendable (String) -> Void)
  }

  /// The LP algorithm.
  public var method: Method = .primalSimplex
  /// Ordering for the interior point (ignored by the other methods).
  public var interiorOrdering: InteriorOrdering = .approximateMinimumDegree
  /// Presolve policy.
  public var presolve: Presolve = .automatic
  /// Scale the problem before the simplex (as glpsol does by default).
  public var scaling: Bool = true
  /// Wall-clock limit in seconds for the whole solve (simplex and
  /// branch-and-cut). GLPK counts its own branch-and-cut limit from the start
  /// of the tree search; the binding stops the search at this deadline
  /// counted from the call. With the presolver on, GLPK's presolve and root
  /// LP run before the search can be stopped; with it off (the default for a
  /// MIP with branching priorities or a ``mipStart``) the root LP gets the
  /// time left too, so the solve ends within the limit plus one node's LP.
  public var timeLimit: Double?
  /// Simplex iteration limit.
  public var iterationLimit: Int?
  /// Branch-and-cut node limit: the search stops once GLPK has created this
  /// many nodes (``TerminationReason/iterationLimit``). Unlike
  /// ``timeLimit`` it stops the same problem at the same point on every
  /// machine and under any load.
  public var nodeLimit: Int?
  /// Stop branch-and-cut once the relative gap is at most this.
  public var relativeMIPGap: Double?
  /// Cutting planes to generate (none by default, as glpsol).
  public var cuts: Set<Cut> = []
  /// Primal heuristics (simple rounding by default, as glpsol).
  public var heuristics: Set<Heuristic> = [.simpleRounding]
  /// For a MIP, also compute duals and reduced costs of the LP obtained by
  /// fixing the integer variables at their solution values.
  public var mipDuals: Bool = false
  /// A basis to start the simplex from (forces presolve off for the LP).
  public var warmStart: Basis?
  /// A MIP start: one value per variable, in order, e.g. a heuristic's plan
  /// or a previous solve's values. It is checked first (bounds, integrality
  /// and every constraint, to 1e-6 relative); a point that fails is not used,
  /// and ``Solution/log`` says why (GLPK itself would accept any point).
  /// A usable start becomes branch-and-cut's first incumbent (given to GLPK
  /// through `glp_ios_heur_sol` at the root), so the search prunes against it
  /// from the first node, and a search stopped by a limit returns at least
  /// this point (``Solution/mipStartUsed``). Turns GLPK's presolver off (it
  /// renumbers columns). Ignored for an LP; the wrong number of values is
  /// rejected as an unsupported option.
  public var mipStart: [Double]?
  /// Compute sensitivity ranges of an optimal LP.
  public var sensitivity: Bool = false
  /// GLPK's verbosity (0 none … 3 all); output is captured, see ``log``.
  public var messageLevel: Int = 2
  /// Where GLPK's output goes besides ``Solution/log``.
  public var log: Log = .silent

  /// The defaults.
  public init() {}

  /// Checks values GLPK cannot take.
  func validate() throws(GLPKError) {
    if let t = timeLimit, !(t.isFinite && t > 0) {
      throw .unsupportedOption("time limit must be a positive number of seconds, got \(t)")
    }
    if let g = relativeMIPGap, !(g.isFinite && g >= 0) {
      throw .unsupportedOption("MIP gap must be a non-negative number, got \(g)")
    }
    if let n = iterationLimit, n <= 0 {
      throw .unsupportedOption("iteration limit must be positive, got \(n)")
    }
    if let n = nodeLimit, n <= 0 {
      throw .unsupportedOption("node limit must be positive, got \(n)")
    }
    if !(0...4).contains(messageLevel) {
      throw .unsupportedOption("message level must be 0…4, got \(messageLevel)")
    }
    if method == .interiorPoint && (timeLimit != nil || iterationLimit != nil) {
      throw .unsupportedOption("GLPK's interior-point method has no time or iteration limit")
    }
    if method == .interiorPoint && (warmStart != nil || sensitivity) {
      throw .unsupportedOption("the interior-point method gives no basis: no warm start or sensitivity")
    }
  }
}
