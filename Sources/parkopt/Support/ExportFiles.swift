import Foundation
import GLPK
import ParkOptData

/// Writes the optional exports of the solving commands (`--write-model`,
/// `--write-mathprog-data`) with the same checks and messages everywhere,
/// creating the file's folder when it is missing, each whole or not at all
/// (``atomically(_:_:)``).
enum ExportFiles {
  /// Writes `model` in the format its path's extension names.
  static func writeModel(_ model: LinearModel, to path: String) throws {
    guard let format = ModelFileFormat(path: path) else {
      throw CommandFailure("--write-model: unknown file type '\(path)'; use .mps, .fixedmps, .lp or .glpk")
    }
    try createFolder(of: path)
    try atomically(path) { file in
      try CommandFailure.onGLPKError { () throws(GLPKError) in try model.write(to: file, format: format) }
    }
  }

  /// Writes a text file (e.g. MathProg data), naming the path when it fails.
  static func writeText(_ text: String, to path: String) throws {
    try createFolder(of: path)
    try atomically(path) { file in
      do {
        try text.write(toFile: file, atomically: false, encoding: .utf8)
      } catch {
        throw CommandFailure("\(path): cannot write: \(error.localizedDescription)")
      }
    }
  }

  /// Writes the single file `path` through ``SingleFile``: into a hidden
  /// sibling renamed into place when complete, removed when `write` fails;
  /// messages name `path`, not the sibling.
  static func atomically(_ path: String, _ write: (String) throws -> Void) throws {
    var sibling = path
    do {
      try SingleFile.write(to: path) { file in
        sibling = file
        try write(file)
      }
    } catch let failure as CommandFailure {
      throw CommandFailure(failure.message.replacingOccurrences(of: sibling, with: path), code: failure.code)
    } catch let error as ResultFolderError {
      if case .interrupted = error { throw CommandFailure(error.description, code: .interrupted) }
      throw CommandFailure(error.description)
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
