import Foundation
import ZIPFoundation

/// Unpacks an uploaded zip into case files, refusing traversal, links,
/// unknown names and zip bombs (too many entries or too many bytes unpacked,
/// counted while unpacking, whatever the headers claim).
public enum ZipCase {
  /// The case files (relative path from ``CaseFileName``, bytes) in the archive.
  /// Entries may sit in one top folder; `__MACOSX/` and `.DS_Store` are skipped.
  public static func files(in data: Data, limits: ZipLimits) throws -> [(path: String, data: Data)] {
    let archive: Archive
    do { archive = try Archive(data: data, accessMode: .read) } catch {
      throw ServerError("the upload is not a readable zip archive")
    }
    let entries = Array(archive)
    guard entries.count <= limits.maxEntries else {
      throw ServerError("the zip holds \(entries.count) entries, more than the \(limits.maxEntries) allowed", status: .contentTooLarge)
    }
    var declared: UInt64 = 0
    var named: [(path: String, entry: Entry)] = []
    for entry in entries {
      let path = entry.path
      if path.hasPrefix("__MACOSX/") || path.hasSuffix(".DS_Store") { continue }
      try checkPath(path)
      switch entry.type {
      case .directory: continue
      case .symlink: throw ServerError("zip entry \"\(path)\" is a symbolic link: refused")
      case .file: break
      }
      declared += entry.uncompressedSize
      named.append((path, entry))
    }
    guard declared <= UInt64(limits.maxUncompressedBytes) else {
      throw ServerError("the zip unpacks to \(declared) bytes, more than the \(limits.maxUncompressedBytes) allowed", status: .contentTooLarge)
    }
    let prefix = commonTopFolder(named.map(\.path))
    var unpacked = 0
    var result: [(path: String, data: Data)] = []
    var unknown: [String] = []
    for (path, entry) in named {
      let inner = String(path.dropFirst(prefix.count))
      guard let relative = CaseFileName.relativePath(for: inner) else {
        unknown.append(inner)
        continue
      }
      var bytes = Data()
      do {
        _ = try archive.extract(entry) { chunk in
          unpacked += chunk.count
          if unpacked > limits.maxUncompressedBytes { throw ServerError("", status: .contentTooLarge) }
          bytes.append(chunk)
        }
      } catch let error as ServerError where error.status == .contentTooLarge {
        throw ServerError("the zip unpacks to more than the \(limits.maxUncompressedBytes) bytes allowed", status: .contentTooLarge)
      } catch {
        throw ServerError("zip entry \"\(path)\" could not be unpacked (\(error))")
      }
      result.append((relative, bytes))
    }
    guard unknown.isEmpty else {
      throw ServerError(unknown.sorted().map(CaseFileName.rejection).joined(separator: "; "))
    }
    guard !result.isEmpty else { throw ServerError("the zip holds no case file") }
    return result
  }

  /// Refuses absolute paths, `..` components and backslashes.
  static func checkPath(_ path: String) throws {
    let components = path.split(separator: "/", omittingEmptySubsequences: false)
    if path.hasPrefix("/") || path.contains("\\") || path.contains("\0")
      || components.contains("..") || (path.count > 1 && Array(path)[1] == ":")
    {
      throw ServerError("zip entry \"\(path)\" points outside the case (absolute path or ..): refused")
    }
  }

  /// "name/" when every path starts with the same one folder (and it is not
  /// the load-shape folder), else "".
  static func commonTopFolder(_ paths: [String]) -> String {
    let tops = Set(paths.map { $0.split(separator: "/", maxSplits: 1).count == 2 ? String($0.split(separator: "/")[0]) : "" })
    guard tops.count == 1, let top = tops.first, !top.isEmpty, top != CaseFileName.loadShapeFolder else { return "" }
    return top + "/"
  }
}
