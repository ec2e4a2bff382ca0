/// The battery re-plan's LP solved exactly by dynamic programming over the
/// state of charge, in milliseconds instead of an LP solve.
///
/// The re-plan (``BatterySchedule``) minimises the throughput Σ(charge +
/// discharge) with every other flow kept: each hour t has its own window
/// lo ≤ discharge − charge ≤ hi, both flows within [0, P], and the state of
/// charge s follows s[t] = s[t−1] + Δ[t], Δ = ηc·charge − discharge/ηd,
/// within [minSOC·E, E], cyclic (s[T−1] is the start of hour 0).
///
/// **Hour cost.** For a given Δ, the cheapest flows of hour t are a
/// 2-variable LP: discharge = ηc·ηd·charge − ηd·Δ, throughput =
/// (1 + ηc·ηd)·charge − ηd·Δ, so the cheapest has the smallest charge
/// c*(Δ) = max(0, Δ/ηc, (−ηd·Δ − hi)/(1 − ηc·ηd)) (discharge ≥ 0 and
/// net ≤ hi), feasible while c* ≤ P, discharge ≤ P and net ≥ lo. The hour's
/// cost is convex piecewise linear in Δ with only three slopes: −ηd
/// (discharge alone), 1/ηc (charge alone) and −2ηd/(1 − ηc·ηd) (both: energy
/// lost in a loop, only when the window forces charge the battery cannot
/// store). Outside its feasible range it is extended by a penalty slope ∓M.
///
/// **Value function.** V_t(s) = the least cost of hours 0…t ending at s,
/// from a start σ. V_t is the infimal convolution of V_{t−1} with the hour's
/// cost, clipped to the SOC bounds; for convex piecewise-linear functions
/// that is the merge of their pieces by slope, so V_t has one piece per slope
/// class (five: −M, loop, discharge, charge, +M) and a step costs O(1).
/// F(σ) = V_{T−1}(σ) (the cycle closed) is convex in σ (an LP's value in its
/// right-hand side): σ is found by golden-section search, then the schedule
/// is read backwards. The result is exact (the LP's optimum, up to
/// rounding) unless a penalty piece is used, which means the windows
/// admit no schedule at this M: then it returns nil and the LP decides.
struct LeastThroughputDP {
  let chargeEfficiency: Double
  let dischargeEfficiency: Double
  let socMin: Double
  let socMax: Double
  let powerMW: Double
  /// Each hour's window on discharge − charge, MW.
  let low: [Double]
  let high: [Double]
  /// The five slopes, ascending: −M, loop, discharge, charge, +M.
  private let slopes: [Double]
  /// The penalty slope M: well above every other slope.
  private let penalty: Double
  private let loop: Double

  init(chargeEfficiency: Double, dischargeEfficiency: Double, socMin: Double, socMax: Double, powerMW: Double,
       low: [Double], high: [Double]) {
    self.chargeEfficiency = chargeEfficiency
    self.dischargeEfficiency = dischargeEfficiency
    self.socMin = socMin
    self.socMax = socMax
    self.powerMW = powerMW
    self.low = low
    self.high = high
    let loop = chargeEfficiency * dischargeEfficiency
    let wasteSlope = -2 * dischargeEfficiency / max(1e-12, 1 - loop)
    self.loop = loop
    penalty = max(1e4, -100 * wasteSlope)
    slopes = [-penalty, wasteSlope, -dischargeEfficiency, 1 / chargeEfficiency, penalty]
  }

  /// The schedule and its throughput Σ(charge + discharge), MWh.
  struct Schedule {
    var charge: [Double], discharge: [Double], soc: [Double]
    var throughputMWh: Double
  }

  /// A convex piecewise-linear function on [left, left + Σ lengths]: its
  /// value at `left` and the length of its piece of each slope class
  /// (slopes ascending by class).
  struct Piecewise {
    var left: Double
    var value: Double
    var lengths: (Double, Double, Double, Double, Double)

    subscript(k: Int) -> Double {
      get {
        switch k {
        case 0: lengths.0
        case 1: lengths.1
        case 2: lengths.2
        case 3: lengths.3
        default: lengths.4
        }
      }
      set {
        switch k {
        case 0: lengths.0 = newValue
        case 1: lengths.1 = newValue
        case 2: lengths.2 = newValue
        case 3: lengths.3 = newValue
        default: lengths.4 = newValue
        }
      }
    }
    var right: Double { left + lengths.0 + lengths.1 + lengths.2 + lengths.3 + lengths.4 }
  }

