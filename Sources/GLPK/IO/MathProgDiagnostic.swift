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
  /// `fallbackFile` is used when no line names a file.
  static func parse(log: String, fallbackFile: String) -> MathProgDiagnostic {
    var found: MathProgDiagnostic?
    var context: String?
    for rawLine in log.split(separator: "\n") {
      let line = String(rawLine)
      if line.hasPrefix("Context: ") {
        context = String(line.dropFirst("Context: ".count)).trimmingCharacters()
        continue
      }
      if found == nil, let diagnostic = parseLocated(line) { found = diagnostic }
    }
    if var found {
      found.context = context
      return found
    }
    let lines = log.split(separator: "\n").map(String.init).filter {
      !$0.hasPrefix("Reading") && !$0.hasPrefix("Generating") && !$0.contains("lines were read")
    }
    return MathProgDiagnostic(
      file: fallbackFile, line: nil,
      message: lines.last.map { $0.trimmingCharacters() } ?? "MathProg translation failed",
      context: context)
  }

  // "file.mod:12: message" → file, 12, message.
  private static func parseLocated(_ line: String) -> MathProgDiagnostic? {
    let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, let number = Int(parts[1]), !parts[0].isEmpty else { return nil }
    return MathProgDiagnostic(
      file: String(parts[0]), line: number, message: String(parts[2]).trimmingCharacters())
  }
}
