import ParkOptData

/// Checks the time columns of an hourly table: `hour` must count up by one,
/// `timestamp` must step by one hour. A gap is reported as missing hours.
enum HourColumns {
  /// Records issues for gaps; returns the date of the first timestamp, if any.
  static func check(_ reader: inout TableReader) -> String? {
    var firstDate: String?
    if reader.has("hour") {
      var base: Int?
      for row in 0..<reader.rowCount {
        guard let v = reader.integer(row, "hour", range: GreenPowerSchemas.hour) else { continue }
        if base == nil { base = v - row == 1 ? 1 : 0 }
        let expected = row + (base ?? 0)
        if v != expected {
          reader.report(row, "hour", "is \(v) but \(expected) was expected: hours are missing, repeated or out of order")
          break
        }
      }
    }
    if reader.has("timestamp") {
      var previous: Int?
      for row in 0..<reader.rowCount {
        if reader.isSkipped(row) {  // reported with its width; the next row starts afresh
          previous = nil
          continue
        }
        guard let text = reader.text(row, "timestamp") else {
          reader.report(row, "timestamp", "is empty")
          break
        }
        guard let (date, minutes) = parseTimestamp(text) else {
          reader.report(row, "timestamp", "'\(text)' is not a time YYYY-MM-DD HH:MM")
          break
        }
        if row == 0 { firstDate = date.0 }
        if let previous, minutes - previous != 60 {
          reader.report(row, "timestamp", "'\(text)' is \(minutes - previous) minutes after the previous row; hourly rows one hour apart are needed (missing or repeated hours)")
          break
        }
        previous = minutes
      }
    }
    return firstDate
  }

  /// (("YYYY-MM-DD", …), minutes since 2000-01-01) for `YYYY-MM-DD HH:MM[:SS]`.
  static func parseTimestamp(_ text: String) -> ((String, Int), Int)? {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
    guard parts.count == 2, let (y, m, d) = HourCalendar.parse(String(parts[0])) else { return nil }
    let clock = parts[1].split(separator: ":").map { Int($0) }
    guard clock.count >= 2, let hh = clock[0], let mm = clock[1], (0...23).contains(hh), (0...59).contains(mm) else {
      return nil
    }
    var days = 0
    guard GreenPowerSchemas.timestampYears.contains(y) else { return nil }
    for year in 2000..<y { days += HourCalendar.isLeap(year) ? 366 : 365 }
    days += HourCalendar.dayOfYear(y, m, d) - 1
    let date = String(format4(y)) + "-" + two(m) + "-" + two(d)
    return ((date, days), days * 1440 + hh * 60 + mm)
  }

  private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
  private static func format4(_ n: Int) -> String { String(n) }
}
