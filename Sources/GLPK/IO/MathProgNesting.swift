import Foundation

/// Refuses MathProg files nested too deeply for GLPK's translator.
///
/// GLPK's MathProg parser recurses once per bracket level; about 8,000
/// nested parentheses overflow an 8 MB stack and kill the process (glpsol
/// too; 4,000 pass). Its library has no limit to set, so the text is scanned
/// first: brackets `( [ {` outside comments (`/* … */`, `#` to the end of
/// the line) and quoted strings, at most ``limit`` deep.
enum MathProgNesting {
  /// The deepest bracket nesting accepted.
  static let limit = 1000

  /// An error naming the first line whose nesting exceeds ``limit``; nil
  /// when the file is not too deep (or cannot be read: GLPK then says why).
  static func problem(inFile path: String) -> GLPKError? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    let bytes = [UInt8](data)
    var depth = 0, line = 1, i = 0
    var quote: UInt8? = nil
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\n") { line += 1 }
      if let q = quote {
        if b == q { quote = nil }
      } else if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") {
        quote = b
      } else if b == UInt8(ascii: "#") {
        while i + 1 < bytes.count && bytes[i + 1] != UInt8(ascii: "\n") { i += 1 }
      } else if b == UInt8(ascii: "/") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "*") {
        i += 2
        while i < bytes.count && !(bytes[i] == UInt8(ascii: "*") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/")) {
          if bytes[i] == UInt8(ascii: "\n") { line += 1 }
          i += 1
        }
        i += 1
      } else if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "{") {
        depth += 1
        if depth > limit {
          return .mathProg(MathProgDiagnostic(
            file: path, line: line,
            message: "brackets nested more than \(limit) deep; GLPK's translator cannot read that (parkopt checks before it crashes)"))
        }
      } else if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
        depth = max(0, depth - 1)
      }
      i += 1
    }
    return nil
  }
}
