import Foundation
import GLPK

/// The second phase after the interior point: a battery schedule an operator
/// would run, with the optimum kept.
///
/// The interior point returns a point inside the optimal face: the battery
/// charges and discharges in the same hour and cycles energy it then loses,
/// which only moves power from curtailment into losses. This phase keeps
/// every column the objective and the ratio rows see (capacities, import,
/// export, unserved load, peaks) and re-plans the battery alone: with
/// n[t] = discharge[t] − charge[t] and r[t] = load + export − import −
/// unserved, green[t] = r[t] − n[t] must stay in [0, available[t]] (in
/// [export[t], available[t]] with grid charging), and the state of charge
/// follows the cyclic dynamics within its bounds. Among those schedules it
/// takes one with the least battery throughput Σ(charge + discharge), solved
/// exactly by dynamic programming over the state of charge
/// (``LeastThroughputDP``, milliseconds; GLPK's interior point, then the
/// primal simplex, when it does not apply), with the window
/// slack measured on the interior point's own schedule
/// (BatterySchedule+Slack.swift): no hour charges and discharges at once
/// (lowering both by the round-trip loss would be cheaper), and the energy
/// not used is curtailed, as an operator would.
struct BatterySchedule {
  let parameters: SizingParameters
  /// Slacks on each hour's net battery window tried in turn with the interior
  /// point, MW: its columns are feasible to about 1e-9 relative, not exactly,
  /// so the exact window can be empty by a little.
  var interiorSlacksMW = [0, 1e-7, 1e-5]
  /// Slacks tried with the primal simplex after the measured one
  /// (``measuredSlackMW(_:energyMWh:)``) when that fails, MW.
  var fallbackSlacksMW = [1e-5]
  /// Whether the exact dynamic programme (``LeastThroughputDP``) is tried
  /// before any LP.
  var useDynamicProgramming = true

  /// A re-planned schedule and how it was solved.
  struct Plan {
    var charge: [Double], discharge: [Double], soc: [Double]
    /// What solved it ("dynamic programming", "interior point" or "primal simplex").
    var method = ""
    /// The window slack it was solved with, MW.
    var slackMW = 0.0
    /// The re-plan's objective, Σ(charge + discharge) before any loop removal, MWh.
    var throughputMWh = 0.0
  }

  /// Charge, discharge and state of charge; nil when the battery is absent or
  /// the phase does not solve (the caller keeps the interior point's).
  func plan(_ d: SizingResult.Dispatch, energyMWh: Double, powerMW: Double) -> Plan? {
    let measured = measuredSlackMW(d, energyMWh: energyMWh)
    // The DP at the LP's slacks first, the measured one last: a wider window
    // lowers the least throughput (off grid the measured slack was 12 MW,
    // where slack 0 is feasible), so the narrowest feasible one is taken.
    if useDynamicProgramming {
      for slack in interiorSlacksMW + [measured] where slack <= measured || slack == interiorSlacksMW.first {
        if let plan = planByDynamicProgramming(d, energyMWh: energyMWh, powerMW: powerMW, slackMW: slack) {
          return plan
        }
      }
    }
    // The interior point first: ten times faster than the simplex on a full
    // year (Kunming: 0.8 s against 8.0 s CPU in glpsol), and the least
    // throughput fixes Σ charge and Σ discharge, so cycles and curtailment are
    // the same at every optimal point, vertex or not. When it fails (on the
    // stress case `base`: numerical instability at iteration 14), the primal
    // simplex (7.2 s user in glpsol on that case's re-plan, the dual 9.2 s).
    // Its numerics depend on the window: it is tried at the slacks it
    // converged with before (Kunming: at 0), a fraction of a second each.
    // The simplex is tried at the measured slack, feasible by construction.
    for slack in interiorSlacksMW {
      if let plan = planByLP(d, energyMWh: energyMWh, powerMW: powerMW, slackMW: slack, method: .interiorPoint) {
        return plan
      }
    }
    for slack in [measured] + fallbackSlacksMW.filter({ $0 > measured }) {
      if let plan = planByLP(d, energyMWh: energyMWh, powerMW: powerMW, slackMW: slack, method: .primalSimplex) {
        return plan
      }
    }
    return nil
  }

  /// The re-plan solved exactly by ``LeastThroughputDP`` at window slack
  /// `slackMW`; nil when it does not apply.
  func planByDynamicProgramming(_ d: SizingResult.Dispatch, energyMWh: Double, powerMW: Double,
                                slackMW: Double) -> Plan? {
    let p = parameters
    let T = p.hours
    guard T > 1, energyMWh > 1e-9, powerMW > 1e-9, d.load.count == T else { return nil }
    let windows = (0..<T).map { window(d, $0, slackMW: slackMW) }
    let dp = LeastThroughputDP(
      chargeEfficiency: p.chargeEfficiency, dischargeEfficiency: p.dischargeEfficiency,
      socMin: p.minSOC * energyMWh, socMax: energyMWh, powerMW: powerMW,
      low: windows.map(\.low), high: windows.map(\.high))
    guard let s = dp.solve() else { return nil }
    // Both flows only where the window forces a charge the battery cannot store.
    let (charge, discharge) = oneFlowPerHour(d, charge: s.charge, discharge: s.discharge)
    return Plan(charge: charge, discharge: discharge, soc: s.soc,
                method: "dynamic programming over the state of charge", slackMW: slackMW,
                throughputMWh: s.throughputMWh)
  }

