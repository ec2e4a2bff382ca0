import Foundation
import GLPK

/// Builds and solves the sizing LP for a case and reads back a ``SizingResult``.
public struct GreenPowerSizer: Sendable {
  /// How the LP is solved. Every method returns the optimum of the full LP.
  public enum Method: String, Sendable, CaseIterable {
    /// The plain LP with GLPK's primal simplex (the reference).
    case plain
    /// The plain LP with GLPK's dual simplex.
    case dual
    /// Three stages: size on every 4th day; solve the full dispatch with
    /// those capacities fixed (the dense capacity columns leave the basis
    /// factor); free the capacities and finish the full LP from that basis.
    case staged
    /// GLPK's interior point on the sparse form of the LP (no dense row or
    /// column: hourly capacity chain, daily subtotals; optimum to GLPK's
    /// 1e-8 relative gap); no basis, so ratio duals come from the interior
    /// point. Falls back to `staged` when the interior point does not reach
    /// optimality (for example on an infeasible case). The fastest: the
    /// default.
    case interior
  }

  public let greenCase: GreenPowerCase
  public var method: Method = .interior
  /// Time limit of each simplex solve. GLPK's interior point has none; it
  /// applies to its fallback.
  public var timeLimitSeconds: Double?
  /// The interior point's ordering (GLPK's AMD by default).
  public var interiorOrdering: SolveOptions.InteriorOrdering = .approximateMinimumDegree
  /// Day sampling of the staged method's first stage.
  public var sampleEveryDays = 4
  /// GLPK log lines go here while solving (e.g. for --verbose).
  public var log: (@Sendable (String) -> Void)?

  public init(_ greenCase: GreenPowerCase) { self.greenCase = greenCase }

  private var options: SolveOptions {
    var options = SolveOptions()
    switch method {
    case .dual: options.method = .dualSimplex
    case .interior: options.method = .interiorPoint
    default: options.method = .primalSimplex
    }
    options.timeLimit = method == .interior ? nil : timeLimitSeconds
    options.interiorOrdering = interiorOrdering
    if let log { options.log = .handler(log) }
    return options
  }

  /// Builds, solves and reads the result.
  public func size() throws(GLPKError) -> SizingResult {
    let start = Date()
    // A quick proof on the capacity-free relaxation (milliseconds; the full
    // LP takes tens of seconds to prove the same).
    let parameters = SizingParameters(greenCase)
    let reasons = InfeasibilityCheck(parameters: parameters).reasons()
    if !reasons.isEmpty {
      return .infeasible(parameters, greenCase: greenCase, reasons: reasons, seconds: Date().timeIntervalSince(start))
    }
    if method == .staged { return try staged() }
    // For the interior point: the sparse form (SizingModel+SparseForm.swift)
    // with the ratio rows divided by the hours (MW, not MWh). (The compact
    // form, though smaller, ended in numerical trouble: Benchmarks/GREENPOWER.md.)
    let interior = method == .interior
    var built = SizingModel(
      parameters, sparseForm: interior,
      ratioScale: interior ? 1 / Double(max(1, greenCase.hours)) : 1)
    let buildSeconds = Date().timeIntervalSince(start)
    var solution = try Solver(options: options).solve(built.model)
    var retried: TerminationReason?
    if interior && solution.termination != .optimal && greenCase.hours > 24 {
      // Second try with the ratio rows divided by 24 instead of the hours: on
      // the stress cases (Benchmarks/SIZE.md) it converged where the first
      // ended in numerical trouble, in the same time.
      retried = solution.termination
      let again = SizingModel(parameters, sparseForm: true, ratioScale: 1.0 / 24)
      let second = try Solver(options: options).solve(again.model)
      if second.termination == .optimal {
        built = again
        solution = second
        solution.solveSeconds += Date().timeIntervalSince(start) - buildSeconds - second.solveSeconds
      } else {
        retried = nil
      }
    }
    if interior && solution.termination != .optimal {
      // GLPK's interior point has no crossover and can stall; the staged
      // simplex then gives the exact optimum.
      var fallback = self
      fallback.method = .staged
      var result = try fallback.staged()
      result.method = "GLPK interior point ended with \(solution.termination) (twice: ratio rows ÷ hours, ÷ 24); fell back to "
        + result.method
      return result
    }
    var result = ResultReader(built: built, solution: solution, greenCase: greenCase).result()
    if interior {
      // The interior point's battery is not a schedule: re-plan it with
      // everything the optimum depends on kept (BatterySchedule.swift).
      let phase = Date()
      result = BatterySchedule(parameters: built.parameters).apply(to: result)
      let replanSeconds = Date().timeIntervalSince(phase)
      result.solveSeconds += replanSeconds
      result.stageTimings = String(format: "interior point %.1f s, battery re-plan %.1f s", result.solveSeconds - replanSeconds, replanSeconds)
    }
    switch method {
    case .dual: result.method = "GLPK dual simplex, plain LP"
    case .interior:
      let attempt = retried.map { "GLPK interior point ended with \($0); second try with the ratio rows ÷ 24 optimal; " }
      result.method = (attempt ?? "GLPK interior point, ")
        + "sparse form (hourly capacity chain, daily subtotals); battery re-planned (least throughput"
        + (result.batteryReplan.map { ": " + $0 } ?? "") + ")"
    default: result.method = "GLPK primal simplex, plain LP"
    }
    result.buildSeconds = buildSeconds
    return result
  }

