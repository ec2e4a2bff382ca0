import Foundation

/// A private scratch directory, removed by ``remove()``. GLPK's readers and
/// writers take file names only, so text passes through here.
struct TemporaryDirectory {
  let url: URL

  init() throws(GLPKError) {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("parkopt-\(UUID().uuidString)", isDirectory: true)
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw .io(path: url.path, message: "cannot create a temporary directory: \(error.localizedDescription)")
    }
    self.url = url
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  func remove() { try? FileManager.default.removeItem(at: url) }
}
