import Foundation

/// Writes a rendered report to a file or standard output.
enum ReportWriter {
  private static func create(_ path: String) -> FileHandle? {
    guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
    return FileHandle(forWritingAtPath: path)
  }

  /// True while a command runs inside `batch run --in-process`: its report
  /// to standard output is dropped, as a child process's would be.
  @TaskLocal static var discardsStandardOutput = false

  static func write(_ text: String, to path: String?) throws {
    guard let path else {
      if !discardsStandardOutput { FileHandle.standardOutput.write(Data(text.utf8)) }
      return
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw CommandFailure("\(path): is a directory; give a file name for --output")
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty && !FileManager.default.fileExists(atPath: parent) {
      throw CommandFailure("\(path): no such directory '\(parent)'")
    }
    // Whole or not at all; an existing symlink, pipe or device is written
    // through, never replaced by a new regular file (``SingleFile``).
    try ExportFiles.atomically(path) { file in
      guard let handle = FileHandle(forWritingAtPath: file) ?? Self.create(file) else {
        throw CommandFailure("\(path): cannot be opened for writing")
      }
      do {
        try handle.truncate(atOffset: 0)
      } catch {
        // Pipes and devices cannot be truncated; writing is still right.
      }
      do {
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
      } catch {
        throw CommandFailure("\(path): cannot write the result: \(error.localizedDescription)")
      }
    }
  }
}
