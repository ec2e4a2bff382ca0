import Foundation
import Testing
@testable import ParkOptData
import ParkOptTestSupport

/// A file a case folder holds under two of its accepted names is an error
/// naming both, never one of them read silently.
@Suite struct CaseFileTests {
  @Test func oneNameIsFoundAndTwoAreAnError() throws {
    let folder = try Scratch.folder("casefile").path
    let names = ["parks.csv", "园区.csv", "parks2.csv"]
    #expect(try CaseFile.find(names, in: folder) == nil)
    FileManager.default.createFile(atPath: folder + "/园区.csv", contents: Data("id\n".utf8))
    #expect(try CaseFile.find(names, in: folder) == folder + "/园区.csv")
    FileManager.default.createFile(atPath: folder + "/parks.csv", contents: Data("id\n".utf8))
    #expect {
      _ = try CaseFile.find(names, in: folder)
    } throws: { error in
      (error as? DataErrors)?.issues.map(\.description) == [
        "\(folder)/parks.csv: is in the folder with '园区.csv', another name of the same file; which to read is unknown: keep only one"
      ]
    }
    #expect(CaseFile.first(names, in: folder) == folder + "/parks.csv")
  }
}
