import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Re-encodes UTF-8 test input into GB18030 (Foundation on Linux has no
/// GB18030 constant, so glibc's iconv converts).
enum Encodings {
  /// `data` (UTF-8) in GB18030, or nil when iconv cannot convert it.
  static func gb18030(_ data: Data) -> Data? {
    #if canImport(Glibc)
    let converter = iconv_open("GB18030", "UTF-8")
    guard converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = [CChar](data.map { CChar(bitPattern: $0) })
    var output = [CChar](repeating: 0, count: data.count * 4 + 16)
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
    return Data(output.prefix(written).map { UInt8(bitPattern: $0) })
    #else
    return nil
    #endif
  }
}
