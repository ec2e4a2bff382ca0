import Foundation

/// What `parkopt serve` was started with: address, data folder, queue and upload limits.
public struct ServerSettings: Sendable {
  /// The address to bind (127.0.0.1 unless `--host` says otherwise).
  public var host: String
  /// The port to bind (0: any free port).
  public var port: Int
  /// Where uploaded cases and past runs are kept.
  public var dataDirectory: URL
  /// How many runs may run at the same time.
  public var jobs: Int
  /// The largest request body accepted (an upload), in bytes.
  public var uploadLimitBytes: Int
  /// Limits on an uploaded zip's contents.
  public var zipLimits: ZipLimits
  /// The `parkopt` executable each run spawns.
  public var parkoptPath: String
  /// The folder of bundled examples (each subfolder a case), when there is one.
  public var examplesDirectory: URL?
  /// The page's language when the browser has not chosen one (`zh` or `en`).
  public var language: String

  /// Settings; the defaults are those of `parkopt serve` without options.
  public init(
    host: String = "127.0.0.1", port: Int = 8080, dataDirectory: URL, jobs: Int = 1,
    uploadLimitBytes: Int = 50_000_000, zipLimits: ZipLimits = ZipLimits(), parkoptPath: String,
    examplesDirectory: URL?, language: String = "zh"
  ) {
    self.host = host
    self.port = port
    self.dataDirectory = dataDirectory
    self.jobs = jobs
    self.uploadLimitBytes = uploadLimitBytes
    self.zipLimits = zipLimits
    self.parkoptPath = parkoptPath
    self.examplesDirectory = examplesDirectory
    self.language = language
  }

  /// Whether `host` names only this machine (a loopback address or `localhost`).
  public static func isLoopback(_ host: String) -> Bool {
    let h = host.lowercased()
    return h == "localhost" || h == "::1" || h == "[::1]" || h.hasPrefix("127.")
  }
}

/// Limits on an uploaded zip archive: zip bombs and odd archives are refused.
public struct ZipLimits: Sendable {
  /// The most entries (files and folders) an archive may hold.
  public var maxEntries: Int
  /// The most bytes all entries may unpack to, counted while unpacking.
  public var maxUncompressedBytes: Int

  /// Limits; 200 entries and 200 MB unpacked by default.
  public init(maxEntries: Int = 200, maxUncompressedBytes: Int = 200_000_000) {
    self.maxEntries = maxEntries
    self.maxUncompressedBytes = maxUncompressedBytes
  }
}
