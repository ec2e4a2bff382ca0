import Foundation

/// A folder of result files written all at once or not at all.
///
/// Files are saved into a hidden sibling, `.NAME.parkopt-partial-PID`;
/// ``commit()`` renames it into place (the previous folder is renamed aside,
/// the new one renamed in, the old one deleted), so files an earlier run
/// wrote and this one did not are gone. ``discard()`` removes the sibling
/// and leaves the previous folder as it was. A folder that is neither empty
/// nor a ParkOpt result folder is never replaced (see
/// ``ResultFolder/init(_:resultFiles:)``).
public struct ResultFolder {
  /// The folder as the caller named it.
  public let path: String
  /// The folder's absolute path (a symbolic link to a folder is followed).
  public let destination: String
  /// The hidden sibling the files are written into until ``commit()``.
  public let staging: String
  /// The files saved so far, as paths in ``path`` (where they are after
  /// ``commit()``), in the order saved.
  public private(set) var written: [String] = []
  /// True when the folder already held results that a commit would replace.
  public let replacesPrevious: Bool
  /// The names a previous folder without `run.json` may hold.
  private let resultFiles: Set<String>
  /// The topmost parent folder this run created, removed again (when still
  /// empty) by ``discard()``.
  private let createdParent: String?

  /// Prepares to write `path`: checks that it may be replaced and creates
  /// the staging sibling (and the missing parents).
  ///
  /// `path` may be missing, an empty folder, a ParkOpt result folder (one
  /// with a `run.json` naming `parkopt_version`), or a folder holding only
  /// names in `resultFiles` (results of versions that wrote no `run.json`).
  /// - Throws: ``ResultFolderError`` when it is anything else.
  public init(_ path: String, resultFiles: Set<String>) throws(ResultFolderError) {
    self.path = path
    self.resultFiles = resultFiles
    destination = try Self.resolve(path)
    replacesPrevious = try Self.checkReplaceable(destination, shown: path, resultFiles: resultFiles)
    let parent = (destination as NSString).deletingLastPathComponent
    let name = (destination as NSString).lastPathComponent
    createdParent = Self.topmostMissing(parent)
    do {
      try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    } catch {
      throw .cannotCreate(path: path, reason: error.localizedDescription)
    }
    Self.removeAbandonedSiblings(of: name, in: parent)
    staging = (parent as NSString).appendingPathComponent(Self.siblingName(name, kind: "partial", pid: getpid()))
    try StagingRegistry.shared.register(staging: staging, destination: path)
  }

  /// Writes `text` (UTF-8) to the file `name` in the folder-to-be.
  public mutating func save(_ name: String, _ text: String) throws(ResultFolderError) {
    guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else {
      throw .cannotWrite(path: path, file: name, reason: "not a plain file name")
    }
    // Created through the registry, so an interruption that removed the
    // staging folder is never followed by a file put back into it.
    let file = try StagingRegistry.shared.create(name, in: staging)
    do {
      try file.write(contentsOf: Data(text.utf8))
      try file.close()
    } catch {
      throw .cannotWrite(path: path, file: name, reason: error.localizedDescription)
    }
    written.append((path as NSString).appendingPathComponent(name))
  }

  /// Puts the saved files in place of the folder's previous contents.
  public func commit() throws(ResultFolderError) {
    try StagingRegistry.shared.commit(staging: staging) { () throws(ResultFolderError) in
      _ = try Self.checkReplaceable(destination, shown: path, resultFiles: resultFiles)
      try Self.replace(destination, with: staging, shown: path)
    }
  }

  /// Removes the staging folder; the previous folder stays as it was.
  public func discard() {
    StagingRegistry.shared.discard(staging: staging)
    guard let createdParent else { return }
    // Parents this run created go again if nothing else was put in them.
    var folder = (staging as NSString).deletingLastPathComponent
    while folder.hasPrefix(createdParent), rmdir(folder) == 0 {
      folder = (folder as NSString).deletingLastPathComponent
    }
  }

  /// Removes every staging folder of this process and makes later commits
  /// fail; returns the folders they were for. For an interruption handler,
  /// which then ends the process.
  public static func abandonAll() -> [String] {
    StagingRegistry.shared.abandonAll()
  }
}
