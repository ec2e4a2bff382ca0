import Foundation
import GLPK

/// Writes the optional exports of the solving commands (`--write-model`,
/// `--write-mathprog-data`) with the same checks and messages everywhere,
/// creating the file's folder when it is missing.
enum ExportFiles {
  /// Writes `model` in the format its path's extension names.
  static func writeModel(_ model: LinearModel, to path: String) throws {
    guard let format = ModelFileFormat(path: path) else {
      throw CommandFailure("--write-model: unknown file type '\(path)'; use .mps, .fixedmps, .lp or .glpk")
    }
    try createFolder(of: path)
    try CommandFailure.onGLPKError { () throws(GLPKError) in try model.write(to: path, format: format) }
  }

  /// Writes a text file (e.g. MathProg data), naming the path when it fails.
  static func writeText(_ text: String, to path: String) throws {
    try createFolder(of: path)
    do {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw CommandFailure("\(path): cannot write: \(error.localizedDescription)")
    }
  }

  /// Creates the folder `path` goes in (and its parents) when missing.
  static func createFolder(of path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    guard !folder.isEmpty else { return }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw CommandFailure("\(path): cannot create its folder: \(error.localizedDescription)")
    }
  }
}
