/// The window slack the re-plan needs, measured on the interior point's own
/// schedule.
///
/// The interior point's columns satisfy its rows to about 1e-9 relative, not
/// exactly, so with the other columns kept the exact net window of an hour
/// can be empty by that much, and an exact re-plan LP infeasible. Its own
/// schedule is a witness of how much slack suffices: clamp the state of
/// charge into its bounds, let each hour's flow absorb what is left of the
/// dynamics residual e[t] = soc[t] − soc[t−1] − ec·charge[t] +
/// discharge[t]/ed (changing charge or discharge by at most
/// |e[t]|·max(1/ec, 1/ed) MW), and that schedule is feasible for windows
/// widened by the hour's window violation plus that change. The slack is the
/// largest of these over the hours, doubled for rounding, at least 1e-9 MW;
/// so the first re-plan solve is feasible (no failed solves at guessed slacks).
extension BatterySchedule {
  /// The slack, MW, on each hour's net window [r − available, r − greenFloor]
  /// that the interior point's schedule `d` (with `energyMWh` of storage)
  /// needs, as described above.
  func measuredSlackMW(_ d: SizingResult.Dispatch, energyMWh: Double) -> Double {
    let p = parameters
    let T = p.hours
    guard T > 1, d.soc.count == T, d.charge.count == T, d.discharge.count == T else { return 0 }
    let ec = p.chargeEfficiency, ed = p.dischargeEfficiency
    let flowPerSOC = max(1 / ec, 1 / ed)
    let lowest = p.minSOC * energyMWh
    let soc = d.soc.map { min(max($0, lowest), energyMWh) }
    var worst = 0.0
    for t in 0..<T {
      let (low, high) = window(d, t, slackMW: 0)
      let n = d.discharge[t] - d.charge[t]
      let outside = max(0, low - n, n - high)
      let residual = soc[t] - soc[(t + T - 1) % T] - ec * d.charge[t] + d.discharge[t] / ed
      worst = max(worst, outside + abs(residual) * flowPerSOC)
    }
    return max(1e-9, 2 * worst)
  }

  /// Hour `t`'s window on net discharge (discharge − charge), MW, widened by
  /// `slackMW` on both sides: green = r − net within [greenFloor, available].
  func window(_ d: SizingResult.Dispatch, _ t: Int, slackMW: Double) -> (low: Double, high: Double) {
    let r = Self.residual(d, t)
    let available = d.availablePV[t] + d.availableWind[t]
    let greenFloor = parameters.gridCharging ? d.exports[t] : 0
    return (r - available - slackMW, r - greenFloor + slackMW)
  }
}