  /// The re-plan LP solved by GLPK with `method` at window slack `slackMW`;
  /// nil when it does not end optimal.
  func planByLP(_ d: SizingResult.Dispatch, energyMWh: Double, powerMW: Double, slackMW: Double,
                method: SolveOptions.Method) -> Plan? {
    let p = parameters
    let T = p.hours
    guard T > 1, energyMWh > 1e-9, powerMW > 1e-9 else { return nil }
    var m = LinearModel(name: "battery_schedule")
    let charge = m.addVariables(count: T, upperBound: powerMW, name: { "charge[\($0)]" })
    let discharge = m.addVariables(count: T, upperBound: powerMW, name: { "discharge[\($0)]" })
    let soc = m.addVariables(count: T, lowerBound: p.minSOC * energyMWh, upperBound: energyMWh,
                             name: { "soc[\($0)]" })
    let ec = p.chargeEfficiency, ed = p.dischargeEfficiency
    for t in 0..<T {
      m.addConstraint(variables: [soc[t], soc[(t + T - 1) % T], charge[t], discharge[t]],
                      coefficients: [1, -1, -ec, 1 / ed], lower: 0, upper: 0, name: "soc_dynamics[\(t)]")
      let (low, high) = window(d, t, slackMW: slackMW)
      m.addConstraint(variables: [discharge[t], charge[t]], coefficients: [1, -1],
                      lower: low, upper: high, name: "net[\(t)]")
    }
    var objective = LinearExpression(reservingCapacity: 2 * T)
    for t in 0..<T { objective.add(charge[t], times: 1); objective.add(discharge[t], times: 1) }
    m.setObjective(objective, sense: .minimize)
    var options = SolveOptions()
    options.method = method
    guard let s = try? Solver(options: options).solve(m), s.termination == .optimal else { return nil }
    let throughput = (0..<T).reduce(0.0) { $0 + max(0, s[charge[$1]]) + max(0, s[discharge[$1]]) }
    // An interior point may leave loops of the order of its gap: one flow per hour (same SOC).
    let (oneCharge, oneDischarge) = oneFlowPerHour(
      d, charge: charge.map { max(0, s[$0]) }, discharge: discharge.map { max(0, s[$0]) })
    return Plan(charge: oneCharge, discharge: oneDischarge, soc: soc.map { max(0, s[$0]) },
                method: method == .interiorPoint ? "interior point" : "primal simplex", slackMW: slackMW,
                throughputMWh: throughput)
  }

  /// `charge` and `discharge` with each hour's loop removed
  /// (``SimultaneousFlowRemoval``) as far as the green power used then —
  /// r[t] − discharge + charge — can stay at or above its floor.
  func oneFlowPerHour(_ d: SizingResult.Dispatch, charge: [Double], discharge: [Double]) -> ([Double], [Double]) {
    let green = charge.indices.map { max(0, Self.residual(d, $0) - discharge[$0] + charge[$0]) }
    var flows = SimultaneousFlowRemoval.Flows(charge: charge, discharge: discharge, green: green, exports: d.exports)
    var removal = SimultaneousFlowRemoval(chargeEfficiency: parameters.chargeEfficiency,
                                          dischargeEfficiency: parameters.dischargeEfficiency,
                                          gridCharging: parameters.gridCharging)
    removal.apply(&flows)
    return (flows.charge, flows.discharge)
  }

  /// What green power and the battery must supply in hour `t` with the
  /// interior point's import, export and unserved load kept:
  /// load + export − import − unserved (the r[t] above).
  static func residual(_ d: SizingResult.Dispatch, _ t: Int) -> Double {
    d.load[t] + d.exports[t] - d.imports[t] - d.unserved[t]
  }

  /// `result` with the battery re-planned (green, curtailment, charge,
  /// discharge, state of charge and cycles follow); unchanged when the phase
  /// does not apply.
  func apply(to result: SizingResult) -> SizingResult {
    let d = result.dispatch
    let energy = result.capacity(.batteryEnergy), power = result.capacity(.batteryPower)
    guard let plan = plan(d, energyMWh: energy, powerMW: power) else { return result }
    var r = result
    var green = d.green, curtailed = d.curtailed
    for t in 0..<parameters.hours {
      let need = Self.residual(d, t)
      let available = d.availablePV[t] + d.availableWind[t]
      green[t] = min(available, max(0, need - plan.discharge[t] + plan.charge[t]))
      curtailed[t] = max(0, available - green[t])
    }
    r.dispatch.charge = plan.charge
    r.dispatch.discharge = plan.discharge
    r.dispatch.soc = plan.soc
    r.dispatch.green = green
    r.dispatch.curtailed = curtailed
    r.deriveFigures(ZeroTolerance(loadMW: parameters.loadMW))
    r.batteryReplan = "\(plan.method), window slack " + String(format: "%.1e", plan.slackMW) + " MW"
    return r
  }
}
