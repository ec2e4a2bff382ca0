/// A green-power sizing case: the hourly load and resource of one site and
/// the scenario.
public struct GreenPowerCase: Sendable {
  /// Total load of each hour, MW.
  public var loadMW: [Double]
  /// Capacity factors (0…1) of each hour.
  public var pvCF: [Double]
  public var pvRooftopCF: [Double]
  public var windCF: [Double]
  /// Calendar month (1…12) and hour of day (0…23) of each hour.
  public var month: [Int]
  public var hourOfDay: [Int]
  /// True when the resource profiles were generated, not read.
  public var resourceIsSynthetic: Bool
  /// The consumer columns summed into the load (for reports).
  public var loadColumns: [String]
  /// The scenario.
  public var scenario: SizingScenario

  public init(
    loadMW: [Double], pvCF: [Double], pvRooftopCF: [Double]? = nil, windCF: [Double],
    month: [Int]? = nil, hourOfDay: [Int]? = nil, resourceIsSynthetic: Bool = false,
    loadColumns: [String] = ["load"], scenario: SizingScenario = SizingScenario()
  ) {
    self.loadMW = loadMW
    self.pvCF = pvCF
    self.pvRooftopCF = pvRooftopCF ?? pvCF
    self.windCF = windCF
    let calendar = HourCalendar(startDate: scenario.startDate, hours: loadMW.count)
    self.month = month ?? calendar.month
    self.hourOfDay = hourOfDay ?? calendar.hourOfDay
    self.resourceIsSynthetic = resourceIsSynthetic
    self.loadColumns = loadColumns
    self.scenario = scenario
  }

  /// The number of hours.
  public var hours: Int { loadMW.count }
  /// Import price of each hour, yuan/kWh.
  public var importPriceYuanPerKWh: [Double] {
    (0..<hours).map { scenario.grid.tariff.priceYuanPerKWh(month: month[$0], hourOfDay: hourOfDay[$0]) }
  }
}

extension GreenPowerCase {
  /// The first `hours` hours of the case (for quick runs and comparisons).
  public func prefix(hours: Int) -> GreenPowerCase {
    var c = self
    let n = min(hours, self.hours)
    c.loadMW = Array(loadMW.prefix(n)); c.pvCF = Array(pvCF.prefix(n)); c.pvRooftopCF = Array(pvRooftopCF.prefix(n))
    c.windCF = Array(windCF.prefix(n)); c.month = Array(month.prefix(n)); c.hourOfDay = Array(hourOfDay.prefix(n))
    return c
  }
}
