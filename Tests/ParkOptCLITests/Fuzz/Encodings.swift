import Foundation
import ParkOptData

/// Re-encodes UTF-8 test input into GB18030, through the same ``Iconv`` that
/// reads it.
enum Encodings {
  /// `data` (UTF-8) in GB18030, or nil when it cannot be converted here.
  static func gb18030(_ data: Data) -> Data? {
    Iconv.convert(data, from: "UTF-8", to: "GB18030")
  }
}
