extension SizingResult {
  /// Sets the energy totals, the ratios achieved, battery cycles, green LCOE
  /// and CO2 avoided from the hourly dispatch and the capacities, each total
  /// below ε × hours counted as 0 and each ratio with a zero denominator
  /// undefined (``ZeroTolerance``).
  ///
  /// The one place these figures are computed, after the solver's point is
  /// read (``ResultReader``) and again after the battery is re-planned
  /// (``BatterySchedule``).
  mutating func deriveFigures(_ tolerance: ZeroTolerance) {
    deriveTotals(tolerance)
    deriveShares()
  }

  /// The energy totals over the horizon, MWh, from the dispatch.
  mutating func deriveTotals(_ tolerance: ZeroTolerance) {
    let d = dispatch
    func total(_ mwh: Double) -> Double { tolerance.total(mwh, hours: hours) }
    func sum(_ values: [Double]) -> Double { values.reduce(0, +) }
    loadMWh = total(sum(d.load))
    availableMWh = total(sum(d.availablePV) + sum(d.availableWind))
    importMWh = total(sum(d.imports))
    unservedMWh = total(sum(d.unserved))
    exportMWh = total(sum(d.exports))
    curtailedMWh = total(sum(d.curtailed))
    chargeMWh = total(sum(d.charge))
    dischargeMWh = total(sum(d.discharge))
    selfConsumedMWh = total(loadMWh - importMWh - unservedMWh)
  }

  /// The ratios achieved, battery cycles, green LCOE and CO2 avoided, from
  /// the energy totals and the capacities.
  mutating func deriveShares() {
    for i in ratios.indices {
      switch ratios[i].kind {
      case .selfUseOfGeneration: ratios[i].achieved = ZeroTolerance.ratio(selfConsumedMWh, availableMWh)
      case .greenShareOfConsumption: ratios[i].achieved = ZeroTolerance.ratio(selfConsumedMWh, loadMWh)
      case .exportOfGeneration: ratios[i].achieved = ZeroTolerance.ratio(exportMWh, availableMWh)
      }
    }
    batteryCycles = ZeroTolerance.ratio(dischargeMWh, capacity(.batteryEnergy))
    let yearWeight = 8760 / Double(max(1, hours))
    let greenAssetsWan = capacities.reduce(0) { $0 + $1.annualCapexWan + $1.annualOMWan }
    // 万元 per MWh × 10 = yuan per kWh; undefined when no green power is
    // delivered (with grid charging, self-consumption can be below 0).
    let deliveredMWh = selfConsumedMWh + exportMWh
    greenLCOEYuanPerKWh = deliveredMWh > 0 ? greenAssetsWan * 10 / (yearWeight * deliveredMWh) : nil
    co2AvoidedT = yearWeight * max(0, selfConsumedMWh) * gridEmissionFactorTPerMWh
  }
}
