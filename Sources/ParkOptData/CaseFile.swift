import Foundation

/// Finds a file of a case folder by the names it may have (`parks.csv` or
/// `园区.csv`, `scenario.yaml` or `scenario.json` …), the same way for
/// every command.
public enum CaseFile {
  /// The path of the one of `names` that exists in `folder`, or nil when
  /// none does.
  /// - Throws: ``DataErrors`` when two or more exist: which one was meant is
  ///   unknown, so one issue names them all.
  public static func find(_ names: [String], in folder: String) throws(DataErrors) -> String? {
    let present = existing(names, in: folder)
    guard present.count > 1, let first = present.first else { return present.first }
    let others = present.dropFirst().map { "'\(($0 as NSString).lastPathComponent)'" }
    throw DataErrors([DataIssue(
      file: first,
      message: "is in the folder with \(others.joined(separator: " and ")), "
        + (others.count == 1 ? "another name" : "other names") + " of the same file; which to read is unknown: keep only one")])
  }

  /// The path of the first of `names` that exists in `folder` (for listing
  /// the files a run read, after ``find(_:in:)`` accepted the folder).
  public static func first(_ names: [String], in folder: String) -> String? {
    existing(names, in: folder).first
  }

  private static func existing(_ names: [String], in folder: String) -> [String] {
    names.map { (folder as NSString).appendingPathComponent($0) }.filter { FileManager.default.fileExists(atPath: $0) }
  }
}
