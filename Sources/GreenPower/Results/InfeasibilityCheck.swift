/// A quick proof of infeasibility on a relaxation without capacity decisions,
/// run before the full LP (which takes far longer to prove the same).
///
/// Every capacity is set to its largest value (its `max`, or what its land or
/// roof limit allows, each on its own) and the hours are decoupled (the
/// battery excepted in the last condition). Necessary conditions of the LP
/// follow; when one fails, no plan exists:
/// - `balance[t]`: in every hour, load ≤ import limit + Σ_k cf[k,t] × max[k]
///   + battery power max (the most the battery can give in an hour);
/// - `green_share_of_consumption`: Σ_t min(load[t], Σ_k cf[k,t] × max[k] +
///   battery power max) ≥ share × Σ load, and Σ_t Σ_k cf[k,t] × max[k] ≥
///   share × Σ load (green power covers at most each hour's load; the
///   battery stores, it does not generate);
/// - `balance[t]` summed over the horizon: Σ_t max(0, load[t] − import
///   limit) ≤ Σ_t Σ_k cf[k,t] × max[k] (+ Σ_t max(0, import limit − load[t])
///   with grid charging) — the load the grid cannot carry must come from
///   PV and wind; the battery, cyclic and with losses, adds no energy, and
///   without grid charging import never exceeds the hour's load (it is not
///   stored).
/// - `self_use_of_generation`: Σ load ≥ r × Σ_k FLH[k] × min[k] over PV and
///   wind, min[k] being the capacity that must be kept or built
///   (max(existing, min)): the row's left side, Σ(load − import − unserved),
///   is at most the load, and its right side at least that.
/// - `soc_min[t]`: the battery as a reservoir (``storageShortfall(_:_:_:)``):
///   from a full battery, the hours whose load exceeds import limit + PV
///   and wind at their largest must not drain it below its minimum state
///   of charge before it can refill, and over the cyclic horizon it must
///   be able to regain what it gives (`soc_dynamics[t]`).
///
/// With unserved load allowed, the balance always holds and only the ratios
/// are checked (off grid there are no ratios).
struct InfeasibilityCheck {
  let parameters: SizingParameters

