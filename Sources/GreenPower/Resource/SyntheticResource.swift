import Foundation

/// Synthetic hourly PV and wind capacity factors for a site: used only when
/// no resource file is given, and labelled as synthetic in every output.
///
/// PV: solar elevation from latitude, longitude (Beijing time, UTC+8) and
/// day of year; a clear-sky shape `sin(elevation)^1.2`; a daily clearness
/// drawn with a fixed seed (wetter, cloudier months May–October, as in
/// Yunnan's monsoon); scaled to the target full-load hours. Wind: a seasonal
/// shape (windiest in late winter and spring), a diurnal shape (afternoon
/// peak), and autocorrelated noise; scaled to the target full-load hours.
public struct SyntheticResource: Sendable {
  /// PV capacity factor of each hour.
  public let pv: [Double]
  /// Wind capacity factor of each hour.
  public let wind: [Double]

  /// Generates both profiles for the hours of `calendar`.
  public init(settings: SizingScenario.ResourceSettings, calendar: HourCalendar) {
    var rng = SplitMix64(seed: settings.seed)
    let hours = calendar.month.count
    let days = (hours + 23) / 24
    var clearness: [Double] = []
    for day in 0..<days {
      let month = calendar.month[min(day * 24, hours - 1)]
      let wet = (5...10).contains(month)
      let base = wet ? 0.55 : 0.85
      clearness.append(min(1, max(0.15, base + (rng.unit() - 0.5) * (wet ? 0.6 : 0.3))))
    }
    var pvRaw = [Double](repeating: 0, count: hours)
    for t in 0..<hours {
      let doy = Double(calendar.dayOfYear[t])
      let declination = 23.44 * sin(2 * Double.pi * (284 + doy) / 365) * Double.pi / 180
      // Hour centre in local solar time.
      let solarHour = Double(calendar.hourOfDay[t]) + 0.5 + (settings.longitude - 120) / 15
      let hourAngle = (solarHour - 12) * 15 * Double.pi / 180
      let lat = settings.latitude * Double.pi / 180
      let sinElevation = sin(lat) * sin(declination) + cos(lat) * cos(declination) * cos(hourAngle)
      pvRaw[t] = sinElevation > 0 ? pow(sinElevation, 1.2) * clearness[t / 24] : 0
    }
    var windRaw = [Double](repeating: 0, count: hours)
    var noise = 0.0
    for t in 0..<hours {
      noise = 0.9 * noise + 0.45 * (rng.unit() - 0.5)
      let doy = Double(calendar.dayOfYear[t])
      let seasonal = 1 + 0.45 * cos(2 * Double.pi * (doy - 75) / 365)
      let diurnal = 1 + 0.25 * sin(2 * Double.pi * (Double(calendar.hourOfDay[t]) - 9) / 24)
      windRaw[t] = max(0, seasonal * diurnal * (0.6 + noise))
    }
    pv = Self.scaled(pvRaw, fullLoadHours: settings.pvFullLoadHours * Double(hours) / 8760)
    wind = Self.scaled(windRaw, fullLoadHours: settings.windFullLoadHours * Double(hours) / 8760)
  }

  /// Scales `raw` so its sum is `fullLoadHours`, clipping at 1 (a few passes).
  static func scaled(_ raw: [Double], fullLoadHours: Double) -> [Double] {
    var out = raw
    for _ in 0..<20 {
      let sum = out.reduce(0, +)
      guard sum > 0 else { return out }
      let factor = fullLoadHours / sum
      if abs(factor - 1) < 1e-9 { break }
      out = out.map { min(1, $0 * factor) }
    }
    // Round to 4 decimals so the numbers written and read back agree.
    return out.map { ($0 * 10000).rounded() / 10000 }
  }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix64 {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  /// Uniform in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
