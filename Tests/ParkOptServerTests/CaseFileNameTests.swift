import Testing

@testable import ParkOptServer

@Suite struct CaseFileNameTests {
  @Test func knownNamesMapToThemselves() {
    for name in ["parks.csv", "园区.csv", "firms.csv", "load.csv", "scenario.yaml", "load_shapes/cold_chain.csv"] {
      #expect(CaseFileName.relativePath(for: name) == name)
    }
  }

  @Test func otherNamesAndPathsAreRefused() {
    for name in [
      "../parks.csv", "/etc/passwd", "..", "parks.csv/..", "x/parks.csv", "load_shapes/../parks.csv",
      "load_shapes/a b.csv", "load_shapes/.csv", "load_shapes/x.txt", "Parks.csv", "parks.csv ", "run.sh", "",
      "load_shapes/x/y.csv", "C:\\parks.csv",
    ] {
      #expect(CaseFileName.relativePath(for: name) == nil, "\(name)")
    }
  }

  @Test func rejectionNamesTheFileAndTheAcceptedNames() {
    let message = CaseFileName.rejection("../../etc/passwd")
    #expect(message.hasPrefix("\"../../etc/passwd\" is not a file of a ParkOpt case"))
    #expect(message.contains("parcels.csv"))
  }
}
