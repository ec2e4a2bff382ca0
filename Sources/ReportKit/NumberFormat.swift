import Foundation

/// Numbers for people: fixed decimals, thousands grouped with commas, an
/// optional unit; the same bytes on every machine (no locale).
public enum NumberFormat {
  /// `x` with `digits` decimals and thousands separators, e.g. `12,345.6`;
  /// "–" for nil or a non-finite value.
  public static func decimal(_ x: Double?, digits: Int = 1) -> String {
    guard let x, x.isFinite else { return "–" }
    let text = String(format: "%.\(max(0, digits))f", x)
    var sign = "", body = Substring(text)
    if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
    let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = Array(parts[0])
    var grouped = ""
    for (k, c) in whole.enumerated() {
      if k > 0 && (whole.count - k) % 3 == 0 { grouped.append(",") }
      grouped.append(c)
    }
    if sign == "-" && Double(String(body)) == 0 { sign = "" }  // no "-0.0"
    return sign + grouped + (parts.count > 1 ? "." + parts[1] : "")
  }

  /// `x` with its unit after a space, e.g. `1,200.0 mu`.
  public static func quantity(_ x: Double?, digits: Int = 1, unit: String) -> String {
    let number = decimal(x, digits: digits)
    return unit.isEmpty || number == "–" ? number : number + " " + unit
  }

  /// A fraction as a percentage, e.g. `0.456` → `45.6%`.
  public static func percent(_ fraction: Double?, digits: Int = 1) -> String {
    guard let fraction, fraction.isFinite else { return "–" }
    return decimal(fraction * 100, digits: digits) + "%"
  }
}
