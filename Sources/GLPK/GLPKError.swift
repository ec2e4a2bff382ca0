/// Why a GLPK operation could not be carried out.
///
/// A solve that ran but found no optimum is not an error: it returns a
/// ``Solution`` whose ``Solution/termination`` says why it stopped.
public enum GLPKError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The model was rejected before GLPK was called.
  case invalidModel([ModelIssue])
  /// An option value or combination GLPK cannot honour.
  case unsupportedOption(String)
  /// GLPK raised a fatal error; it was caught, the thread's GLPK environment
  /// was reset, and the process can go on.
  case fatal(message: String)
  /// A file could not be read or written.
  case io(path: String, message: String)
  /// A MathProg model or data file has an error.
  case mathProg(MathProgDiagnostic)

  public var description: String {
    switch self {
    case .invalidModel(let issues):
      let shown = issues.prefix(20).map { "  - \($0)" }.joined(separator: "\n")
      let more = issues.count > 20 ? "\n  … and \(issues.count - 20) more" : ""
      return "invalid model (\(issues.count) problem\(issues.count == 1 ? "" : "s")):\n\(shown)\(more)"
    case .unsupportedOption(let message): return "unsupported option: \(message)"
    case .fatal(let message): return "GLPK fatal error (recovered): \(message)"
    case .io(let path, let message): return "\(path): \(message)"
    case .mathProg(let diagnostic): return diagnostic.description
    }
  }
}
