import Foundation
import ZIPFoundation

/// A run's result folder as one zip (entries sorted, a fixed date, deflated).
public enum ResultZip {
  /// The zip's bytes: every regular file under `folder`, under `top/`.
  public static func data(folder: URL, top: String) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    let fm = FileManager.default
    var paths: [String] = []
    if let walker = fm.enumerator(atPath: folder.path) {
      while let path = walker.nextObject() as? String {
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDir), !isDir.boolValue {
          paths.append(path)
        }
      }
    }
    let date = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01: same files, same zip
    for path in paths.sorted() {
      let bytes = try Data(contentsOf: folder.appendingPathComponent(path))
      try archive.addEntry(
        with: top + "/" + path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
        compressionMethod: .deflate
      ) { position, size in
        bytes.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = archive.data else { throw ServerError("the zip could not be made", status: .internalServerError) }
    return data
  }
}
