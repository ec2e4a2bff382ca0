/// Renders rows as RFC 4180 CSV (fields with commas, quotes or line breaks
/// are quoted). Writing is this small; reading CSV uses a library.
public enum CSVText {
  /// The rows as CSV text, each row ended by a line feed. A field is quoted
  /// when its UTF-8 bytes hold a comma, a double quote, CR or LF (a quote
  /// inside is doubled). One pass over the bytes, appended to one buffer.
  public static func render(_ rows: [[String]]) -> String {
    var text = ""
    var size = 1
    for row in rows {
      size += row.count
      for value in row { size += value.utf8.count }
    }
    text.reserveCapacity(size + size / 64)
    for (i, row) in rows.enumerated() {
      if i > 0 { text.append("\n") }
      for (n, value) in row.enumerated() {
        if n > 0 { text.append(",") }
        append(value, to: &text)
      }
    }
    text.append("\n")
    return text
  }

  private static func append(_ value: String, to text: inout String) {
    guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
      text.append(value)
      return
    }
    var bytes: [UInt8] = [0x22]
    bytes.reserveCapacity(value.utf8.count + 8)
    for byte in value.utf8 {
      bytes.append(byte)
      if byte == 0x22 { bytes.append(0x22) }
    }
    bytes.append(0x22)
    text.append(String(decoding: bytes, as: UTF8.self))
  }
}
