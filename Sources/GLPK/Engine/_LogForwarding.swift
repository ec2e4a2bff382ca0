import CGLPKShims

/// Routes GLPK's output on this thread to stderr or a Swift handler for the
/// length of one solve. GLPK sends fragments; the handler receives lines.
final class _LogForwarding {
  private let handler: (@Sendable (String) -> Void)?
  private var pending = ""

  init(_ log: SolveOptions.Log) {
    switch log {
    case .silent:
      handler = nil
    case .standardError:
      handler = nil
      pko_log_set_echo(1)
    case .handler(let function):
      handler = function
      pko_log_set_callback(_logTrampoline, Unmanaged.passUnretained(self).toOpaque())
    }
  }

  fileprivate func receive(_ text: String) {
    pending += text
    while let newline = pending.firstIndex(of: "\n") {
      handler?(String(pending[..<newline]))
      pending = String(pending[pending.index(after: newline)...])
    }
  }

  /// Stops forwarding and delivers any unfinished last line.
  func finish() {
    pko_log_set_echo(0)
    pko_log_set_callback(nil, nil)
    if !pending.isEmpty { handler?(pending) }
    pending = ""
  }
}

// Called by the C term hook with each fragment; never calls GLPK.
private let _logTrampoline: pko_log_callback = { text, context in
  guard let text, let context else { return }
  Unmanaged<_LogForwarding>.fromOpaque(context).takeUnretainedValue().receive(String(cString: text))
}
