import Foundation

/// Paths inside the repository, found from this file's location
/// (`Tests/Support/RepositoryPaths.swift`), so tests read the source tree's
/// examples, models and fixtures wherever the clone is.
public enum RepositoryPaths {
  /// The repository root.
  public static var root: URL {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url
  }

  /// `relative` under the repository root.
  public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
