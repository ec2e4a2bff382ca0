import Foundation
import Testing

/// Adversarial input to `parkopt solve`: bad files, bad options, odd but valid
/// files. Every case must end with a documented exit code and a message that
/// names the file or option — never a crash, an abort, a hang or a silent
/// wrong answer. Some cases describe defects that are not fixed yet; they fail
/// until the defect is fixed.
@Suite struct AdversarialInputTests {
  static let examples = SolveCommandTests.examples
  /// The exit codes `parkopt` documents.
  static let documentedCodes: Set<Int32> = [0, 2, 3, 10, 11, 12, 13, 14, 15]

  /// Writes raw bytes to a fresh temporary file named `name`.
  static func bytes(_ name: String, _ data: Data) throws -> String {
    let path = try SolveCommandTests.file(name, "")
    try data.write(to: URL(fileURLWithPath: path))
    return path
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static func name(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }

  // MARK: Bad files: clear errors, exit 2

  @Test(arguments: ["junk.mod", "junk.mps", "junk.lp", "junk.glpk", "junk.fixedmps"])
  func binaryGarbageIsRejectedNamingTheFile(_ name: String) throws {
    var generator = SystemRandomNumberGenerator()
    var data = Data((0..<4000).map { _ in UInt8.random(in: 0...255, using: &generator) })
    data[0] = 0x19  // a control character first, so no format can accept it
    let path = try Self.bytes(name, data)
    let r = try CommandRunner.parkopt(["solve", path])
    #expect(r.status == 2)
    #expect(r.stderr.contains(name), "\(r.stderr)")
    #expect(r.stdout.isEmpty)
  }

  @Test func directoryNamedLikeAModelIsRejected() throws {
    let path = try SolveCommandTests.file("placeholder", "")
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("x.mod").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let r = try CommandRunner.parkopt(["solve", directory])
    #expect(r.status == 2)
    #expect(r.stderr.contains("x.mod: is a directory"), "\(r.stderr)")
  }

  @Test(arguments: [
    ("div0.mod", "param a := 0;\nparam b := 1 / a;\nvar x >= 0, <= 3;\nmaximize z: b * x;\nend;\n", "div0.mod:4: 1 / 0; floating-point zero divide"),
    ("check.mod", "param n := 3;\ncheck n > 5;\nvar x >= 0, <= 3;\nmaximize z: x;\nend;\n", "check.mod:2: check failed"),
    ("printf.mod", "var x >= 0, <= 3;\nmaximize z: x;\nsolve;\nprintf \"%g\\n\", x > \"/nonexistent_dir/sub/out.txt\";\nend;\n",
     "printf.mod:4: unable to open '/nonexistent_dir/sub/out.txt' for writing"),
    // No newline after the last line (common from editors): GLPK first warns
    // "final NL missing", and that warning must not hide the real error.
    ("nonl.mod", "param n := 3;\ncheck n > 5;\nvar x >= 0, <= 3;\nmaximize z: x;\nend;", "nonl.mod:2: check failed"),
    ("nonl2.mod", "var x >= 0, <= 3;\nmaximize z: x;\nsolve;\nprintf \"%d\\n\", 1/0;", "nonl2.mod:4: 1 / 0; floating-point zero divide"),
  ])
  func mathProgErrorsNameFileAndLine(_ name: String, _ text: String, _ message: String) throws {
    let path = try SolveCommandTests.file(name, text)
    let r = try CommandRunner.parkopt(["solve", path])
    #expect(r.status == 2)
    #expect(r.stderr.contains(message), "\(r.stderr)")
    #expect(!r.stderr.contains("warning:"), "a warning was reported instead of the error: \(r.stderr)")
  }

  @Test func errorInDataFileIsReportedNotTheIgnoredDataSectionWarning() throws {
    let model = try SolveCommandTests.file(
      "withdata.mod", "param n;\nvar x >= 0, <= n;\nmaximize z: x;\ndata;\nparam n := 2;\nend;\n")
    let data = try SolveCommandTests.file("baddata.dat", "param n := abc;\nend;\n")
    let r = try CommandRunner.parkopt(["solve", model, "--data", data])
    #expect(r.status == 2)
    #expect(r.stderr.contains("baddata.dat:1: n requires numeric data"), "\(r.stderr)")
  }

  @Test func tableWithMissingCSVNamesTheCSVFile() throws {
    let path = try SolveCommandTests.file("table.mod", """
      set I;
      param p{I};
      table t IN "CSV" "missing_dir/nofile.csv": I <- [k], p;
      var x{I} >= 0, <= 1;
      maximize z: sum{i in I} p[i]*x[i];
      end;

      """)
    let r = try CommandRunner.parkopt(["solve", path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("table.mod:3"), "\(r.stderr)")
    #expect(r.stderr.contains("missing_dir/nofile.csv"), "the missing CSV is not named: \(r.stderr)")
  }

  /// MathProg does not check bounds; GLPK's solver then refuses the problem.
  /// That is bad input (exit 2) with a reason, not a silent "other_error" (3).
  @Test(arguments: [
    ("crossedvar.mod", "var x >= 5, <= 3;\nmaximize z: x;\nend;\n"),
    ("crossedrow.mod", "var x;\nmaximize z: x;\ns.t. c: 5 <= x <= 3;\nend;\n"),
    ("nointeger.mod", "var x integer >= 0.2, <= 0.8;\nmaximize z: x;\nend;\n"),
  ])
  func mathProgModelWithImpossibleBoundsIsBadInput(_ name: String, _ text: String) throws {
    let path = try SolveCommandTests.file(name, text)
    let r = try CommandRunner.parkopt(["solve", path])
    #expect(r.status == 2, "status \(r.status), stderr: \(r.stderr)")
    #expect(!r.stderr.isEmpty, "no message at all")
    #expect(r.stderr.contains(name), "\(r.stderr)")
  }

  @Test func crossedBoundsInMPSNameTheFile() throws {
    let path = try SolveCommandTests.file(
      "crossed.mps", "NAME n\nROWS\n N obj\n L c\nCOLUMNS\n x obj -1 c 1\nRHS\n rhs c 4\nBOUNDS\n LO b x 5\n UP b x 3\nENDATA\n")
    let r = try CommandRunner.parkopt(["solve", path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("lower bound 5.0 exceeds upper bound 3.0"), "\(r.stderr)")
    #expect(r.stderr.contains("crossed.mps"), "the file is not named: \(r.stderr)")
  }

  /// A 1e308 coefficient would make GLPK's scaling raise a fatal error
  /// ("invalid scale factor"): it is bad input (exit 2), named with its file,
  /// constraint and variable before GLPK is called.
  @Test func coefficientGLPKCannotScaleIsBadInputNamingTheFile() throws {
    let path = try SolveCommandTests.file("hugecoef.lp", "Minimize\n obj: - x\nSubject To\n c: 1e308 x <= 4\nEnd\n")
    let r = try CommandRunner.parkopt(["solve", path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("constraint 'c': coefficient of 'x' is 1e+308"), "\(r.stderr)")
    #expect(r.stderr.contains("hugecoef.lp"), "the file is not named: \(r.stderr)")
  }

  // MARK: Valid but unusual files: same answer as glpsol

  @Test func mpsWithEveryBoundTypeRangesAndObjectiveConstantMatchesGlpsol() throws {
    let path = try SolveCommandTests.file("bounds.mps", """
      NAME allbounds
      ROWS
       N obj
       L lim
       G low
       E eq
       L rng1
       G rng2
       E rng3
       E rng4
      COLUMNS
       MARKER1 'MARKER' 'INTORG'
       i1 obj 1 lim 1
       i2 obj 1 lim 1
       MARKER2 'MARKER' 'INTEND'
       a obj -1 lim 1
       b obj 1 low 1
       c obj -1 eq 1
       d obj 1 rng1 1
       e obj 1 rng2 1
       f obj 1 rng3 1
       g obj 1 rng4 1
       h obj 1 lim 1
       k obj 2 lim 1
       m obj 1 lim 1
      RHS
       rhs obj -7.5
       rhs lim 100 low 1
       rhs eq 2 rng1 10
       rhs rng2 3 rng3 5
       rhs rng4 5
      RANGES
       rng rng1 4 rng2 6
       rng rng3 2 rng4 -2
      BOUNDS
       MI bnd a
       UP bnd a 3
       PL bnd b
       BV bnd h
       LI bnd k -2
       UI bnd k 5
       FR bnd c
       FX bnd m 1.5
       UP bnd i1 4
       LO bnd i2 -1
       UP bnd i2 3
      ENDATA

      """)
    let r = try CommandRunner.parkopt(["solve", path, "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let objective = try #require(try Self.json(r.stdout)["objective"] as? Double)
    let reference = try #require(try GLPKExamplesTests.glpsol(["--freemps", path]))
    #expect(abs(objective - reference.objective) <= 1e-9 * max(1, abs(reference.objective)))
    #expect(abs(objective - 2) < 1e-9)
  }

  @Test func lpWithGeneralAndBinarySections() throws {
    let path = try SolveCommandTests.file("intbin.lp", """
      Maximize
       obj: 3 x + 2 y + 4 z + 1.5 w
      Subject To
       cap: 2 x + y + 3 z + w <= 7.5
       r2: x - y >= -2
       r3: x - y <= 2
      Bounds
       0 <= x <= 4
       y <= 5
       w free
       w <= 1.2
      General
       x y
      Binary
       z
      End

      """)
    let r = try CommandRunner.parkopt(["solve", path, "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(abs((try Self.json(r.stdout)["objective"] as? Double ?? .nan) - 13.75) < 1e-9)
  }

  @Test func mpsWithLatin1CommentIsReadAsGlpsolDoes() throws {
    var data = Data("* caf".utf8)
    data.append(0xE9)  // é in ISO 8859-1
    data.append(Data(" comment\nNAME lat\nROWS\n N obj\n L c\nCOLUMNS\n x obj -1 c 1\nRHS\n rhs c 4\nENDATA\n".utf8))
    let path = try Self.bytes("latin1.mps", data)
    let r = try CommandRunner.parkopt(["solve", path, "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try Self.json(r.stdout)["objective"] as? Double == -4)
  }

  static let maximisationMPS = """
    NAME maxsense
    OBJSENSE
        MAX
    ROWS
     N profit
     L cap
     L lab
    COLUMNS
     x profit 3 cap 1
     x lab 2
     y profit 5 cap 1
     y lab 4
    RHS
     rhs cap 10 lab 28
     rhs profit -2
    ENDATA

    """

  @Test func maximisationMPSWithWindowsLineEndings() throws {
    let path = try SolveCommandTests.file("maxcrlf.mps", Self.maximisationMPS.replacingOccurrences(of: "\n", with: "\r\n"))
    let r = try CommandRunner.parkopt(["solve", path, "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let object = try Self.json(r.stdout)
    #expect(object["sense"] as? String == "maximize")
    #expect(object["objective"] as? Double == 36)
  }

  @Test func gzippedMaximisationMPS() throws {
    let path = try SolveCommandTests.file("maxsense.mps", Self.maximisationMPS)
    let plain = try CommandRunner.parkopt(["solve", path, "--format", "json"])
    #expect(plain.status == 0)
    #expect(try Self.json(plain.stdout)["objective"] as? Double == 36)
    _ = try CommandRunner.tool("gzip", ["-kf", path])
    // OBJSENSE is read from uncompressed files only; a compressed one gets
    // a clear error saying what to do, never a minimisation in disguise.
    let r = try CommandRunner.parkopt(["solve", path + ".gz", "--format", "json"])
    #expect(r.status == 2, "\(r.stderr)")
    #expect(r.stderr.contains("decompress it first"))
  }

  @Test func dualInfeasibleLPWithAndWithoutPresolve() throws {
    let path = try SolveCommandTests.file(
      "dualinf.lp", "Minimize\n obj: - x - y\nSubject To\n c1: x - y >= -1\n c2: -x + y >= -1\nEnd\n")
    #expect(try CommandRunner.parkopt(["solve", path, "--presolve", "on"]).status == 12)
    #expect(try CommandRunner.parkopt(["solve", path, "--presolve", "off"]).status == 11)
  }

  // MARK: Results must not be silently wrong

  @Test func writtenMPSKeepsTheObjectiveConstantOfAMathProgModel() throws {
    let model = try SolveCommandTests.file("const.mod", """
      var x >= 0, <= 10;
      var y >= 0, <= 10;
      maximize profit: 3*x + 2*y - 100.5;
      s.t. c1: x + y <= 8;
      s.t. c2: x - y <= 2;
      end;

      """)
    let mps = URL(fileURLWithPath: model).deletingLastPathComponent().appendingPathComponent("const.mps").path
    let first = try CommandRunner.parkopt(["solve", model, "--write-model", mps, "--format", "json"])
    #expect(first.status == 0)
    #expect(try Self.json(first.stdout)["objective"] as? Double == -79.5)
    let again = try CommandRunner.parkopt(["solve", mps, "--format", "json"])
    #expect(again.status == 0)
    #expect(try Self.json(again.stdout)["objective"] as? Double == -79.5, "the constant -100.5 was lost")
  }

  @Test func infeasibleMIPReportsNoMadeUpBestBound() throws {
    let path = try SolveCommandTests.file(
      "infmip.mod", "var x integer >= 0;\nvar y integer >= 0;\ns.t. c1: 2*x + 2*y = 3;\nminimize z: x + y;\nend;\n")
    let r = try CommandRunner.parkopt(["solve", path, "--format", "json"])
    #expect(r.status == 10)
    if let bound = try Self.json(r.stdout)["best_bound"] as? Double {
      #expect(abs(bound) < 1e300, "best_bound is -DBL_MAX: \(bound)")
    }
  }

  @Test func infiniteObjectiveGivesADocumentedExitCodeInJSON() throws {
    let path = try SolveCommandTests.file(
      "hugeobj.lp", "Minimize\n obj: 10 x + 10 y\nSubject To\n c: x - y >= 0\nBounds\n x = 1e308\n y = 1e308\nEnd\n")
    let r = try CommandRunner.parkopt(["solve", path, "--format", "json"])
    #expect(Self.documentedCodes.contains(r.status), "exit \(r.status): \(r.stderr)")
    #expect(!r.stderr.contains("EncodingError"), "\(r.stderr)")
  }

  @Test func sensitivityIsReported() throws {
    let plain = try CommandRunner.parkopt(["solve", "\(Self.examples)/transp.mod", "--format", "json"])
    let r = try CommandRunner.parkopt(["solve", "\(Self.examples)/transp.mod", "--sensitivity", "--format", "json"])
    #expect(r.status == 0)
    #expect(r.stdout != plain.stdout, "--sensitivity changes nothing in the report")
    let lower = r.stdout.lowercased()
    #expect(lower.contains("sensitivity") || lower.contains("range"))
  }

  // MARK: Options

  @Test(arguments: ["1e300", "1e16"])
  func hugeTimeLimitDoesNotCrash(_ limit: String) throws {
    let r = try CommandRunner.parkopt(["solve", "\(Self.examples)/transp.mod", "--time-limit", limit])
    #expect(r.status == 0 || (r.status == 2 && r.stderr.contains("--time-limit")), "exit \(r.status): \(r.stderr)")
    #expect(!r.stderr.contains("Fatal error"), "\(r.stderr)")
  }

  @Test(arguments: [
    (["--write-model", "out.xyz"], "--write-model: unknown file type 'out.xyz'"),
    // The export's folder is created when missing; under a file it cannot be.
    (["--write-model", "/dev/null/dir/m.mps"], "/dev/null/dir/m.mps: cannot create its folder"),
    (["--output", "/nonexistent/dir/out.txt"], "/nonexistent/dir/out.txt: no such directory"),
    (["--data", "/nonexistent/x.dat"], "/nonexistent/x.dat: no such file"),
    (["--method", "interior", "--sensitivity"], "no basis: no warm start or sensitivity"),
    (["--method", "interior", "--time-limit", "5"], "no time or iteration limit"),
    (["--frobnicate"], "Unknown option '--frobnicate'"),
    (["--seed", "99999999999"], "invalid for '--seed"),
  ])
  func badOptionsExitWithTwoNamingTheOption(_ extra: [String], _ message: String) throws {
    let r = try CommandRunner.parkopt(["solve", "\(Self.examples)/transp.mod"] + extra)
    #expect(r.status == 2)
    #expect(r.stderr.contains(message), "\(r.stderr)")
  }

  @Test(arguments: ["interior", "exact"])
  func lpOnlyMethodOnAMIPIsRejected(_ method: String) throws {
    let r = try CommandRunner.parkopt(["solve", "\(Self.examples)/min01ks.mod", "--method", method])
    #expect(r.status == 2)
    #expect(r.stderr.contains("solves LPs only"), "\(r.stderr)")
  }

  @Test func outputOntoADirectoryIsAClearError() throws {
    let path = try SolveCommandTests.file("placeholder", "")
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let r = try CommandRunner.parkopt(["solve", "\(Self.examples)/transp.mod", "--output", directory])
    #expect(r.status == 2)
    #expect(r.stderr.contains(directory))
    #expect(r.stderr.contains("is a directory"), "\(r.stderr)")
    #expect(!r.stderr.contains("NSCocoaErrorDomain"), "\(r.stderr)")
  }

  /// `--output` onto a symbolic link writes through it (as shell redirection
  /// does) instead of replacing the link with a regular file; the same
  /// atomic rename replaces FIFOs and device files such as /dev/full.
  @Test func outputThroughASymlinkWritesTheTarget() throws {
    let target = try SolveCommandTests.file("target.json", "old\n")
    let link = URL(fileURLWithPath: target).deletingLastPathComponent().appendingPathComponent("link.json").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let r = try CommandRunner.parkopt(["solve", "\(Self.examples)/transp.mod", "--format", "json", "--output", link])
    #expect(r.status == 0)
    let type = try FileManager.default.attributesOfItem(atPath: link)[.type] as? FileAttributeType
    #expect(type == .typeSymbolicLink, "the link was replaced by a regular file")
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("\"objective\" : 153.675"))
  }
}
