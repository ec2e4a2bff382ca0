import ParkOptData

/// `grid.tariff`: prices per named period and the period of each hour of
/// day (all year, or per month), with every period priced.
extension ScenarioLoader {
  /// Reads `grid.tariff` into `t`. A period without a price is reported at
  /// the line of the hours that name it (`hours`, or a month of
  /// `hours_by_month`), or at `prices_yuan_per_kwh` when the default hours
  /// name it; not when those hours or that price were refused already (the
  /// refusal is the problem to report).
  static func tariff(_ t: inout SizingScenario.Tariff, _ m: ScenarioMapping?) {
    guard let m else { return }
    // Periods whose price was given but refused, and whether the prices are known at all.
    var refused: Set<String> = []
    var pricesKnown = true
    if let value = m.value("prices_yuan_per_kwh") {
      if let prices = value.mapping(keys: nil) {
        var out: [String: Double] = [:]
        for (period, value) in prices.entries {
          if let p = value.number(.between(0, 100)) { out[period] = p } else { refused.insert(period) }
        }
        t.pricesYuanPerKWh = out
      } else {
        pricesKnown = false
      }
    }
    func unpriced(_ periods: [String]) -> [String] {
      pricesKnown ? Set(periods).subtracting(t.pricesYuanPerKWh.keys).subtracting(refused).sorted() : []
    }
    func periods(_ value: ScenarioValue) -> [String]? {
      guard let list = value.strings() else { return nil }
      guard list.count == 24 else {
        value.report("has \(list.count) entries; one period name per hour 0…23 (24) is needed")
        return nil
      }
      for p in unpriced(list) { value.report("period '\(p)' has no price in grid.tariff.prices_yuan_per_kwh") }
      return list
    }
    if let value = m.value("hours"), let h = periods(value) { t.hours = h }
    var monthsGiven = 0
    if let byMonth = m.mapping("hours_by_month", keys: nil) {
      monthsGiven = byMonth.entries.count
      for (key, value) in byMonth.entries {
        guard let month = Int(key), (1...12).contains(month) else {
          value.report("`\(key)` is not a month 1…12")
          continue
        }
        if let h = periods(value) { t.hoursByMonth[month] = h }
      }
    }
    // The default hours, unless every month has its own.
    if !m.contains("hours"), monthsGiven < 12, let prices = m.value("prices_yuan_per_kwh") {
      for p in unpriced(t.hours) {
        prices.report("has no price for period '\(p)', which the default grid.tariff.hours use; price it or give grid.tariff.hours")
      }
    }
  }
}
