import Dispatch
import Foundation
import ParkOptData

/// Ctrl-C (SIGINT) and SIGTERM end `parkopt` with exit code 130 after
/// removing the run's staging folders: a result folder is then the
/// previous one or, when the interruption came after its rename, the new
/// one, never a mix.
enum Interruption {
  /// The handlers' sources, kept alive for the life of the process.
  nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

  /// Installs the handlers (once, before the command runs).
  static func install() {
    for number in [SIGINT, SIGTERM] {
      // The signal is taken from its default action (death) and delivered
      // to a dispatch queue instead; the solve may be busy in GLPK.
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        let folders = ResultFolder.abandonAll()
        var message = "parkopt: interrupted"
        if !folders.isEmpty {
          message += "; no new results written, previous results (if any) left untouched in "
            + folders.joined(separator: ", ")
        }
        FileHandle.standardError.write(Data((message + "\n").utf8))
        // _exit, not exit: the main thread may still be inside GLPK, and
        // exit's clean-up would race with it.
        _exit(ExitStatus.interrupted.rawValue)
      }
      source.resume()
      sources.append(source)
    }
  }
}
