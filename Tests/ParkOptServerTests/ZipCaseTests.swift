import Foundation
import Testing
import ZIPFoundation

@testable import ParkOptServer

/// A zip in memory with these entries (path, bytes; nil bytes: a folder).
func makeZip(_ entries: [(String, Data?)], compression: CompressionMethod = .deflate) throws -> Data {
  let archive = try Archive(data: Data(), accessMode: .create)
  for (path, data) in entries {
    if let data {
      try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    } else {
      try archive.addEntry(with: path, type: .directory, uncompressedSize: Int64(0)) { _, _ in Data() }
    }
  }
  return try #require(archive.data)
}

@Suite struct ZipCaseTests {
  @Test func aCaseFolderUnpacksWithItsTopFolderRemoved() throws {
    let zip = try makeZip([
      ("kunming/", nil), ("kunming/parks.csv", Data("id\nP1\n".utf8)), ("kunming/load_shapes/", nil),
      ("kunming/load_shapes/cold_chain.csv", Data("hour,share\n".utf8)), ("__MACOSX/kunming/._parks.csv", Data([0])),
    ])
    let files = try ZipCase.files(in: zip, limits: ZipLimits())
    #expect(files.map(\.path).sorted() == ["load_shapes/cold_chain.csv", "parks.csv"])
    #expect(files.first { $0.path == "parks.csv" }?.data == Data("id\nP1\n".utf8))
  }

  @Test func traversalAndAbsoluteEntriesAreRefused() throws {
    for bad in ["../parks.csv", "/etc/parks.csv", "kunming/../../parks.csv", "a\\..\\parks.csv"] {
      let zip = try makeZip([(bad, Data("x".utf8))])
      let error = #expect(throws: ServerError.self) { try ZipCase.files(in: zip, limits: ZipLimits()) }
      #expect(error?.message.contains(bad) == true, "\(bad): \(error?.message ?? "")")
      #expect(error?.status == .badRequest)
    }
  }

  @Test func unknownNamesAreRefusedByName() throws {
    let zip = try makeZip([("parks.csv", Data("id\n".utf8)), ("evil.sh", Data("rm -rf /".utf8))])
    let error = #expect(throws: ServerError.self) { try ZipCase.files(in: zip, limits: ZipLimits()) }
    #expect(error?.message.hasPrefix("\"evil.sh\" is not a file of a ParkOpt case") == true)
  }

  @Test func aZipBombIsRefused() throws {
    // 2 MB of zeros deflate to about 2 KB; the limit is 1 MB unpacked.
    let zip = try makeZip([("parcels.csv", Data(count: 2_000_000))])
    #expect(zip.count < 10_000)
    let error = #expect(throws: ServerError.self) {
      try ZipCase.files(in: zip, limits: ZipLimits(maxEntries: 10, maxUncompressedBytes: 1_000_000))
    }
    #expect(error?.status == .contentTooLarge)
    #expect(error?.message.contains("1000000") == true)
  }

  @Test func tooManyEntriesAreRefused() throws {
    let zip = try makeZip((0..<12).map { ("load_shapes/s\($0).csv", Data("x".utf8)) })
    let error = #expect(throws: ServerError.self) {
      try ZipCase.files(in: zip, limits: ZipLimits(maxEntries: 10, maxUncompressedBytes: 1_000_000))
    }
    #expect(error?.message == "the zip holds 12 entries, more than the 10 allowed")
  }

  @Test func notAZipIsRefused() {
    let error = #expect(throws: ServerError.self) { try ZipCase.files(in: Data("hello".utf8), limits: ZipLimits()) }
    #expect(error?.message == "the upload is not a readable zip archive")
  }
}
