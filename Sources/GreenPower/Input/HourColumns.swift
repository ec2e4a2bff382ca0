import ParkOptData

/// Checks the time columns of an hourly table: `hour` must count up by one,
/// `timestamp` must step by one hour. A gap is reported as missing hours.
enum HourColumns {
  /// The first row's timestamp.
  struct FirstHour: Equatable {
    /// `YYYY-MM-DD`.
    var date: String
    /// Minutes since 2000-01-01 00:00.
    var minutes: Int
    /// The cell as written.
    var text: String
  }

  /// A `timestamp` cell read.
  enum Reading {
    case time(date: String, minutes: Int)
    case notATime
    /// A date and time whose year is outside ``GreenPowerSchemas/timestampYears``.
    case yearOutside(Int)
  }

  /// Records an issue for every break in the hours and every bad
  /// `timestamp` cell (the row after a bad cell starts afresh); returns the
  /// first row's timestamp when the table has a `timestamp` column without
  /// problems.
  static func check(_ reader: inout TableReader) -> FirstHour? {
    var first: FirstHour?
    if reader.has("hour") {
      var base: Int?
      for row in 0..<reader.rowCount {
        guard let v = reader.integer(row, "hour", range: GreenPowerSchemas.hour) else { continue }
        if base == nil { base = v - row == 1 ? 1 : 0 }
        let expected = row + (base ?? 0)
        if v != expected {
          reader.report(row, "hour", "is \(v) but \(expected) was expected: hours are missing, repeated or out of order")
          base = v - row  // the rows after it are checked against this one: each break is reported once
        }
      }
    }
    guard reader.has("timestamp") else { return nil }
    var previous: Int?
    var clean = true
    for row in 0..<reader.rowCount {
      if reader.isSkipped(row) {  // reported with its width; the next row starts afresh
        previous = nil
        continue
      }
      guard let text = reader.text(row, "timestamp") else {
        reader.report(row, "timestamp", "is empty")
        (previous, clean) = (nil, false)
        continue
      }
      let minutes: Int
      switch parseTimestamp(text) {
      case .notATime:
        reader.report(row, "timestamp", "'\(text)' is not a time YYYY-MM-DD HH:MM")
        (previous, clean) = (nil, false)
        continue
      case .yearOutside(let year):
        let years = GreenPowerSchemas.timestampYears
        reader.report(row, "timestamp", "'\(text)': the year \(year) is outside \(years.lowerBound)…\(years.upperBound)")
        (previous, clean) = (nil, false)
        continue
      case .time(let date, let m):
        if row == 0 { first = FirstHour(date: date, minutes: m, text: text) }
        minutes = m
      }
      if let previous, minutes - previous != 60 {
        reader.report(row, "timestamp", "'\(text)' is \(minutes - previous) minutes after the previous row; hourly rows one hour apart are needed (missing or repeated hours)")
        clean = false
      }
      previous = minutes
    }
    return clean ? first : nil
  }

  /// The date `YYYY-MM-DD` and the minutes since 2000-01-01 00:00 of
  /// `YYYY-MM-DD HH:MM[:SS]` (also with `T` or `/`).
  static func parseTimestamp(_ text: String) -> Reading {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
    guard parts.count == 2, let (y, m, d) = HourCalendar.parse(String(parts[0])) else { return .notATime }
    let clock = parts[1].split(separator: ":").map { Int($0) }
    guard clock.count >= 2, let hh = clock[0], let mm = clock[1], (0...23).contains(hh), (0...59).contains(mm) else {
      return .notATime
    }
    guard GreenPowerSchemas.timestampYears.contains(y) else { return .yearOutside(y) }
    var days = 0
    for year in 2000..<y { days += HourCalendar.isLeap(year) ? 366 : 365 }
    days += HourCalendar.dayOfYear(y, m, d) - 1
    let date = String(y) + "-" + two(m) + "-" + two(d)
    return .time(date: date, minutes: days * 1440 + hh * 60 + mm)
  }

  private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