  /// Why the LP cannot be feasible, in the words of its rows and the scenario
  /// keys to relax; empty when the relaxation is feasible (the full LP may
  /// still be infeasible).
  func reasons() -> [String] {
    let p = parameters
    let T = p.hours
    var maxima: [(SizingParameters.Capacity, Double)] = []
    for c in p.capacities {
      var m = c.upper
      if c.kind.isGenerator, let limit = c.areaLimitMu, c.areaMuPerUnit > 0 { m = min(m, limit / c.areaMuPerUnit) }
      if let land = p.groundLandLimitMu, c.kind == .pvGround || c.kind == .wind, c.areaMuPerUnit > 0 {
        m = min(m, land / c.areaMuPerUnit)
      }
      maxima.append((c, max(c.lower, m)))
    }
    let batteryPower = maxima.first { $0.0.kind == .batteryPower }.map { $0.1 } ?? 0
    let batteryEnergy = maxima.first { $0.0.kind == .batteryEnergy }.map { $0.1 } ?? 0
    let storage = batteryEnergy > 0 ? batteryPower : 0
    let generators = maxima.filter { $0.0.kind.isGenerator }
    var greenMax = [Double](repeating: 0, count: T)
    for (c, m) in generators where m > 0 {
      // Unlimited capacity: unlimited power in the hours it has any.
      for t in 0..<T where c.cf[t] > 0 { greenMax[t] += m.isFinite ? c.cf[t] * m : .infinity }
    }
    let greenTotal = greenMax.reduce(0, +)
    var reasons: [String] = []
    let limits = limitKeys(maxima)
    if p.unservedPenaltyWan == nil {
      var short = 0, worst = 0.0, worstHour = 0, first = -1
      for t in 0..<T {
        let gap = p.loadMW[t] - (p.importLimitMW + greenMax[t] + storage)
        guard gap > 1e-6 * max(1, p.loadMW[t]) else { continue }
        short += 1
        if first < 0 { first = t }
        if gap > worst { worst = gap; worstHour = t }
      }
      if short > 0 {
        reasons.append(
          "balance[t] cannot hold in \(short) of \(T) hours (first hour \(first); worst hour \(worstHour): load "
            + fmt(p.loadMW[worstHour]) + " MW, at most " + fmt(p.loadMW[worstHour] - worst)
            + " MW from import, PV, wind and battery power at their largest): relax " + limits
            + Self.unservedHint(p))
      }
    }
    if p.unservedPenaltyWan == nil, reasons.isEmpty {
      var beyondGrid = 0.0, gridRoom = 0.0
      for t in 0..<T {
        beyondGrid += max(0, p.loadMW[t] - p.importLimitMW)
        if p.gridCharging { gridRoom += max(0, p.importLimitMW - p.loadMW[t]) }
      }
      let green = greenTotal + gridRoom
      if green.isFinite, beyondGrid > green + 1e-9 * max(1, beyondGrid) {
        reasons.append(
          "balance[t] cannot hold over the horizon: the load beyond the grid's "
            + (p.importLimitMW == 0 ? "(off grid: all of it)" : "import limit") + " totals " + fmt(beyondGrid)
            + " MWh over the \(T) hours, PV and wind at their largest give at most " + fmt(greenTotal)
            + " MWh" + (p.gridCharging && gridRoom > 0 ? " (plus " + fmt(gridRoom) + " MWh the grid could charge)" : "")
            + " — the battery stores, it does not generate: relax " + limits
            + Self.unservedHint(p))
      }
    }
    if p.unservedPenaltyWan == nil, reasons.isEmpty, let shortfall = storageShortfall(greenMax, storage, batteryEnergy) {
      let relax = "relax " + limits
        + Self.unservedHint(p)
      switch shortfall {
      case .drained(let hour, let drawn):
        reasons.append(
          "soc_min[t] cannot hold: even from a full battery (" + fmt(batteryEnergy) + " MWh at its largest) the"
            + " hours the grid, PV and wind at their largest cannot carry drain it below its minimum state of charge by"
            + " hour \(hour) (" + fmt(drawn) + " MWh drawn from storage since it was last full or the pass began, at most "
            + fmt((1 - p.minSOC) * batteryEnergy) + " MWh usable): " + relax)
      case .losesEachCycle(let lost):
        reasons.append(
          "soc_dynamics[t] cannot close the cycle: over the \(T) hours the battery gives " + fmt(lost)
            + " MWh more than the grid, PV and wind at their largest let it take back, and it never fills up, so its"
            + " state of charge cannot return to where it started: " + relax)
      }
    }
    if let share = p.minGreenShareOfConsumption {
      var green = 0.0
      for t in 0..<T { green += min(p.loadMW[t], greenMax[t] + storage) }
      green = min(green, greenTotal)  // the battery stores, it does not generate
      let needed = share * p.totalLoadMWh
      if green < needed * (1 - 1e-9) {
        reasons.append(
          "green_share_of_consumption cannot hold: at most " + fmt(100 * green / max(1e-9, p.totalLoadMWh))
            + " % of the load can be green power with every capacity at its largest, " + fmt(100 * share)
            + " % required: relax " + Self.policyKey(.greenShareOfConsumption) + " (or policy.target), or " + limits)
      }
    }
    if let r = p.minSelfUseOfGeneration, r > 0 {
      let kept = p.capacities.filter { $0.kind.isGenerator && $0.lower > 0 }
      let available = kept.reduce(0.0) { $0 + $1.fullLoadHours * $1.lower }
      if r * available > p.totalLoadMWh * (1 + 1e-9) {
        let keys = kept.map { c in
          "\(Self.scenarioKey(c.kind))." + (c.existing >= c.lower ? "existing_mw" : "min_mw")
        }
        reasons.append(
          "self_use_of_generation cannot hold: the PV and wind that must be kept or built make "
            + fmt(available) + " MWh available over the \(T) hours; " + fmt(100 * r) + " % of it, "
            + fmt(r * available) + " MWh, is more than the whole load (" + fmt(p.totalLoadMWh)
            + " MWh) can use: relax " + Self.policyKey(.selfUseOfGeneration) + " (or policy.target), or "
            + keys.joined(separator: ", "))
      }
    }
    return reasons
  }

  /// How the battery, as a reservoir, fails the hours the grid, PV and wind
  /// cannot carry.
  enum StorageShortfall: Equatable {
    /// Below its minimum state of charge at `hour`, having given `drawn`
    /// MWh since it could last be full (or since the pass began).
    case drained(hour: Int, drawn: Double)
    /// Never full over a cycle and lower at its end by `lost` MWh: no
    /// starting state repeats, as the cyclic horizon requires.
    case losesEachCycle(lost: Double)
  }

