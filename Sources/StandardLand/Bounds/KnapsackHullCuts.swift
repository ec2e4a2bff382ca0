import Foundation
import GLPK

/// Tightens a standard-land model's LP relaxation with the convex hull of
/// each park's quota knapsack (``ParkKnapsack``): rounds of LP solve and
/// exact separation (``KnapsackHullSeparator``), until no cut is violated
/// or the bound stops moving.
///
/// The cuts are valid for every plan of any model with the same quota rows
/// (the same coefficients and capacities): a project forced in, say, keeps
/// them valid. On Examples/kunming they take the LP bound from 109,374.5 to
/// about 108,386 (the optimum is 108,090.3): three quarters of the gap the
/// single-row covers and GLPK's own cuts leave (Benchmarks/README.md).
///
/// Every stop is by count (rounds, stalled rounds), never by the clock, so
/// the same model gives the same cuts.
struct KnapsackHullCuts {
  /// Rounds at most.
  var maximumRounds = 300
  /// The loop stops when the bound improved by less than
  /// ``stallImprovement`` (relative) over this many rounds.
  var stallRounds = 10
  /// See ``stallRounds``.
  var stallImprovement = 1e-5
  /// The separator used for every park.
  var separator = KnapsackHullSeparator()

  /// One cut: Σ coefficient·y ≤ upper over one park's park choices.
  struct Cut: Sendable {
    /// The knapsack it is valid for: a model whose park has the same
    /// knapsack (rows, weights, capacities) can use it.
    let knapsack: ParkKnapsack
    let expression: LinearExpression
    let upper: Double
    /// The knapsack's name (``ParkKnapsack/name``).
    var park: String { knapsack.name }
  }

  /// What the loop found.
  struct Result: Sendable {
    /// The cuts, in the order found.
    var cuts: [Cut]
    /// The LP bound with every cut (nil when the LP had no optimum).
    var bound: Double?
    /// The LP bound without cuts.
    var firstBound: Double?
    /// Rounds run.
    var rounds: Int
  }

  /// Cuts for `model` (`formulation`'s model, possibly with changed bounds,
  /// coefficients or rows), starting from those of `known` whose knapsack
  /// `model` still has (the others are dropped: a raised quota, say).
  /// The LPs get `limits`' time and iteration limits; one stopped by them
  /// ends the loop, and the bound is the last LP solved to optimality.
  /// `expired` (the search's safety clock) is asked before each round and
  /// each separation: when it says yes, the loop ends with the cuts so far.
  func cuts(
    for model: LinearModel, _ formulation: StandardLandModel, known: [Cut] = [], limits: SolveOptions = SolveOptions(),
    expired: () -> Bool = { false }
  ) throws(GLPKError) -> Result {
    let knapsacks = ParkKnapsack.all(formulation, in: model)
    let valid = known.filter { cut in knapsacks.contains(cut.knapsack) }
    var lp = model
    lp.relaxIntegrality()
    for cut in valid { lp.addConstraint(cut.expression <= cut.upper) }
    var result = Result(cuts: valid, bound: nil, firstBound: nil, rounds: 0)
    guard !knapsacks.isEmpty else { return result }
    var options = SolveOptions()
    options.timeLimit = limits.timeLimit
    options.iterationLimit = limits.iterationLimit
    var history: [Double] = []
    while result.rounds < maximumRounds, !expired() {
      let solution = try Solver(options: options).solve(lp)
      guard solution.termination == .optimal, let value = solution.objectiveValue else { break }
      result.rounds += 1
      result.bound = value
      if result.firstBound == nil { result.firstBound = value }
      history.append(value)
      if history.count > stallRounds {
        let before = history[history.count - 1 - stallRounds]
        if abs(before - value) <= stallImprovement * max(1, abs(value)) { break }
      }
      var added = 0
      for knapsack in knapsacks where !expired() {
        let point = knapsack.items.map { item in item.reduce(0) { $0 + $1.coefficient * solution[$1.variable] } }
        guard let cut = try separator.separate(knapsack, point: point) else { continue }
        let (expression, upper) = Self.expression(of: cut, over: knapsack)
        let found = Cut(knapsack: knapsack, expression: expression, upper: upper)
        lp.addConstraint(found.expression <= found.upper)
        result.cuts.append(found)
        added += 1
      }
      if added == 0 { break }
      options.warmStart(after: solution, rowCount: lp.constraintCount)
    }
    return result
  }
}

extension KnapsackHullCuts {
  /// A separated cut in the model's variables: each item's coefficient on
  /// its terms, summed per variable (with relief, `y` and its options share
  /// terms). A combined coefficient below 1e-7 in size is dropped; a
  /// negative one so dropped raises the right-hand side by its size (the
  /// variable is at most 1), so the cut stays valid.
  static func expression(of cut: KnapsackHullSeparator.Cut, over knapsack: ParkKnapsack) -> (LinearExpression, Double) {
    var combined: [Int: Double] = [:]
    var order: [Variable] = []
    for term in cut.coefficients {
      for t in knapsack.items[term.item] {
        if combined[t.variable.index] == nil { order.append(t.variable) }
        combined[t.variable.index, default: 0] += term.value * t.coefficient
      }
    }
    var expression = LinearExpression(reservingCapacity: order.count)
    var upper = cut.rightHandSide
    for x in order {
      let c = combined[x.index] ?? 0
      if abs(c) < 1e-7 {
        if c < 0 { upper -= c }
        continue
      }
      expression.add(x, times: c)
    }
    return (expression, upper)
  }
}

/// The hull cuts of a plan's search, kept for the re-solves behind its
/// explanations: a project forced in keeps every park's knapsack, so they
/// start from all of them (``KnapsackHullCuts/cuts(for:_:known:limits:)``
/// drops those a raised quota invalidates). An empty pool is filled by the
/// first search that offers its cuts (the plan's); a pool made with cuts
/// (the re-solves', which run in parallel) is never changed, so what a
/// re-solve starts from does not depend on which thread finished first.
final class HullCutPool: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [KnapsackHullCuts.Cut]?

  /// An empty pool, or a fixed one holding `cuts`.
  init(cuts: [KnapsackHullCuts.Cut]? = nil) { stored = cuts }

  /// The cuts stored (empty before any).
  var cuts: [KnapsackHullCuts.Cut] { lock.withLock { stored ?? [] } }

  /// Stores `cuts` unless some are stored already.
  func offer(_ cuts: [KnapsackHullCuts.Cut]) {
    lock.withLock { if stored == nil { stored = cuts } }
  }
}

extension LinearModel {
  /// Adds `cuts` as rows named `hull[park,n]`.
  mutating func addHullCuts(_ cuts: [KnapsackHullCuts.Cut]) {
    for (n, cut) in cuts.enumerated() {
      addConstraint(cut.expression <= cut.upper, name: "hull[\(cut.park),\(n + 1)]")
    }
  }
}
