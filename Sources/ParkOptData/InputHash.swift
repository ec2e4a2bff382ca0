import Crypto
import Foundation

/// SHA-256 digests of input files, for `run.json`.
///
/// Foundation has no SHA-256 on Linux (CryptoKit exists only on Apple's
/// systems); swift-crypto's `Crypto` is the same API on both.
public enum InputHash {
  /// The file's SHA-256 as 64 lower-case hex digits, read in 1 MiB chunks.
  public static func sha256(ofFile path: String) throws -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw DataErrors([DataIssue(file: path, message: "cannot be read to record its SHA-256")])
    }
    defer { try? handle.close() }
    var hasher = SHA256()
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      hasher.update(data: chunk)
    }
    return hex(hasher.finalize())
  }

  /// The SHA-256 of `data` as 64 lower-case hex digits.
  public static func sha256(of data: Data) -> String {
    hex(SHA256.hash(data: data))
  }

  private static func hex(_ digest: SHA256.Digest) -> String {
    digest.map { String(format: "%02x", $0) }.joined()
  }
}