  /// The battery as a reservoir, every other capacity at its largest: the
  /// most its state of charge can be, hour by hour, from a full battery.
  /// In an hour whose load exceeds import limit + PV and wind at their
  /// largest, the battery must give the difference, and its state of charge
  /// falls by at least that ÷ the discharge efficiency; in any other hour it
  /// rises by at most the charge efficiency × min(power, what is left:
  /// PV and wind at their largest + the import the hour's load does not take
  /// when the grid may charge − the load not imported), never above full.
  /// The horizon is cyclic, so the pass is repeated from the end's state (at
  /// most 3 passes, each a relaxation). A pass that ends lower than it
  /// started without ever reaching full proves the cycle cannot close (from
  /// any lower start it loses as much). nil when the state never falls below
  /// the minimum and the cycle can close, when the battery's energy is
  /// unlimited, or when the grid is unlimited.
  func storageShortfall(_ greenMax: [Double], _ power: Double, _ energy: Double) -> StorageShortfall? {
    let p = parameters
    guard energy.isFinite, p.importLimitMW.isFinite else { return nil }
    let floor = p.minSOC * energy
    let tolerance = 1e-9 * max(1, energy)
    let ec = p.chargeEfficiency, ed = p.dischargeEfficiency
    var start = energy
    for _ in 0..<3 {
      var soc = start, drawn = 0.0, filled = false
      for t in 0..<p.hours {
        let need = p.loadMW[t] - p.importLimitMW - greenMax[t]
        if need > 0 {
          soc -= need / ed
          drawn += need / ed
          if soc < floor - tolerance { return .drained(hour: t, drawn: drawn) }
        } else {
          let imported = p.gridCharging ? p.importLimitMW : min(p.importLimitMW, p.loadMW[t])
          let left = greenMax[t] + imported - p.loadMW[t]
          let charged = ec * min(power, left)
          if charged > 0 { soc += charged }
          if soc >= energy { soc = energy; drawn = 0; filled = true }
        }
      }
      if soc >= start - tolerance { return nil }
      if !filled { return .losesEachCycle(lost: start - soc) }
      start = soc
    }
    return nil
  }

  /// The scenario keys that bound the relaxation.
  private func limitKeys(_ maxima: [(SizingParameters.Capacity, Double)]) -> String {
    let p = parameters
    var keys: [String] = []
    if let key = Self.importKey(p) { keys.append(key) }
    for (c, m) in maxima where m.isFinite {
      if c.upper.isFinite, c.upper <= m { keys.append(Self.maxKey(c)) }
      if c.kind.isGenerator, c.areaLimitMu != nil, m < c.upper { keys.append("\(Self.scenarioKey(c.kind)).area_limit_mu") }
    }
    if p.groundLandLimitMu != nil { keys.append("ground_land_limit_mu") }
    var seen = Set<String>()
    keys = keys.filter { seen.insert($0).inserted }
    return keys.isEmpty ? "the capacity limits" : keys.joined(separator: ", ")
  }

  /// The key that caps capacity `c`: `enabled` when it is held at its
  /// existing size, else its `max_mw` or `max_mwh`.
  static func maxKey(_ c: SizingParameters.Capacity) -> String {
    let key = scenarioKey(c.kind)
    return c.upper == c.existing ? "\(key).enabled" : "\(key).max_\(c.kind.unit.lowercased())"
  }

  /// The key behind the import limit (`grid.off_grid` off grid); nil when
  /// import is unlimited.
  static func importKey(_ p: SizingParameters) -> String? {
    p.importLimitMW == 0 ? "grid.off_grid" : p.importLimitMW.isFinite ? "grid.import_limit_mw" : nil
  }

  /// Off grid, the hint to allow unserved load; "" otherwise.
  static func unservedHint(_ p: SizingParameters) -> String {
    p.importLimitMW == 0 ? ", or allow unserved load (grid.unserved_penalty_yuan_per_kwh)" : ""
  }

  /// The policy key of a 650号 ratio row.
  static func policyKey(_ kind: SizingModel.RatioKind) -> String {
    switch kind {
    case .selfUseOfGeneration: return "policy.min_self_use_of_generation"
    case .greenShareOfConsumption: return "policy.min_green_share_of_consumption"
    case .exportOfGeneration: return "policy.max_export_of_generation"
    }
  }

  /// The scenario section of a capacity.
  static func scenarioKey(_ kind: CapacityKind) -> String {
    switch kind {
    case .pvGround, .pvRooftop, .wind: return kind.rawValue
    case .batteryEnergy, .batteryPower: return "battery"
    }
  }

  /// `x` to one decimal, without a trailing ".0" (the reasons' numbers).
  static func oneDecimal(_ x: Double) -> String {
    let r = (x * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
  }

  private func fmt(_ x: Double) -> String { Self.oneDecimal(x) }
}
