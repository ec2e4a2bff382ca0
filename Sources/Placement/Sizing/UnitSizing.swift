import GLPK
import GreenPower

/// Builds and solves the sizing LP of one ``UnitKey``: the load shape scaled
/// to 1 MW average, the park's resource and costs, the level as the green
/// share floor, and no absolute limit (land, roof, capacity bounds, import
/// and export limits live in the assignment MIP or are dropped).
public enum UnitSizing {
  /// The case of `key`, or nil when the park allows no generation (no land and no roof).
  public static func greenCase(_ key: UnitKey, park: GreenPark, settings: GreenSettings) -> GreenPowerCase? {
    guard park.greenLandMu > 0 || park.roofMu > 0 else { return nil }
    var s = settings.sizing
    for t in [\SizingScenario.pvGround, \.pvRooftop, \.wind] {
      s[keyPath: t].areaLimitMu = nil
      s[keyPath: t].maxMW = nil
      s[keyPath: t].minMW = 0
      s[keyPath: t].existingMW = 0
    }
    s.pvGround.enabled = s.pvGround.enabled && park.greenLandMu > 0
    s.wind.enabled = s.wind.enabled && park.greenLandMu > 0
    s.pvRooftop.enabled = s.pvRooftop.enabled && park.roofMu > 0
    if let v = park.pvGroundCapexYuanPerKW { s.pvGround.capexYuanPerKW = v }
    if let v = park.pvRooftopCapexYuanPerKW { s.pvRooftop.capexYuanPerKW = v }
    if let v = park.windCapexYuanPerKW { s.wind.capexYuanPerKW = v }
    if let v = park.batteryCapexYuanPerKWh { s.battery.energyCapexYuanPerKWh = v }
    s.battery.existingMWh = 0; s.battery.existingMW = 0; s.battery.minMWh = 0; s.battery.minMW = 0
    s.battery.maxMWh = nil; s.battery.maxMW = nil
    s.grid.importLimitMW = nil
    s.grid.exportLimitMW = nil
    s.groundLandLimitMu = nil
    s.policy.minGreenShareOfConsumption = key.level
    if let v = park.minSelfUseOfGeneration { s.policy.minSelfUseOfGeneration = v }
    if let v = park.maxExportOfGeneration { s.policy.maxExportOfGeneration = v }
    if let lat = park.latitude { s.resource.latitude = lat }
    if let lon = park.longitude { s.resource.longitude = lon }
    s.resource.pvFullLoadHours = park.pvFullLoadHours
    s.resource.windFullLoadHours = park.windFullLoadHours
    let calendar = HourCalendar(startDate: s.startDate, hours: GreenInputsLoader.hours)
    let load = key.shape.unitLoadMW(calendar)
    let full: GreenPowerCase
    if let r = park.resource {
      full = GreenPowerCase(
        loadMW: load, pvCF: r.pv, pvRooftopCF: r.pvRooftop, windCF: r.wind, month: calendar.month,
        hourOfDay: calendar.hourOfDay, scenario: s)
    } else {
      let synthetic = SyntheticResource(settings: s.resource, calendar: calendar)
      full = GreenPowerCase(
        loadMW: load, pvCF: synthetic.pv, windCF: synthetic.wind, month: calendar.month, hourOfDay: calendar.hourOfDay,
        resourceIsSynthetic: true, scenario: s)
    }
    return full.sampledDays(every: settings.sampleEveryDays)
  }

  /// Solves `greenCase` and divides the optimum by its annual load (MWh).
  public static func size(_ greenCase: GreenPowerCase, method: GreenPowerSizer.Method = .interior) throws(GLPKError)
    -> UnitOption
  {
    var sizer = GreenPowerSizer(greenCase)
    sizer.method = method
    let result = try sizer.size()
    guard result.termination == .optimal, let cost = result.objectiveWan else { return UnitOption(feasible: false) }
    let p = SizingParameters(greenCase)
    let w = p.yearWeight
    let annualMWh = p.totalLoadMWh * w
    guard annualMWh > 0 else { return UnitOption(feasible: false) }
    var gridOnly = 0.0
    for t in 0..<p.hours { gridOnly += w * p.importPriceWan[t] * p.loadMW[t] }
    if p.demandChargeWanPerMWMonth > 0 {
      let monthWeight = 12 / Double(max(1, p.months.count))
      for m in p.months {
        let peak = (0..<p.hours).filter { p.month[$0] == m }.map { p.loadMW[$0] }.max() ?? 0
        gridOnly += peak * monthWeight * p.demandChargeWanPerMWMonth
      }
    }
    // The interior point leaves capacities of about 1e-12 MW where the
    // optimum has none; below 1e-7 per MW of average load they are read as 0.
    let floor = 1e-7 * annualMWh / 8760
    func capacity(_ k: CapacityKind) -> Double { result.capacity(k) < floor ? 0 : result.capacity(k) }
    func area(_ k: CapacityKind) -> Double {
      capacity(k) == 0 ? 0 : (result.capacities.first { $0.kind == k }?.areaMu ?? 0)
    }
    let unit = UnitOption(
      feasible: true, pvGroundMW: capacity(.pvGround), pvRooftopMW: capacity(.pvRooftop),
      windMW: capacity(.wind), batteryMWh: capacity(.batteryEnergy), batteryMW: capacity(.batteryPower),
      annualCostWan: cost, gridOnlyCostWan: gridOnly, greenMWh: result.selfConsumedMWh * w,
      groundLandMu: area(.pvGround) + area(.wind), roofMu: area(.pvRooftop))
    return unit.scaled(by: 1 / annualMWh).rounded(significantDigits: Self.significantDigits)
  }

  /// Significant digits kept of each per-MWh figure (``UnitOption/rounded(significantDigits:)``).
  static let significantDigits = 9
}
