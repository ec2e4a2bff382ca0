import GLPK

/// The sparse form of the sizing LP, for GLPK's interior point.
///
/// The interior point factors A·D·Aᵀ every iteration. In the plain LP two
/// kinds of terms make that slow:
/// - each capacity column appears in every hour's rows, so A·D·Aᵀ (and its
///   Cholesky factor) fills in across the year: GLPK runs out of memory;
/// - the three ratio rows sum an hourly column over all 8,760 hours; GLPK
///   forms each entry of A·D·Aᵀ by a sparse dot product of two rows of A,
///   so every hourly row that meets a ratio row costs a pass over all of it
///   (≈ 85 % of the time per iteration, measured with `perf`).
///
/// The sparse form removes both, without changing the optimum:
/// - `cap_chain[k,t]`: cap_hour[k,t] = cap_hour[k,t−1] (hour 0: = cap[k]),
///   a chain of hourly copies, so hour t's rows only meet hours t ± 1;
/// - `supply_day[d]`, `export_day[d]`: daily subtotals of import + unserved
///   and of export, which the ratio rows sum instead of the hours;
/// - `peak_chain[t]`: with a demand charge, the month's peak is copied hour
///   to hour the same way (peak_hour[t] = peak_hour[t−1] within a month, = peak[m]
///   at its first hour); without it the full year took 80 s instead of 3.
///
/// Measured on the full-year example (Benchmarks/GREENPOWER.md): the chain
/// converges where hourly copies tied to cap[k] directly (a star) and daily
/// copies both needed many more iterations or stalled.
extension SizingModel {
  /// `cap_chain[k,t]`: the hourly capacity copies, chained hour to hour.
  mutating func capacityChains() {
    let T = parameters.hours
    for c in parameters.capacities {
      guard let v = capacity[c.kind] else { continue }
      let copies = model.addVariables(count: T, lowerBound: 0, name: { "cap_hour[\(c.kind.rawValue),\($0)]" })
      for t in 0..<T {
        let previous = t == 0 ? v : copies[t - 1]
        model.addConstraint(columns: [col(copies[t]), col(previous)], coefficients: [1, -1],
                            lower: 0, upper: 0, name: "cap_chain[\(c.kind.rawValue),\(t)]")
      }
      capacityByHour[c.kind] = copies
    }
  }

  /// `supply_day[d]` = Σ_{t in d} (import + unserved) and
  /// `export_day[d]` = Σ_{t in d} export, for the ratio rows.
  mutating func dailySubtotals() {
    let T = parameters.hours
    let days = (T + 23) / 24
    dailySupply = model.addVariables(count: days, name: { "supply_day[\($0)]" })
    dailyExport = model.addVariables(count: days, name: { "export_day[\($0)]" })
    for d in 0..<days {
      let hours = (d * 24)..<min(T, (d + 1) * 24)
      var cols = [col(dailySupply[d])], coef = [-1.0]
      for t in hours {
        cols.append(col(imports[t])); coef.append(1)
        if !unserved.isEmpty { cols.append(col(unserved[t])); coef.append(1) }
      }
      model.addConstraint(columns: cols, coefficients: coef, lower: 0, upper: 0, name: "supply_day[\(d)]")
      cols = [col(dailyExport[d])]; coef = [-1.0]
      for t in hours { cols.append(col(exports[t])); coef.append(1) }
      model.addConstraint(columns: cols, coefficients: coef, lower: 0, upper: 0, name: "export_day[\(d)]")
    }
  }

  /// `peak_chain[t]`: hourly copies of the monthly peak, chained within each month.
  mutating func peakChains() {
    guard !peak.isEmpty else { return }
    let T = parameters.hours
    peakByHour = model.addVariables(count: T, name: { "peak_hour[\($0)]" })
    for t in 0..<T {
      let month = parameters.month[t]
      guard let monthly = peak[month] else { continue }
      let previous = t > 0 && parameters.month[t - 1] == month ? peakByHour[t - 1] : monthly
      model.addConstraint(columns: [col(peakByHour[t]), col(previous)], coefficients: [1, -1],
                          lower: 0, upper: 0, name: "peak_chain[\(t)]")
    }
  }
}
