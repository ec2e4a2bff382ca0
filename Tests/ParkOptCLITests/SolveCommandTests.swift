import Foundation
import Testing
import ParkOptTestSupport

/// `parkopt solve` end to end: exit codes, formats and error messages.
@Suite struct SolveCommandTests {
  static let examples = "/usr/share/doc/glpk-utils/examples"

  /// Writes `text` to a fresh scratch file named `name`.
  static func file(_ name: String, _ text: String) throws -> String {
    let dir = try Scratch.folder("cli")
    let path = dir.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func exampleModelSolvesWithItsReport() throws {
    let r = try CommandRunner.parkopt(["solve", "Examples/solve/park_parcels.mod"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Total annual tax: 10200.0 万元"))
    #expect(r.stdout.contains("Status:     optimal"))
    #expect(r.stdout.contains("one_project_per_parcel[AN-01]"))
  }

  @Test func outcomesHaveDistinctExitCodes() throws {
    let infeasible = try Self.file("inf.mod", "var x >= 0; s.t. a: x >= 5; s.t. b: x <= 3; minimize z: x; end;\n")
    let unbounded = try Self.file("unb.mod", "var x >= 0; maximize z: x; s.t. a: x >= 1; end;\n")
    #expect(try CommandRunner.parkopt(["solve", infeasible]).status == 10)
    #expect(try CommandRunner.parkopt(["solve", unbounded]).status == 11)
    // tiling.mod finds its first incumbent between node 50 and node 500 and
    // needs far more to prove optimality: a node limit (a work limit, the
    // same on every machine, unlike a time limit) of 500 stops it with a
    // point (exit 13), one of 1 before any (exit 14).
    #expect(try CommandRunner.parkopt(["solve", "\(Self.examples)/tiling.mod", "--node-limit", "500"]).status == 13)
    #expect(try CommandRunner.parkopt(["solve", "\(Self.examples)/tiling.mod", "--node-limit", "1"]).status == 14)
  }

  @Test(arguments: [
    (["solve", "/nonexistent/model.mod"], "/nonexistent/model.mod: no such file"),
    (["solve", "Examples/solve/park_parcels.mod", "--method", "fastest"], "'fastest' is invalid for '--method"),
    (["solve", "Examples/solve/park_parcels.mod", "--time-limit=-3"], "--time-limit must be a positive"),
    (["solve", "Examples/solve/park_parcels.mod", "--mip-gap", "nan"], "--mip-gap must be a non-negative"),
    (["solve", "Examples/solve/park_parcels.mod", "--cuts", "gomory,magic"], "unknown cut 'magic'"),
    (["solve", "Examples/solve/park_parcels.mod", "--format", "xml"], "'xml' is invalid for '--format"),
    (["solve", "\(examples)/plan.mps", "--data", "x.dat"], "--data applies to MathProg models"),
    (["solve"], "Missing expected argument"),
  ])
  func badOptionsExitWithTwoAndSayWhy(_ arguments: [String], _ message: String) throws {
    let r = try CommandRunner.parkopt(arguments)
    #expect(r.status == 2)
    #expect(r.stderr.contains(message), "\(r.stderr)")
  }

  @Test(arguments: [
    ("bad.mod", "var x >= 0;\nmaximize z: x + y;\nend;\n", "bad.mod:2: y not defined"),
    ("data.mod", "param n;\nvar x >= 0;\nmaximize z: n * x;\ns.t. c: x <= 1;\nend;\n", "no value for n"),
    ("bad.mps", "NAME x\nROWS\n N obj\n L c1\nCOLUMNS\n x obj abc c1 1\nENDATA\n", "bad.mps:6: cannot convert 'abc'"),
    ("bad.lp", "Maximize\n obj: x + \nSubject To\n c1: x <= 1\nEnd\n", "bad.lp:3: missing variable name"),
    ("empty.mps", "", "bad.mps"),
  ])
  func malformedFilesExitWithTwoNamingFileAndLine(_ name: String, _ text: String, _ message: String) throws {
    let path = try Self.file(name, text)
    let r = try CommandRunner.parkopt(["solve", path])
    #expect(r.status == 2)
    let expected = message == "bad.mps" ? path : message
    #expect(r.stderr.contains(expected), "\(r.stderr)")
    #expect(r.stderr.count < 2000)
    #expect(r.stdout.isEmpty)
  }

  @Test func jsonAndCSVAreDeterministicAndComplete() throws {
    let a = try CommandRunner.parkopt(["solve", "\(Self.examples)/transp.mod", "--format", "json"])
    let b = try CommandRunner.parkopt(["solve", "\(Self.examples)/transp.mod", "--format", "json"])
    #expect(a.stdout == b.stdout)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
    let constraints = try #require(object["constraints"] as? [[String: Any]])
    let demand = try #require(constraints.first { $0["name"] as? String == "demand[New-York]" })
    #expect(abs((demand["dual"] as? Double ?? 0) - 0.225) < 1e-9)
    let csv = try CommandRunner.parkopt(["solve", "\(Self.examples)/transp.mod", "--format", "csv"])
    let lines = csv.stdout.split(separator: "\n")
    #expect(lines.first == "type,name,kind,value,dual_or_reduced_cost,lower,upper,status,objective")
    #expect(lines.count == 1 + 6 + 6)
    #expect(lines.contains { $0.hasPrefix("variable,\"x[Seattle,New-York]\",continuous,50,") })
  }

  @Test func outputFileAndModelConversion() throws {
    let dir = try Scratch.folder("cli")
    let out = dir.appendingPathComponent("result.json").path
    let mps = dir.appendingPathComponent("transp.mps").path
    let r = try CommandRunner.parkopt([
      "solve", "\(Self.examples)/transp.mod", "--format", "json", "--output", out, "--write-model", mps,
    ])
    #expect(r.status == 0)
    #expect(r.stdout.isEmpty)
    #expect(FileManager.default.fileExists(atPath: out))
    let again = try CommandRunner.parkopt(["solve", mps, "--format", "json"])
    #expect(again.status == 0)
    #expect(again.stdout.contains("\"objective\" : 153.675"))
  }
}

@Suite struct ExplainInfeasibleTests {
  @Test func namesTheConstraintToRelaxAndTheAmount() throws {
    let path = try SolveCommandTests.file("quota.mod", """
      var x{1..3} >= 0;
      s.t. demand: sum{i in 1..3} x[i] >= 100;
      s.t. quota: x[1] + x[2] <= 40;
      s.t. cap3: x[3] <= 30;
      minimize cost: sum{i in 1..3} i * x[i];
      end;

      """)
    let r = try CommandRunner.parkopt(["solve", path, "--explain-infeasible"])
    #expect(r.status == 10)
    // One of demand (fall by 30), quota (rise by 30), cap3 (rise by 30) suffices.
    #expect(r.stdout.contains("must fall by 30 to 70") || r.stdout.contains("must rise by 30 to"))
    let json = try CommandRunner.parkopt(["solve", path, "--explain-infeasible", "--format", "json"])
    #expect(json.stdout.contains("\"infeasibility\""))
  }
}
