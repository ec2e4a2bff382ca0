/// Removes simultaneous charge and discharge from an hourly dispatch without
/// changing the state of charge, the objective or any ratio.
///
/// A solver's point may charge and discharge the battery in the same hour (a
/// loss-making loop no operator runs; GLPK's interior point returns a point
/// inside the optimal face, and a simplex vertex may use the loop's losses to
/// dispose of energy). In such an hour, with charge c, discharge d and
/// efficiencies ηc, ηd, the stored energy changes by ηc·c − d/ηd. Lowering
/// charge by x and discharge by ηc·ηd·x keeps that change, so every SOC value
/// (and its bounds) is unchanged and both flows only fall (power limits hold).
/// The balance then has (1 − ηc·ηd)·x more supply; it is taken off the green
/// power used (that power is curtailed instead), which keeps `green_only`
/// (charge + export ≤ green + discharge changes by the same amount on both
/// sides) and `available`; import, export, unserved load and capacities
/// stay, so the objective and the three ratios stay too.
/// x is as large as possible: one of the two flows becomes 0, unless the
/// green power used would fall below its floor (0, or the hour's export with
/// grid charging): then x is what the green power can give up, and the hour
/// keeps both flows.
struct SimultaneousFlowRemoval {
  let chargeEfficiency: Double
  let dischargeEfficiency: Double
  let gridCharging: Bool

  /// Hours changed by the last ``apply(_:)``.
  private(set) var hoursChanged = 0

  /// The hourly flows it edits in place.
  struct Flows {
    var charge: [Double], discharge: [Double], green: [Double]
    let exports: [Double]
  }

  mutating func apply(_ f: inout Flows) {
    hoursChanged = 0
    let loop = chargeEfficiency * dischargeEfficiency
    for t in f.charge.indices where f.charge[t] > 0 && f.discharge[t] > 0 {
      let c = f.charge[t], d = f.discharge[t]
      let greenFloor = gridCharging ? f.exports[t] : 0
      let room = max(0, f.green[t] - greenFloor)  // green power that may be curtailed
      // Charge taken off: c when the hour is net charging, else d / (ηc·ηd);
      // at most what the green power can absorb of the losses saved.
      var x = min(c, d / loop)
      if loop < 1 { x = min(x, room / (1 - loop)) }
      guard x > 0 else { continue }
      f.charge[t] = c - x
      f.discharge[t] = max(0, d - loop * x)
      if f.charge[t] <= 1e-12 * max(1, c) { f.charge[t] = 0 }
      if f.discharge[t] <= 1e-12 * max(1, d) { f.discharge[t] = 0 }
      f.green[t] -= min(room, (1 - loop) * x)
      hoursChanged += 1
    }
  }
}
