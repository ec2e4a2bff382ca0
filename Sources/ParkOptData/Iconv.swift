import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Converts bytes between character encodings with the C library's `iconv`
/// (part of glibc, no package needed). Foundation on Linux has no GB18030
/// encoding constant, so this is how GB18030 is read (``TextDecoding``) and
/// written (the fuzz test's re-encoded inputs).
public enum Iconv {
  /// `data` converted from encoding `source` to `target` (iconv names, e.g.
  /// `"GB18030"`, `"UTF-8"`), or nil when iconv cannot convert all of it or
  /// this platform has no iconv.
  public static func convert(_ data: Data, from source: String, to target: String) -> Data? {
    #if canImport(Glibc)
    let converter = iconv_open(target, source)
    guard converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = [CChar](data.map { CChar(bitPattern: $0) })
    // Four output bytes per input byte hold any conversion between UTF-8 and
    // GB18030 (at most four bytes a character either way).
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
