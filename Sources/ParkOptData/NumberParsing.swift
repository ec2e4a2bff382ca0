import Foundation

/// Parses numbers as spreadsheets export them.
enum NumberParsing {
  /// `1234.5`, `1,234.5`, `1，234`, `１２３`, `-3e2`, and with `percent`
  /// `60%` (0.6). Commas must separate groups of three digits.
  static func parse(_ raw: String, percent: Bool = false) -> Double? {
    var text = String(raw.unicodeScalars.map { scalar -> Character in
      // Full-width digits, signs and point (U+FF10–FF19, U+FF0B, U+FF0D, U+FF0E).
      switch scalar.value {
      case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar)
      case 0xFF0E: return "."
      case 0xFF0B: return "+"
      case 0xFF0D: return "-"
      case 0xFF0C: return ","
      default: return Character(scalar)
      }
    }).trimmingCharacters(in: .whitespaces)
    var divisor = 1.0
    if text.hasSuffix("%") || text.hasSuffix("％") {
      guard percent else { return nil }
      text.removeLast()
      divisor = 100
    }
    if text.contains(",") {
      guard hasThousandsGroups(text) else { return nil }
      text.removeAll { $0 == "," }
    }
    guard let value = Double(text), value.isFinite else { return nil }
    return value / divisor
  }

  private static func hasThousandsGroups(_ text: String) -> Bool {
    var body = Substring(text)
    if body.first == "-" || body.first == "+" { body = body.dropFirst() }
    let integer = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
    guard let head = groups.first, (1...3).contains(head.count) else { return false }
    return groups.dropFirst().allSatisfy { $0.count == 3 } && integer.allSatisfy { $0.isNumber || $0 == "," }
  }

  static func describe(_ range: ClosedRange<Double>) -> String {
    // A tiny positive lower bound stands for "strictly positive".
    if range.lowerBound > 0 && range.lowerBound <= 1e-6 && !range.upperBound.isFinite {
      return "the allowed range (greater than 0)"
    }
    switch (range.lowerBound.isFinite, range.upperBound.isFinite) {
    case (true, false): return "the allowed range (at least \(format(range.lowerBound)))"
    case (false, true): return "the allowed range (at most \(format(range.upperBound)))"
    default: return "the allowed range \(format(range.lowerBound))…\(format(range.upperBound))"
    }
  }

  static func format(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
  }
}
