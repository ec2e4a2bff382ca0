import Foundation

/// A folder of result files: created when missing, each file written whole
/// (atomically, UTF-8), the paths remembered in the order written.
public struct ResultFolder {
  /// The folder.
  public let path: String
  /// The files written so far, as paths.
  public private(set) var written: [String] = []

  /// Creates the folder (and its parents) when it does not exist.
  public init(_ path: String) throws {
    self.path = path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Writes `text` to the file `name` in the folder.
  public mutating func save(_ name: String, _ text: String) throws {
    let file = (path as NSString).appendingPathComponent(name)
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    written.append(file)
  }
}