  private func staged() throws(GLPKError) -> SizingResult {
    let clock = Date()
    // Stage 1: capacities from a sample of days.
    let sample = SizingModel(greenCase.sampledDays(every: sampleEveryDays))
    let first = try Solver(options: options).solve(sample.model)
    let t1 = Date().timeIntervalSince(clock)
    // Stage 2: the full dispatch with those capacities fixed.
    let start = Date()
    var built = SizingModel(greenCase)
    let buildSeconds = Date().timeIntervalSince(start)
    var fixed = built.model
    if first.hasFeasiblePoint {
      for (kind, v) in built.capacity {
        let value = min(max(first[sample.capacity[kind] ?? v], fixed.lowerBound(of: v)), fixed.upperBound(of: v))
        fixed.fix(v, at: value)
      }
    }
    let second = try Solver(options: options).solve(fixed)
    let t2 = Date().timeIntervalSince(clock) - t1 - buildSeconds
    // Stage 3: the full LP from the stage-2 basis.
    var finish = options
    finish.warmStart = second.basis
    let solution = try Solver(options: finish).solve(built.model)
    let t3 = Date().timeIntervalSince(clock) - t1 - t2 - buildSeconds
    built.model.name = "green_power"
    var result = ResultReader(built: built, solution: solution, greenCase: greenCase).result()
    result.method = "GLPK primal simplex, staged: every \(sampleEveryDays)th day → fixed-capacity dispatch → full LP from that basis"
    result.stageTimings = String(
      format: "sample %.1f s (%d it), fixed-capacity dispatch %.1f s (%d it), full LP from that basis %.1f s (%d it)",
      t1, first.iterations, t2, second.iterations, t3, solution.iterations)
    result.buildSeconds = buildSeconds
    result.solveSeconds = t1 + t2 + t3
    if first.hasFeasiblePoint, let exact = result.objectiveWan, let sampled = first.objectiveValue {
      // How far the sampled-days approximation (stage 1) was from the full model.
      var error = ["objective_relative": (sampled - exact) / max(1e-9, abs(exact))]
      for (kind, v) in sample.capacity {
        error["\(kind.rawValue)_difference"] = first[v] - result.capacity(kind)
      }
      result.aggregationError = error.mapValues { ($0 * 1e6).rounded() / 1e6 }
    }
    result.iterations = first.iterations + second.iterations + solution.iterations
    return result
  }
}
