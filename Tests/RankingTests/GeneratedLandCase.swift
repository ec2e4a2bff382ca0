import Foundation
import StandardLand
import Testing
import ParkOptTestSupport

/// A land case made by `Examples/generate_land_case.py` in a scratch folder,
/// loaded and then removed: the generated cases the ranking tests share.
struct GeneratedLandCase {
  /// Whether the generator can run here (tests that need it are skipped visibly).
  static let pythonAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

  var parks: Int
  var parcels: Int
  var projects: Int
  var firms: Int
  var seed: Int
  /// The case name the generator writes (it can appear in outputs).
  var name: String

  /// Runs the generator and loads its case; expects the generator to succeed.
  func load() throws -> LandCase {
    let folder = Scratch.path("rank-generated").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try ExternalProgram.run("/usr/bin/python3", [
      RepositoryPaths.path("Examples/generate_land_case.py"), "--parks", "\(parks)", "--parcels", "\(parcels)",
      "--projects", "\(projects)", "--firms", "\(firms)", "--seed", "\(seed)", "--out", folder,
      "--name", name,
    ])
    #expect(run.status == 0, "\(run.text)")
    return try LandCaseLoader.load(folder: folder)
  }
}
