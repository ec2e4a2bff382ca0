import Foundation
/// Turns the bytes of a spreadsheet export into text: UTF-8 with or without
/// a byte-order mark, or GB18030 (what Excel writes on Chinese Windows).
///
/// GB18030 is decoded on Linux with glibc (its `iconv`) and on macOS (Core
/// Foundation's GB18030-2000 encoding); on other platforms only UTF-8 is read.
enum TextDecoding {
  /// The text of `data`, or nil when it is neither UTF-8 nor GB18030.
  static func decode(_ data: Data) -> String? {
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if let text = String(data: bytes, encoding: .utf8) { return text }
    return gb18030(bytes)
  }

  /// Whether this build decodes GB18030.
  static var readsGB18030: Bool {
    #if canImport(Glibc) || canImport(Darwin)
    return true
    #else
    return false
    #endif
  }

  #if canImport(Darwin)
  // Foundation on macOS reaches GB18030 through Core Foundation's encoding
  // constants.
  private static func gb18030(_ data: Data) -> String? {
    let encoding = CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue))
    return String(data: data, encoding: String.Encoding(rawValue: encoding))
  }
  #elseif canImport(Glibc)
  // Foundation on Linux has no GB18030 encoding constant: see ``Iconv``.
  private static func gb18030(_ data: Data) -> String? {
    Iconv.convert(data, from: "GB18030", to: "UTF-8").map { String(decoding: $0, as: UTF8.self) }
  }
  #else
  private static func gb18030(_ data: Data) -> String? { nil }
  #endif
}