  /// The least-throughput schedule; nil when the DP does not apply
  /// (efficiency 1, no SOC range, an hour with no feasible flows) or the
  /// windows admit no schedule.
  func solve() -> Schedule? {
    let T = low.count
    guard T > 1, high.count == T, loop < 1 - 1e-9, socMax - socMin > 1e-9, powerMW > 0 else { return nil }
    var costs: [Piecewise] = []
    var ranges: [(Double, Double)] = []
    costs.reserveCapacity(T)
    for t in 0..<T {
      guard let range = deltaRange(t) else { return nil }
      ranges.append(range)
      costs.append(hourCost(t, range))
    }
    // Golden-section search for the start σ on [socMin, socMax].
    let g = (5.0.squareRoot() - 1) / 2
    var a = socMin, b = socMax
    var x1 = b - g * (b - a), x2 = a + g * (b - a)
    var f1 = closedCost(x1, costs), f2 = closedCost(x2, costs)
    for _ in 0..<90 where b - a > 1e-13 * max(1, socMax) {
      if f1 <= f2 {
        b = x2; x2 = x1; f2 = f1
        x1 = b - g * (b - a); f1 = closedCost(x1, costs)
      } else {
        a = x1; x1 = x2; f1 = f2
        x2 = a + g * (b - a); f2 = closedCost(x2, costs)
      }
    }
    var sigma = f1 <= f2 ? x1 : x2
    var best = min(f1, f2)
    for end in [socMin, socMax] {
      let f = closedCost(end, costs)
      if f < best { best = f; sigma = end }
    }
    return schedule(from: sigma, costs, ranges)
  }

  /// F(σ): the least cost of the cycle that starts and ends at σ.
  private func closedCost(_ sigma: Double, _ costs: [Piecewise]) -> Double {
    var v = Piecewise(left: sigma, value: 0, lengths: (0, 0, 0, 0, 0))
    for cost in costs { v = step(v, cost) }
    return evaluate(v, at: sigma)
  }

  /// V_t from V_{t−1}: infimal convolution with the hour's cost, clipped to
  /// the SOC bounds.
  private func step(_ v: Piecewise, _ cost: Piecewise) -> Piecewise {
    var w = Piecewise(
      left: v.left + cost.left, value: v.value + cost.value,
      lengths: (v.lengths.0 + cost.lengths.0, v.lengths.1 + cost.lengths.1, v.lengths.2 + cost.lengths.2,
                v.lengths.3 + cost.lengths.3, v.lengths.4 + cost.lengths.4))
    let s = slopes
    if w.left < socMin {
      var cut = socMin - w.left
      for k in 0..<5 where cut > 0 {
        let take = min(cut, w[k])
        w.value += take * s[k]
        w[k] -= take
        cut -= take
      }
      w.left = socMin
    }
    var over = w.right - socMax
    if over > 0 {
      for k in stride(from: 4, through: 0, by: -1) where over > 0 {
        let take = min(over, w[k])
        w[k] -= take
        over -= take
      }
    }
    return w
  }

  private func evaluate(_ v: Piecewise, at x: Double) -> Double {
    var rest = x - v.left, value = v.value
    let s = slopes
    for k in 0..<5 where rest > 0 {
      let take = min(rest, v[k])
      value += take * s[k]
      rest -= take
    }
    // Beyond the domain (rounding): continue with the steepest slope.
    if rest > 0 { value += rest * penalty }
    if x < v.left { value += (v.left - x) * penalty }
    return value
  }

  /// The range of Δ hour t's flows allow: the extremes of ηc·c − d/ηd over
  /// the vertices of {0 ≤ c, d ≤ P, lo ≤ d − c ≤ hi}.
  private func deltaRange(_ t: Int) -> (Double, Double)? {
    let p = powerMW, lo = low[t], hi = high[t]
    var points: [(Double, Double)] = [(0, 0), (0, p), (p, 0), (p, p)]
    for n in [lo, hi] {
      points += [(0, n), (p, p + n), (-n, 0), (p - n, p)]
    }
    let tol = 1e-12 * max(1, p)
    var least = Double.infinity, most = -Double.infinity
    for (c, d) in points where c >= -tol && c <= p + tol && d >= -tol && d <= p + tol
      && d - c >= lo - tol && d - c <= hi + tol {
      let delta = chargeEfficiency * min(max(c, 0), p) - min(max(d, 0), p) / dischargeEfficiency
      least = min(least, delta)
      most = max(most, delta)
    }
    return least <= most ? (least, most) : nil
  }

