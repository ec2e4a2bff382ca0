/// A MathProg error with the file and line GLPK reported.
public struct MathProgDiagnostic: Sendable, Equatable, CustomStringConvertible {
  /// The model or data file the error is in.
  public var file: String
  /// The 1-based line, when GLPK gave one.
  public var line: Int?
  /// GLPK's message.
  public var message: String
  /// The text around the error, when GLPK gave it.
  public var context: String?

  public init(file: String, line: Int?, message: String, context: String? = nil) {
    self.file = file
    self.line = line
    self.message = message
    self.context = context
  }

  public var description: String {
    var s = file
    if let line { s += ":\(line)" }
    s += ": \(message)"
    if let context, !context.isEmpty { s += " (near: \(context))" }
    return s
  }

  /// Parses GLPK's `file:line: message` and `Context: …` lines from a log;
  /// `fallbackFile` is used when no line names a file. Warnings (`final NL
  /// missing`, `data section ignored`) are skipped: the error is the last
  /// located line that is not a warning. Unlocated lines just before it
  /// (e.g. a table driver's "unable to open …") are added to the message.
  static func parse(log: String, fallbackFile: String) -> MathProgDiagnostic {
    let lines = log.split(separator: "\n").map(String.init)
    var found: (index: Int, diagnostic: MathProgDiagnostic)?
    var context: String?
    for (index, line) in lines.enumerated() {
      if line.hasPrefix("Context: ") {
        context = String(line.dropFirst("Context: ".count)).trimmingCharacters()
        continue
      }
      if let diagnostic = parseLocated(line), !diagnostic.message.hasPrefix("warning:") {
        found = (index, diagnostic)
      }
    }
    if let (index, found) = found {
      var diagnostic = found
      diagnostic.context = context
      let notes = lines[..<index].reversed().prefix { parseLocated($0) == nil && !isProgress($0) && !$0.hasPrefix("Context: ") }
      if !notes.isEmpty {
        diagnostic.message += " (" + notes.reversed().map { $0.trimmingCharacters() }.joined(separator: "; ") + ")"
      }
      return diagnostic
    }
    let remaining = lines.filter { !isProgress($0) && !$0.hasPrefix("Context: ") }
    return MathProgDiagnostic(
      file: fallbackFile, line: nil,
      message: remaining.last.map { $0.trimmingCharacters() } ?? "MathProg translation failed",
      context: context)
  }

  /// GLPK's progress lines, which say nothing about an error.
  private static func isProgress(_ line: String) -> Bool {
    line.hasPrefix("Reading ") || line.hasPrefix("Generating ") || line.hasPrefix("Model has been")
      || line.contains("lines were read") || line.contains("line was read") || line.hasPrefix("Writing ")
      || line.hasPrefix("Display statement") || line.trimmingCharacters().isEmpty
  }

  // "file.mod:12: message" → file, 12, message.
  private static func parseLocated(_ line: String) -> MathProgDiagnostic? {
    let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, let number = Int(parts[1]), !parts[0].isEmpty else { return nil }
    return MathProgDiagnostic(
      file: String(parts[0]), line: number, message: String(parts[2]).trimmingCharacters())
  }
}
