/// Month and hour of day of each hour, counted from a start date (proleptic
/// Gregorian calendar, no time zone shifts).
public struct HourCalendar: Sendable {
  /// Month 1…12 of each hour.
  public var month: [Int]
  /// Hour of day 0…23 of each hour.
  public var hourOfDay: [Int]
  /// Day of year 1…366 of each hour (for solar geometry).
  public var dayOfYear: [Int]

  /// Hours from `startDate` (`YYYY-MM-DD`, 2025-01-01 when unreadable).
  public init(startDate: String, hours: Int) {
    let (year0, month0, day0) = Self.parse(startDate) ?? (2025, 1, 1)
    var y = year0, m = month0, d = day0
    var months: [Int] = [], hoursOfDay: [Int] = [], days: [Int] = []
    months.reserveCapacity(hours); hoursOfDay.reserveCapacity(hours); days.reserveCapacity(hours)
    var t = 0
    while t < hours {
      let doy = Self.dayOfYear(y, m, d)
      for h in 0..<24 where t < hours {
        months.append(m); hoursOfDay.append(h); days.append(doy)
        t += 1
      }
      d += 1
      if d > Self.daysIn(y, m) { d = 1; m += 1 }
      if m > 12 { m = 1; y += 1 }
    }
    month = months; hourOfDay = hoursOfDay; dayOfYear = days
  }

  /// Parses `YYYY-MM-DD` (also with `/`); nil when it is not a date.
  public static func parse(_ text: String) -> (Int, Int, Int)? {
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" }).map { Int($0) }
    guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2],
      (1...12).contains(m), d >= 1, d <= daysIn(y, m)
    else { return nil }
    return (y, m, d)
  }

  static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  static func daysIn(_ y: Int, _ m: Int) -> Int {
    switch m {
    case 2: return isLeap(y) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func dayOfYear(_ y: Int, _ m: Int, _ d: Int) -> Int {
    (1..<m).reduce(0) { $0 + daysIn(y, $1) } + d
  }
}
