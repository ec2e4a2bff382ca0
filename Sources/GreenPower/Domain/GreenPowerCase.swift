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

extension GreenPowerCase {
  /// Every `k`-th day of the case (days 0, k, 2k, …) joined into a shorter
  /// horizon: a cheap approximation whose capacities start the exact solve.
  public func sampledDays(every k: Int) -> GreenPowerCase {
    guard k > 1, hours >= 48 else { return self }
    let days = hours / 24
    let picked = stride(from: 0, to: days, by: k).flatMap { d in (d * 24)..<(d * 24 + 24) }
    var c = self
    c.loadMW = picked.map { loadMW[$0] }; c.pvCF = picked.map { pvCF[$0] }
    c.pvRooftopCF = picked.map { pvRooftopCF[$0] }; c.windCF = picked.map { windCF[$0] }
    c.month = picked.map { month[$0] }; c.hourOfDay = picked.map { hourOfDay[$0] }
    return c
  }
}
