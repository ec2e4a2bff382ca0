import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
  // Foundation on Linux has no GB18030 encoding constant, so the C library's
  // iconv converts; it is part of glibc and needs no package.
  private static func gb18030(_ data: Data) -> String? {
    let converter = iconv_open("UTF-8", "GB18030")
    guard converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = [CChar](data.map { CChar(bitPattern: $0) })
    var output = [CChar](repeating: 0, count: data.count * 2 + 16)
    let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer = inBuffer.baseAddress
        var inLeft = inBuffer.count
        var outPointer = outBuffer.baseAddress
        var outLeft = outBuffer.count
        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        return result == -1 || inLeft != 0 ? nil : outBuffer.count - outLeft
      }
    }
    guard let written else { return nil }
    return String(decoding: output.prefix(written).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
  #else
  private static func gb18030(_ data: Data) -> String? { nil }
  #endif
}
