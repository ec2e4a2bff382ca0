import Foundation
import GLPK
import ParkOptData

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
  /// Threads for the interior point's two tries (ratio rows ÷ hours and
  /// ÷ 24): 2 runs them at once (the second is then ready when the first
  /// fails); 1 runs the second only when the first fails. The result is the
  /// same either way.
  public var interiorThreads = 1
  /// The interior point's ordering (GLPK's AMD by default).
  public var interiorOrdering: SolveOptions.InteriorOrdering = .approximateMinimumDegree
  /// Day sampling of the staged method's first stage.
  public var sampleEveryDays = 4
  /// GLPK log lines go here while solving (e.g. for --verbose).
  public var log: (@Sendable (String) -> Void)?

  public init(_ greenCase: GreenPowerCase) { self.greenCase = greenCase }

  private var options: SolveOptions { options(for: method) }

  /// The solve options of `method` (the stages of the interior point's
  /// fallback are solved by simplex, the shortfall explanation by interior
  /// point, whatever `method` is set).
  private func options(for method: Method) -> SolveOptions {
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

  /// The interior point on `first` (ratio rows ÷ hours) and, for more than
  /// a day, a second try with the ratio rows divided by 24: on the stress
  /// cases (Benchmarks/SIZE.md) each scale converged on some cases where the
  /// other ended in numerical trouble or on the iteration limit, in about
  /// the same time. The first try's result is used when it is optimal, else
  /// the second's when that is: the same choice whether they run one after
  /// the other or at once (``interiorThreads``). Returns the model solved,
  /// its solution, and how the first try ended when the second was used.
  private func interiorTries(
    _ parameters: SizingParameters, _ first: SizingModel
  ) throws(GLPKError) -> (SizingModel, Solution, TerminationReason?) {
    let options = options
    guard greenCase.hours > 24 else { return (first, try Solver(options: options).solve(first.model), nil) }
    func secondForm() -> SizingModel { SizingModel(parameters, sparseForm: true, ratioScale: 1.0 / 24) }
    var second: SizingModel?
    var solutions: [Solution]
    if interiorThreads > 1 {
      let again = secondForm()
      let models = [first.model, again.model]
      solutions = try ParallelJobs(threads: 2).map(2) { i throws(GLPKError) in try Solver(options: options).solve(models[i]) }
      second = again
    } else {
      solutions = [try Solver(options: options).solve(first.model)]
      if solutions[0].termination != .optimal {
        let again = secondForm()
        solutions.append(try Solver(options: options).solve(again.model))
        second = again
      }
    }
    // When neither is optimal, the fallback starts from the first try's
    // point, unless that breaks a bound or row by more than the fixings'
    // tolerance (StagedSeed.boundTolerance, relative) and the second's
    // breaks less. A smaller violation alone is no better seed: on
    // import-limit-95 the second's is 7.3e-8 against 8.6e-7, yet from it
    // the dispatch takes 30,755 iterations instead of 11,883; on a
    // share-97 case with 4,500 mu the first's is 91 (its roof PV above the
    // roof) and the fallback from it sampled days, 48 s instead of 4.5 s
    // (Benchmarks/SIZE.md).
    // Measured only when a choice or the log needs it (a pass over the LP).
    guard solutions[0].termination != .optimal || log != nil else { return (first, solutions[0], nil) }
    let models = [first] + (second.map { [$0] } ?? [])
    let violations = zip(models, solutions).map { m, s in
      s.values.count == m.model.variableCount ? m.model.largestViolation(of: s.values) : .infinity
    }
    if let log {
      let tries = zip(zip(["÷ hours", "÷ 24"], solutions), violations).map { named, violation in
        String(format: "ratio rows %@ %@ (%.1f s, largest violation %.1e)", named.0, named.1.termination.rawValue,
               named.1.solveSeconds, violation)
      }
      log("interior point: " + tries.joined(separator: "; "))
    }
    guard solutions[0].termination != .optimal, let second else { return (first, solutions[0], nil) }
    if solutions[1].termination == .optimal
      || (violations[0] > StagedSeed.boundTolerance && violations[1] < violations[0]) {
      return (second, solutions[1], solutions[0].termination)
    }
    return (first, solutions[0], nil)
  }

  /// Builds, solves and reads the result. When the LP itself proves the
  /// case infeasible, ``ShortfallExplanation`` names the rows and limits.
  public func size() throws(GLPKError) -> SizingResult {
    let result = try sized()
    // A point on an unbounded ray is no plan.
    if result.termination == .unbounded { return .unbounded(result, SizingParameters(greenCase), greenCase: greenCase) }
    return try explained(scheduled(result))
  }

  /// `result` with its battery re-planned (``BatterySchedule``) when the
  /// solver's point kept hours that both charge and discharge more than ε
  /// (a simplex vertex may dispose of energy through the round-trip losses
  /// where no green power is left to curtail); a note says how many hours
  /// still do.
  func scheduled(_ result: SizingResult) -> SizingResult {
    let epsilon = ZeroTolerance(loadMW: greenCase.loadMW).epsilon
    func hoursWithBothFlows(_ r: SizingResult) -> Int {
      zip(r.dispatch.charge, r.dispatch.discharge).filter { min($0, $1) > epsilon }.count
    }
    var r = result
    if hoursWithBothFlows(r) > 0, r.batteryReplan == nil, r.objectiveWan != nil {
      let start = Date()
      r = BatterySchedule(parameters: SizingParameters(greenCase)).apply(to: r)
      r.solveSeconds += Date().timeIntervalSince(start)
      if let replan = r.batteryReplan { r.method += "; battery re-planned (least throughput: \(replan))" }
    }
    r.hoursWithBothFlows = hoursWithBothFlows(r)
    if r.hoursWithBothFlows > 0 {
      r.notes.append("In \(r.hoursWithBothFlows) hour(s) the battery charges and discharges at once: the schedule disposes of energy through its round-trip losses there, as the green power used is already at its floor.")
    }
    return r
  }

  /// `result`, with the reasons of an infeasibility the LP proved (the
  /// capacity-free check's come with their own).
  func explained(_ result: SizingResult) throws(GLPKError) -> SizingResult {
    guard result.termination == .infeasible, result.infeasibilityReasons.isEmpty else { return result }
    let start = Date()
    let reasons = try ShortfallExplanation(parameters: SizingParameters(greenCase)).reasons(options: options(for: .interior))
    log?(String(format: "shortfall explanation: %@ (%.1f s)", reasons == nil ? "none" : "rows named",
                Date().timeIntervalSince(start)))
    guard let reasons else { return result }
    var explained = result
    explained.infeasibilityReasons = reasons
    explained.notes += reasons
    return explained
  }

  private func sized() throws(GLPKError) -> SizingResult {
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
    var solution: Solution
    var retried: TerminationReason?
    if interior {
      (built, solution, retried) = try interiorTries(parameters, built)
      solution.solveSeconds = Date().timeIntervalSince(start) - buildSeconds
    } else {
      solution = try Solver(options: options).solve(built.model)
    }
    if interior && solution.termination != .optimal {
      // GLPK's interior point has no crossover and can stall; the staged
      // simplex then gives the exact optimum.
      // The interior point's best point (it stalled near the optimum, as a
      // rule) gives the capacities to start from.
      var seed: StagedSeed?
      if solution.values.count == built.model.variableCount {
        seed = StagedSeed(built, solution)
      }
      if let log, let seed {
        log("interior point's best point: " + CapacityKind.allCases.compactMap { kind in
          seed.capacities[kind].map { String(format: "%@ %.6g", kind.rawValue, $0) }
        }.joined(separator: ", "))
      }
      var result = try staged(seed: seed)
      result.solveSeconds += solution.solveSeconds
      result.stageTimings = String(format: "interior point %.1f s, ", solution.solveSeconds) + (result.stageTimings ?? "")
      result.method = "GLPK interior point ended with \(solution.termination.rawValue)\(greenCase.hours > 24 ? " (twice: ratio rows ÷ hours, ÷ 24)" : ""); fell back to "
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

  /// The staged simplex: capacities from `seed` (the interior point's
  /// best point, when it stalled) or from a sample of days; the full
  /// dispatch with them fixed; then the full LP from that point.
  func staged(seed: StagedSeed? = nil, fixing: StagedSeed.HourFixing = .rowBounds) throws(GLPKError) -> SizingResult {
    // The interior point's fallback must not solve its stages by interior point.
    let options = options(for: .staged)
    let clock = Date()
    // Stage 1: capacities from the seed, else from a sample of days.
    var sample: SizingModel?
    var first: Solution?
    var chosen: [CapacityKind: Double] = seed?.capacities ?? [:]
    if seed == nil {
      let sampled = SizingModel(greenCase.sampledDays(every: sampleEveryDays))
      let solved = try Solver(options: options).solve(sampled.model)
      if solved.hasFeasiblePoint {
        for (kind, v) in sampled.capacity { chosen[kind] = solved[v] }
      }
      sample = sampled
      first = solved
    }
    let t1 = Date().timeIntervalSince(clock)
    // Stage 2: the full dispatch with those capacities fixed.
    let start = Date()
    var built = SizingModel(greenCase)
    let buildSeconds = Date().timeIntervalSince(start)
    var fixed = built.model
    var shifts: [(variable: Variable, value: Double)] = []
    for kind in CapacityKind.allCases {
      guard let v = built.capacity[kind], let guess = chosen[kind] else { continue }
      let value = min(max(guess, fixed.lowerBound(of: v)), fixed.upperBound(of: v))
      fixed.fix(v, at: value)
      shifts.append((v, value))
    }
    let fixingStart = Date()
    let fixedHours = seed?.fix(&fixed, built, fixing) ?? []
    if seed != nil { StagedSeed.loosenRatioRows(&fixed, built) }
    let fixingSeconds = Date().timeIntervalSince(fixingStart)
    // GLPK's presolver takes the fixed capacities out first (import-limit-95
    // of Benchmarks/SIZE.md: 70,084 rows → 26,283).
    var dispatchOptions = options
    dispatchOptions.presolve = .on
    let second = try Solver(options: dispatchOptions).solve(fixed)
    if seed != nil && second.termination != .optimal {
      // Some hours fixed at a bound are not at it in any feasible dispatch
      // (a binding yearly ratio leaves no room for the point's small
      // errors): again with fewer fixed, then with the capacities only;
      // when those do not carry the full dispatch either (the point was too
      // far from feasible), from a sample of days.
      let next: StagedSeed.HourFixing? =
        fixedHours.contains { $0.constraint != nil } ? .columnBounds
        : fixedHours.isEmpty ? nil : StagedSeed.HourFixing.none
      let spent = Date().timeIntervalSince(clock)
      var result: SizingResult
      if let next { result = try staged(seed: seed, fixing: next) } else { result = try staged(seed: nil) }
      result.stageTimings = String(
        format: "%d hourly flows fixed: dispatch %@ (%.1f s); ", fixedHours.count,
        second.termination.rawValue, spent) + (result.stageTimings ?? "")
      result.solveSeconds += spent
      return result
    }
    let t2 = Date().timeIntervalSince(clock) - t1 - buildSeconds
    // Stage 3: the full LP from the stage-2 point.
    let solution: Solution
    var iterations3 = 0
    if second.termination == .optimal, let basis = second.basis, !shifts.isEmpty {
      // Exactly from that point: the capacities' origins moved to their
      // stage-2 values (LinearModel.shiftingOrigin), so the stage-2 basis is
      // a feasible start; its optimum is mapped back to the original model
      // (values, duals, basis), which is solved from that basis only when
      // the shifted solve did not end optimal.
      let shifted = built.model.shiftingOrigin(shifts)
      var fromStage2 = options
      // Hourly columns fixed at a bound are free again, non-basic at it.
      fromStage2.warmStart = shifted.startingBasis(from: basis, released: fixedHours)
      let third = try Solver(options: fromStage2).solve(shifted.model)
      iterations3 = third.iterations
      if third.termination == .optimal {
        solution = shifted.originalSolution(third, of: built.model)
      } else {
        var fromShifted = options
        fromShifted.warmStart = third.basis.map(shifted.originalBasis(from:)) ?? basis
        solution = try Solver(options: fromShifted).solve(built.model)
        iterations3 += solution.iterations
      }
    } else if shifts.isEmpty && fixedHours.isEmpty {
      // Nothing was fixed (the sample had no feasible point): the second
      // stage was the full LP itself; solving it again would only repeat it
      // (an off-grid case infeasible over the year: 29 s).
      solution = second
    } else {
      var finish = options
      finish.warmStart = second.basis
      solution = try Solver(options: finish).solve(built.model)
      iterations3 = solution.iterations
    }
    let t3 = Date().timeIntervalSince(clock) - t1 - t2 - buildSeconds
    built.model.name = "green_power"
    var result = ResultReader(built: built, solution: solution, greenCase: greenCase).result()
    let origin = seed == nil ? "every \(sampleEveryDays)th day" : "the interior point's capacities"
    result.method = "GLPK primal simplex, staged: \(origin) → fixed-capacity dispatch → full LP from that point"
    result.stageTimings = String(
      format: "%@ %.1f s (%d it), fixed-capacity dispatch%@ %.1f s (%d it), full LP from that point %.1f s (%d it)",
      seed == nil ? "sample" : "capacities", t1, first?.iterations ?? 0,
      fixedHours.isEmpty ? "" : String(format: " (%d hourly flows at a bound fixed, %d of them at a row's, in %.1f s)", fixedHours.count, fixedHours.filter { $0.constraint != nil }.count, fixingSeconds), t2, second.iterations, t3,
      iterations3)
    result.buildSeconds = buildSeconds
    result.solveSeconds = t1 + t2 + t3
    if let first, first.hasFeasiblePoint, let sample, let exact = result.objectiveWan, let sampled = first.objectiveValue {
      // How far the sampled-days approximation (stage 1) was from the full model.
      var error = ["objective_relative": (sampled - exact) / max(1e-9, abs(exact))]
      for (kind, v) in sample.capacity {
        error["\(kind.rawValue)_difference"] = first[v] - result.capacity(kind)
      }
      result.aggregationError = error.mapValues { ($0 * 1e6).rounded() / 1e6 }
    }
    result.iterations = (first?.iterations ?? 0) + second.iterations + iterations3
    return result
  }
}
