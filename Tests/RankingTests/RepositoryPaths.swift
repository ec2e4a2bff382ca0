import Foundation

/// Paths inside the repository, found from this file's location.
enum RepositoryPaths {
  /// `relative` under the repository root.
  static func path(_ relative: String) -> String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent(relative).path
  }
}
