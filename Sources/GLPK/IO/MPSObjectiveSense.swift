import Foundation

/// GLPK neither reads nor writes the MPS `OBJSENSE` section that other
/// solvers use for maximisation. These helpers strip it before GLPK reads a
/// file and add it after GLPK writes one, so the sense survives a round trip.
enum MPSObjectiveSense {
  /// The file's text without its OBJSENSE section, and the sense it gave.
  static func strip(_ text: String) -> (text: String, sense: ObjectiveSense?) {
    // "\r\n" is one Character in Swift: split on any line break.
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    var sense: ObjectiveSense?
    var index = 0
    while index < lines.count {
      let fields = lines[index].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
      guard let first = fields.first, first.uppercased() == "OBJSENSE", !lines[index].hasPrefix(" ") else {
        index += 1
        continue
      }
      if fields.count > 1 {
        sense = parse(String(fields[1]))
        lines.remove(at: index)
      } else {
        lines.remove(at: index)
        if index < lines.count,
          let value = lines[index].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).first.map(String.init),
          let parsed = parse(value)
        {
          sense = parsed
          lines.remove(at: index)
        }
      }
    }
    return (lines.joined(separator: "\n"), sense)
  }

  /// The text with `OBJSENSE MAX` inserted after the NAME line.
  static func insertMaximize(into text: String) -> String {
    var lines = text.components(separatedBy: "\n")
    let at = (lines.firstIndex { $0.hasPrefix("NAME") } ?? lines.firstIndex { !$0.hasPrefix("*") } ?? 0)
    let insertAt = lines.indices.contains(at) && lines[at].hasPrefix("NAME") ? at + 1 : at
    lines.insert(contentsOf: ["OBJSENSE", "    MAX"], at: insertAt)
    return lines.joined(separator: "\n")
  }

  private static func parse(_ word: String) -> ObjectiveSense? {
    switch word.uppercased() {
    case "MAX", "MAXIMIZE", "MAXIMISE": return .maximize
    case "MIN", "MINIMIZE", "MINIMISE": return .minimize
    default: return nil
    }
  }
}
