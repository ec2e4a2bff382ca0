/// Removes simultaneous charge and discharge from an hourly dispatch without
/// changing the state of charge, the objective or any ratio.
///
/// GLPK's interior point returns a point inside the optimal face, where the
/// battery may charge and discharge in the same hour (a loss-making loop no
/// operator runs). In such an hour, with charge c, discharge d and
/// efficiencies ηc, ηd, the stored energy changes by ηc·c − d/ηd. Lowering
/// charge by x and discharge by ηc·ηd·x keeps that change, so every SOC value
/// (and its bounds) is unchanged and both flows only fall (power limits hold).
/// x is taken as large as possible: one of the two flows becomes 0.
/// The balance then has (1 − ηc·ηd)·x more supply; it is taken off the green
/// power used (that power is curtailed instead), which keeps
/// `green_only` (charge + export ≤ green + discharge changes by the same
/// amount on both sides) and `available`; import, export, unserved load and
/// capacities stay, so the objective and the three ratios stay too.
/// Only when green power is too short for that (green must also stay ≥ export
/// with grid charging) does the rest come off unserved load, then import —
/// which can only happen at a point that is not quite optimal.
struct SimultaneousFlowRemoval {
  let chargeEfficiency: Double
  let dischargeEfficiency: Double
  let gridCharging: Bool

  /// Hours changed by the last ``apply(_:)``.
  private(set) var hoursChanged = 0

  /// The hourly flows it edits in place.
  struct Flows {
    var charge: [Double], discharge: [Double], green: [Double], imports: [Double], unserved: [Double]
    let exports: [Double]
  }

  mutating func apply(_ f: inout Flows) {
    hoursChanged = 0
    let loop = chargeEfficiency * dischargeEfficiency
    for t in f.charge.indices where f.charge[t] > 0 && f.discharge[t] > 0 {
      let c = f.charge[t], d = f.discharge[t]
      // Charge taken off: c when the hour is net charging, else d / (ηc·ηd).
      let x = min(c, d / loop)
      f.charge[t] = c - x
      f.discharge[t] = max(0, d - loop * x)
      if f.charge[t] <= 1e-12 * max(1, c) { f.charge[t] = 0 }
      if f.discharge[t] <= 1e-12 * max(1, d) { f.discharge[t] = 0 }
      var surplus = (1 - loop) * x
      let greenFloor = gridCharging ? f.exports[t] : 0
      let fromGreen = min(surplus, max(0, f.green[t] - greenFloor))
      f.green[t] -= fromGreen; surplus -= fromGreen
      if t < f.unserved.count {
        let fromUnserved = min(surplus, f.unserved[t])
        f.unserved[t] -= fromUnserved; surplus -= fromUnserved
      }
      f.imports[t] = max(0, f.imports[t] - surplus)
      hoursChanged += 1
    }
  }
}
