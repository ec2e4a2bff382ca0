/// Parses numbers as spreadsheets export them, in plain decimal notation only.
///
/// Accepted: an optional sign, digits with at most one decimal point, an
/// optional exponent (`e` or `E`, optional sign, digits), thousands
/// separators between groups of three digits before the point (`1,234.5`,
/// `1，234`), full-width digits, signs, point and comma (`１２３`), spaces
/// around the number and, when the column allows it, a trailing `%` or `％`
/// (divides by 100). Everything else is not a number: hexadecimal (`0x1F`),
/// `inf`, `nan`, words, a second point, control characters (`79<NUL>163`).
enum NumberParsing {
  /// Why a cell is not a number.
  enum Problem: Error, Equatable {
    /// A control character (NUL, …) somewhere in the cell.
    case controlCharacter(Unicode.Scalar)
    /// `%` in a column that does not take shares.
    case percentNotAllowed
    /// Commas not between groups of three digits.
    case misplacedSeparator
    /// Not plain decimal notation.
    case notDecimal
  }

  /// The value of `raw`, or nil when it is not a number (see ``read(_:percent:)``).
  static func parse(_ raw: String, percent: Bool = false) -> Double? {
    try? read(raw, percent: percent).get()
  }

  /// The value of `raw` or why it is not a number. A number too large for a
  /// `Double` (`1e400`) reads as ±infinity, which no range accepts.
  static func read(_ raw: String, percent: Bool = false) -> Result<Double, Problem> {
    if let control = raw.unicodeScalars.first(where: isControl) { return .failure(.controlCharacter(control)) }
    var text = String(String.UnicodeScalarView(raw.unicodeScalars.map(halfWidth)))
      .trimmingSpaces()
    var divisor = 1.0
    if text.hasSuffix("%") {
      guard percent else { return .failure(.percentNotAllowed) }
      text.removeLast()
      divisor = 100
    }
    let ascii = Array(text.utf8)
    guard let (mantissaEnd, hasDigits) = scanMantissa(ascii), hasDigits,
      scanExponent(ascii, from: mantissaEnd)
    else { return .failure(.notDecimal) }
    if ascii.contains(UInt8(ascii: ",")) {
      guard hasThousandsGroups(ascii[..<mantissaEnd]) else { return .failure(.misplacedSeparator) }
      text.removeAll { $0 == "," }
    }
    guard let value = Double(text) else { return .failure(.notDecimal) }
    return .success(value / divisor)
  }

  /// C0 controls, DEL and C1 controls (tab included: it is no part of a number).
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// Full-width digits, signs, point, comma and percent as ASCII.
  private static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0xFF10...0xFF19, 0xFF0B, 0xFF0C, 0xFF0D, 0xFF0E, 0xFF05: return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
    default: return scalar
    }
  }

  /// The end of `[sign] digits/commas [. digits]` and whether it has a digit.
  private static func scanMantissa(_ s: [UInt8]) -> (Int, Bool)? {
    var i = 0
    if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
    var digits = false
    while i < s.count && (isDigit(s[i]) || s[i] == UInt8(ascii: ",")) { digits = digits || isDigit(s[i]); i += 1 }
    if i < s.count && s[i] == UInt8(ascii: ".") {
      i += 1
      while i < s.count && isDigit(s[i]) { digits = true; i += 1 }
    }
    return (i, digits)
  }

  /// Whether `s[start...]` is empty or `e|E [sign] digits`.
  private static func scanExponent(_ s: [UInt8], from start: Int) -> Bool {
    var i = start
    guard i < s.count else { return true }
    guard s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") else { return false }
    i += 1
    if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
    guard i < s.count else { return false }
    return s[i...].allSatisfy(isDigit)
  }

  private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

  /// Commas only in the integer part, between groups of three digits.
  private static func hasThousandsGroups(_ mantissa: ArraySlice<UInt8>) -> Bool {
    var body = mantissa
    if let first = body.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { body = body.dropFirst() }
    let integer = body.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false).first ?? []
    let groups = integer.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
    guard let head = groups.first, (1...3).contains(head.count) else { return false }
    return groups.dropFirst().allSatisfy { $0.count == 3 }
  }

  /// A cell as shown in a message: control characters as `<U+0000>`.
  static func shown(_ raw: String) -> String {
    var out = ""
    for scalar in raw.unicodeScalars {
      if isControl(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension String {
  /// Without leading and trailing spaces (ASCII and ideographic).
  fileprivate func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{3000}" || $0 == "\u{00A0}" }
    guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
    return String(self[start...end])
  }
}
