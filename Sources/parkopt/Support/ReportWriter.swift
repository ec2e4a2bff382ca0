import Foundation

/// Writes a rendered report to a file or standard output.
enum ReportWriter {
  static func write(_ text: String, to path: String?) throws {
    guard let path else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw CommandFailure("\(path): cannot write the result: \(error.localizedDescription)")
    }
  }
}