  /// c*(Δ), the least charge with which hour t's soc change is Δ.
  private func leastCharge(_ t: Int, _ delta: Double) -> Double {
    max(0, delta / chargeEfficiency, (-dischargeEfficiency * delta - high[t]) / (1 - loop))
  }

  private func throughput(_ t: Int, _ delta: Double) -> Double {
    (1 + loop) * leastCharge(t, delta) - dischargeEfficiency * delta
  }

  /// Hour t's cost as a function of Δ on [−W, W] (W = the SOC range),
  /// penalty pieces outside `range`.
  private func hourCost(_ t: Int, _ range: (Double, Double)) -> Piecewise {
    let (from, to) = range
    let width = socMax - socMin
    var cost = Piecewise(left: from, value: throughput(t, from), lengths: (0, 0, 0, 0, 0))
    let ed = dischargeEfficiency
    let kinks = [0, -high[t] / ed, -high[t] * chargeEfficiency].filter { $0 > from && $0 < to }.sorted()
    var points = [from] + kinks + [to]
    points = points.indices.filter { $0 == 0 || points[$0] > points[$0 - 1] }.map { points[$0] }
    for i in 1..<max(1, points.count) {
      let mid = (points[i - 1] + points[i]) / 2
      let terms = [0, mid / chargeEfficiency, (-ed * mid - high[t]) / (1 - loop)]
      let k = terms[1] >= terms[0] && terms[1] >= terms[2] ? 3 : (terms[2] > terms[0] ? 1 : 2)
      cost[k] += points[i] - points[i - 1]
    }
    if from > -width {
      cost.value += penalty * (from + width)
      cost.left = -width
      cost[0] = from + width
    }
    if to < width { cost[4] = width - to }
    return cost
  }

  /// The forward pass from σ with every V_t kept, then the schedule read
  /// backwards; nil when it uses a penalty piece.
  private func schedule(from sigma: Double, _ costs: [Piecewise], _ ranges: [(Double, Double)]) -> Schedule? {
    let T = costs.count
    var values: [Piecewise] = []
    values.reserveCapacity(T)
    var v = Piecewise(left: sigma, value: 0, lengths: (0, 0, 0, 0, 0))
    for cost in costs {
      v = step(v, cost)
      values.append(v)
    }
    var soc = [Double](repeating: 0, count: T)
    soc[T - 1] = sigma
    var charge = [Double](repeating: 0, count: T), discharge = charge
    for t in stride(from: T - 1, through: 0, by: -1) {
      let after = soc[t]
      let before: Double
      if t == 0 {
        before = sigma
      } else {
        before = bestPredecessor(values[t - 1], costs[t], after)
        soc[t - 1] = before
      }
      let (from, to) = ranges[t]
      let delta = after - before
      let tol = 1e-7 * max(1, powerMW)
      guard delta >= from - tol && delta <= to + tol else { return nil }
      let clamped = min(max(delta, from), to)
      let c = min(max(leastCharge(t, clamped), 0), powerMW)
      charge[t] = c
      discharge[t] = min(max(loop * c - dischargeEfficiency * clamped, 0), powerMW)
    }
    var total = 0.0
    for t in 0..<T { total += charge[t] + discharge[t] }
    return Schedule(charge: charge, discharge: discharge, soc: soc, throughputMWh: total)
  }

  /// The s[t−1] in V_{t−1}'s domain minimising V_{t−1}(x) + cost_t(s − x):
  /// a convex function of x, so its least value is at a breakpoint of
  /// either term (or an end of the domain).
  private func bestPredecessor(_ v: Piecewise, _ cost: Piecewise, _ s: Double) -> Double {
    let lowest = max(v.left, s - cost.right), highest = min(v.right, s - cost.left)
    var candidates = [lowest, highest]
    var x = v.left, y = cost.left
    for k in 0..<5 {
      x += v[k]; y += cost[k]
      candidates.append(x)
      candidates.append(s - y)
    }
    var best = lowest, bestValue = Double.infinity
    for candidate in candidates {
      let x = min(max(candidate, lowest), highest)
      let value = evaluate(v, at: x) + evaluate(cost, at: s - x)
      if value < bestValue { bestValue = value; best = x }
    }
    return best
  }
}
