import Foundation
import Testing
import ParkOptTestSupport

/// `parkopt solve` against `glpsol` on GLPK's own examples (Debian's
/// glpk-utils): the same objective to 1e-9 relative. The reference value is
/// computed by running glpsol in the test, never typed in.
@Suite struct GLPKExamplesTests {
  static let directory = "/usr/share/doc/glpk-utils/examples"

  /// MathProg models (with a .dat file of the same name when one exists),
  /// LPs and MIPs that glpsol solves in well under a second.
  static let mathProgModels = [
    "transp", "assign", "diet", "dea", "gap", "egypt", "plan", "food", "food2", "fctp", "cpp", "cf12a",
    "cf12b", "dist", "maxflow", "prod", "powpl25h", "powplant", "stigler", "spp", "train", "tsp", "todd",
    "wolfra6d", "shiftcov", "min01ks", "misp", "queens", "bpp", "color", "mvcp", "maxcut", "toto",
    "mfasp", "zebra", "sudoku",
  ]

  /// Model files in MPS (free or fixed) and CPLEX LP format.
  static let modelFiles = [
    ("plan.mps", "--mps"), ("samp1.mps", "--mps"), ("samp2.mps", "--mps"), ("furnace.mps", "--mps"),
    ("icecream.mps", "--mps"), ("alloy.mps", "--mps"), ("plan.lp", "--lp"), ("wolfra6d.lp", "--lp"),
  ]

  struct Reference {
    var kind: String  // "bas" (LP) or "mip"
    var objective: Double
  }

  /// Runs glpsol and reads its machine-readable solution line:
  /// `s bas m n pst dst obj` or `s mip m n st obj`.
  static func glpsol(_ arguments: [String]) throws -> Reference? {
    let solution = Scratch.path("glpsol", suffix: ".sol")
    defer { try? FileManager.default.removeItem(at: solution) }
    _ = try CommandRunner.tool("glpsol", arguments + ["-w", solution.path])
    let text = try String(contentsOf: solution, encoding: .utf8)
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("s ") }) else { return nil }
    let fields = line.split(separator: " ")
    guard fields.count >= 6, let objective = fields.last.flatMap({ Double($0) }) else { return nil }
    return Reference(kind: String(fields[1]), objective: objective)
  }

  static func objective(ofJSON text: String) throws -> Double? {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    return object?["objective"] as? Double
  }

  static func relativeDifference(_ a: Double, _ b: Double) -> Double {
    abs(a - b) / max(1, abs(a), abs(b))
  }

  @Test(arguments: mathProgModels)
  func mathProgModelMatchesGlpsol(_ name: String) throws {
    let model = "\(Self.directory)/\(name).mod"
    let data = "\(Self.directory)/\(name).dat"
    let hasData = FileManager.default.fileExists(atPath: data)
    let reference = try #require(try Self.glpsol(["-m", model] + (hasData ? ["-d", data] : [])))
    let result = try CommandRunner.parkopt(["solve", model] + (hasData ? ["--data", data] : []) + ["--format", "json"])
    #expect(result.status == 0, "\(name): \(result.stderr)")
    let objective = try #require(try Self.objective(ofJSON: result.stdout))
    #expect(Self.relativeDifference(objective, reference.objective) <= 1e-9, "\(name): \(objective) vs glpsol \(reference.objective)")
  }

  @Test(arguments: modelFiles)
  func modelFileMatchesGlpsol(_ file: String, _ flag: String) throws {
    let path = "\(Self.directory)/\(file)"
    let reference = try #require(try Self.glpsol([flag, path]))
    let result = try CommandRunner.parkopt(["solve", path, "--format", "json"])
    #expect(result.status == 0, "\(file): \(result.stderr)")
    let objective = try #require(try Self.objective(ofJSON: result.stdout))
    #expect(Self.relativeDifference(objective, reference.objective) <= 1e-9, "\(file): \(objective) vs glpsol \(reference.objective)")
  }
}
