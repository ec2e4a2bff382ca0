/// Why a result folder could not be prepared, written or put in place.
public enum ResultFolderError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The path cannot hold results (a file, the root folder, unlistable).
  case notReplaceable(path: String, reason: String)
  /// A non-empty folder that is not a ParkOpt result folder: it has no
  /// `run.json` with a `parkopt_version` key and holds files that are no
  /// result files.
  case foreignFolder(path: String, files: [String])
  /// The staging folder or a missing parent could not be created.
  case cannotCreate(path: String, reason: String)
  /// A result file could not be written.
  case cannotWrite(path: String, file: String, reason: String)
  /// The renames that put the new folder in place failed.
  case cannotReplace(path: String, reason: String)
  /// The run was interrupted; nothing is committed any more.
  case interrupted(path: String)

  public var description: String {
    switch self {
    case .notReplaceable(let path, let reason):
      return "\(path): cannot hold the results: \(reason)"
    case .foreignFolder(let path, let files):
      let shown = files.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (files.count > 5 ? ", …" : "")
      return """
        \(path): not replaced: the folder is not empty and is no ParkOpt result folder (no run.json with a \
        parkopt_version key; it holds \(shown)); give an empty or new folder with --output
        """
    case .cannotCreate(let path, let reason):
      return "\(path): cannot create the result folder: \(reason)"
    case .cannotWrite(let path, let file, let reason):
      return "\(path): cannot write \(file): \(reason)"
    case .cannotReplace(let path, let reason):
      return "\(path): cannot put the new results in place: \(reason)"
    case .interrupted(let path):
      return "\(path): interrupted before the results were put in place"
    }
  }
}
