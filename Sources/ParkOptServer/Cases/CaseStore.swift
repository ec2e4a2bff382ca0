import Foundation

/// The cases a server knows: the bundled examples (read only) and the
/// uploaded cases kept in `DATA/cases/ID/`.
public struct CaseStore: Sendable {
  /// One case: where its files are and what it is called in the page.
  public struct Case: Sendable, Equatable {
    /// `example:NAME` or `upload:ID`.
    public var key: String
    public var title: String
    public var folder: URL
    /// The case's files (relative paths), sorted.
    public var files: [String]
  }

  let examplesDirectory: URL?
  let uploadsDirectory: URL
  let limitBytes: Int

  /// A store for the server's settings.
  public init(settings: ServerSettings) {
    examplesDirectory = settings.examplesDirectory
    uploadsDirectory = settings.dataDirectory.appendingPathComponent("cases", isDirectory: true)
    limitBytes = settings.uploadLimitBytes
  }

  /// Every case, examples first, each group sorted by name.
  public func all() -> [Case] {
    var cases: [Case] = []
    let fm = FileManager.default
    if let examples = examplesDirectory, let names = try? fm.contentsOfDirectory(atPath: examples.path) {
      for name in names.sorted() {
        let folder = examples.appendingPathComponent(name, isDirectory: true)
        let files = Self.caseFiles(in: folder)
        if !files.isEmpty { cases.append(Case(key: "example:" + name, title: "Example " + name, folder: folder, files: files)) }
      }
    }
    if let ids = try? fm.contentsOfDirectory(atPath: uploadsDirectory.path) {
      for id in ids.sorted() where Self.isID(id) {
        let folder = uploadsDirectory.appendingPathComponent(id, isDirectory: true)
        cases.append(Case(key: "upload:" + id, title: "Upload " + id, folder: folder, files: Self.caseFiles(in: folder)))
      }
    }
    return cases
  }

  /// The case with this key, or nil.
  public func find(_ key: String) -> Case? { all().first { $0.key == key } }

  /// A new uploaded case holding `files` (paths from ``CaseFileName``).
  public func create(_ files: [(path: String, data: Data)]) throws -> Case {
    let fm = FileManager.default
    try fm.createDirectory(at: uploadsDirectory, withIntermediateDirectories: true)
    let existing = (try? fm.contentsOfDirectory(atPath: uploadsDirectory.path)) ?? []
    var number = (existing.compactMap { Self.isID($0) ? Int($0.dropFirst(5)) : nil }.max() ?? 0) + 1
    var id = Self.id(number)
    // Another request may take the same number: createDirectory without
    // intermediates fails on an existing folder, so try the next.
    while (try? fm.createDirectory(at: uploadsDirectory.appendingPathComponent(id), withIntermediateDirectories: false)) == nil {
      number += 1
      id = Self.id(number)
    }
    do {
      try add(files, to: id)
    } catch {
      // A refused upload keeps nothing: not even its empty case.
      try? fm.removeItem(at: uploadsDirectory.appendingPathComponent(id))
      throw error
    }
    return find("upload:" + id) ?? Case(key: "upload:" + id, title: id, folder: uploadsDirectory, files: [])
  }

  /// Adds (or replaces) files in the uploaded case `id`; the case may hold
  /// at most the upload limit in all.
  public func add(_ files: [(path: String, data: Data)], to id: String) throws {
    guard Self.isID(id) else { throw ServerError("no uploaded case \"\(id)\"", status: .notFound) }
    let folder = uploadsDirectory.appendingPathComponent(id, isDirectory: true)
    let fm = FileManager.default
    guard fm.fileExists(atPath: folder.path) else { throw ServerError("no uploaded case \"\(id)\"", status: .notFound) }
    var total = files.reduce(0) { $0 + $1.data.count }
    for file in Self.caseFiles(in: folder) where !files.contains(where: { $0.path == file }) {
      total += (try? fm.attributesOfItem(atPath: folder.appendingPathComponent(file).path)[.size] as? Int) ?? 0
    }
    guard total <= limitBytes else {
      throw ServerError("the case would hold \(total) bytes, more than the \(limitBytes) allowed", status: .contentTooLarge)
    }
    for file in files {
      // Only names from CaseFileName reach here; check again, cheaply.
      guard CaseFileName.relativePath(for: file.path) == file.path else { throw ServerError(CaseFileName.rejection(file.path)) }
      let url = folder.appendingPathComponent(file.path)
      try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try file.data.write(to: url, options: .atomic)
    }
  }

  /// The known case files in a folder (and its `load_shapes/`), sorted.
  static func caseFiles(in folder: URL) -> [String] {
    let fm = FileManager.default
    var files = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { CaseFileName.known.contains($0) }
    let shapes = folder.appendingPathComponent(CaseFileName.loadShapeFolder)
    for name in (try? fm.contentsOfDirectory(atPath: shapes.path)) ?? [] {
      if let path = CaseFileName.relativePath(for: CaseFileName.loadShapeFolder + "/" + name) { files.append(path) }
    }
    return files.sorted()
  }

  static func id(_ number: Int) -> String { "case-" + String(format: "%04d", number) }

  /// Whether `s` is an upload id (`case-` and digits).
  static func isID(_ s: String) -> Bool {
    s.hasPrefix("case-") && s.count > 5 && s.dropFirst(5).allSatisfy(\.isASCII) && s.dropFirst(5).allSatisfy(\.isNumber)
  }
}
