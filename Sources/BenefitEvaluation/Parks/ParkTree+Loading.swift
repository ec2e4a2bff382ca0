import Foundation
import ParkOptData
import Yams

extension ParkTree {
  /// Reads a tree from YAML or JSON; nil path gives ``standard``.
  public static func load(path: String?) throws(DataErrors) -> ParkTree {
    guard let path else { return .standard }
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw DataErrors([DataIssue(file: path, message: "cannot be read as UTF-8 text")])
    }
    do {
      return try YAMLDecoder().decode(ParkTree.self, from: text)
    } catch {
      throw DataErrors([DataIssue(file: path, message: "is not a park tree: \(error)")])
    }
  }
}
