import Foundation
import Testing
import ParkOptTestSupport

/// `parkopt batch` end to end on a cut-down Kunming case (16 projects): the
/// merged summary equals single runs; resume, shards, the fake-`sbatch`
/// route and Snakemake (when installed) give the same bytes.
@Suite(.serialized) struct BatchCommandTests {
  /// A scratch folder with `kunming/` (the cut-down case) and `m.yaml`:
  /// quotas × 0.8/1.0/1.2 and two 增存挂钩 ratios (6 assign runs).
  static func sandbox() throws -> URL {
    let dir = Scratch.path("batch")
    let caseDir = dir.appendingPathComponent("kunming")
    try FileManager.default.createDirectory(at: caseDir, withIntermediateDirectories: true)
    for (name, data) in try FuzzCase.assign().files { try data.write(to: caseDir.appendingPathComponent(name)) }
    try manifest.write(to: dir.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
    return dir
  }

  static let manifest = """
    runs:
      - name: quotas
        command: assign
        case: kunming
        args: [--no-explain, --time-limit, "20"]
        sweep:
          scenario: {stock_link_ratio: [0.0, 0.5]}
          scale: {parks.csv: {energy_quota_tce: [0.8, 1.0, 1.2]}}
    """

  static func text(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

  @Test func runMergeEqualsSingleRunsAndResumes() throws {
    let dir = try Self.sandbox()
    defer { try? FileManager.default.removeItem(at: dir) }
    let m = dir.appendingPathComponent("m.yaml").path, out = dir.appendingPathComponent("out").path
    let plan = try CommandRunner.parkopt(["batch", "plan", m])
    #expect(plan.status == 0, "\(plan.stderr)")
    let lines = plan.stdout.split(separator: "\n")
    #expect(lines.count == 6)
    #expect(lines.first?.hasSuffix("assign  kunming  scenario:stock_link_ratio=0.0  scale:parks.csv:energy_quota_tce=0.8") == true)

    let first = try CommandRunner.parkopt(["batch", "run", m, "--jobs", "2", "-o", out])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stderr.contains("parkopt batch: 6/6 runs, 0 skipped, 0 failed"), "\(first.stderr)")
    let merged = try CommandRunner.parkopt(["batch", "merge", out])
    #expect(merged.status == 0, "\(merged.stderr)")
    let summary = Self.text(URL(fileURLWithPath: out + "/summary.csv"))
    let rows = summary.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    #expect(rows.count == 7)
    let header = rows[0]
    let objective = try #require(header.firstIndex(of: "objective"))
    #expect(header[3...4] == ["scenario:stock_link_ratio", "scale:parks.csv:energy_quota_tce"])

    // Run 4 (ratio 0.5, quota × 1.0) by hand: the same objective as its batch row.
    let single = dir.appendingPathComponent("single")
    try FileManager.default.copyItem(at: dir.appendingPathComponent("kunming"), to: single)
    var scenario = Self.text(single.appendingPathComponent("scenario.yaml"))
    scenario = scenario.replacingOccurrences(of: "stock_link_ratio: 0.0", with: "stock_link_ratio: 0.5")
    try scenario.write(to: single.appendingPathComponent("scenario.yaml"), atomically: true, encoding: .utf8)
    let alone = try CommandRunner.parkopt(["assign", single.path, "--no-explain", "--time-limit", "20", "--format", "json", "-o", dir.path + "/alone"])
    #expect(alone.status == 0, "\(alone.stderr)")
    let plan4 = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path + "/alone/plan.json"))) as? [String: Any]
    let value = try #require(plan4?["objective"] as? Double)
    let batchValue = try #require(Double(rows[5][objective]), "\(rows[5])")
    #expect(abs(batchValue - value) <= 1e-11 * max(1, abs(value)), "\(rows[5]) vs \(value)")
    #expect(rows[5][3...4] == ["0.5", "1"])
    // The quota × 0.8 runs place no more projects than × 1.2.
    let placed = try #require(header.firstIndex(of: "placed"))
    #expect(Int(rows[1][placed]) ?? 99 <= Int(rows[3][placed]) ?? -1)
    #expect(FileManager.default.fileExists(atPath: out + "/robustness_assign.csv"))
    // run.json records the command the run stands for, program name `parkopt`
    // (not `/proc/self/exe`, through which batch starts it).
    let record = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(
      fileURLWithPath: out + "/runs/\(rows[1][0])/result/run.json"))) as? [String: Any]
    let command = try #require(record?["command"] as? [String])
    #expect(command.prefix(2) == ["parkopt", "assign"], "\(command)")

    // Resume: nothing runs again; a changed case file runs every run again.
    let again = try CommandRunner.parkopt(["batch", "run", m, "-o", out])
    #expect(again.stderr.contains("6/6 runs, 6 skipped, 0 failed"), "\(again.stderr)")
    let projects = dir.appendingPathComponent("kunming/projects.csv")
    try (Self.text(projects) + "\n").write(to: projects, atomically: true, encoding: .utf8)
    let changed = try CommandRunner.parkopt(["batch", "run", m, "-o", out])
    #expect(changed.stderr.contains("6/6 runs, 0 skipped, 0 failed"), "\(changed.stderr)")
    _ = try CommandRunner.parkopt(["batch", "merge", out])
    #expect(Self.text(URL(fileURLWithPath: out + "/summary.csv")) == summary)

    // Shards: two halves into another folder merge to the same bytes.
    let sharded = dir.appendingPathComponent("sharded").path
    for shard in ["0/2", "1/2"] {
      let r = try CommandRunner.parkopt(["batch", "run", m, "--shard", shard, "--jobs", "1", "-o", sharded])
      #expect(r.status == 0 && r.stderr.contains("3/3 runs"), "\(r.stderr)")
    }
    _ = try CommandRunner.parkopt(["batch", "merge", sharded])
    #expect(Self.text(URL(fileURLWithPath: sharded + "/summary.csv")) == summary)

    // Slurm without a cluster: a fake sbatch runs the array tasks and the merge job.
    let bin = dir.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let sbatch = bin.appendingPathComponent("sbatch")
    try Self.fakeSbatch.write(to: sbatch, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sbatch.path)
    let slurmOut = dir.appendingPathComponent("slurm").path
    let submit = try CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["PATH=\(bin.path):/usr/bin:/bin", "PARKOPT=\(CommandRunner.parkopt.path)", "SBATCH_LOG=\(dir.path)/sbatch.log",
       FuzzCase.root.path + "/Workflows/slurm/submit.sh", m, slurmOut, "3"])
    #expect(submit.status == 0, "\(submit.stderr)")
    #expect(submit.stdout.contains("shards: job 1001 (array 0-2); merge: job 1002"), "\(submit.stdout)")
    let log = Self.text(dir.appendingPathComponent("sbatch.log"))
    #expect(log.contains("--array=0-2"), "\(log)")
    #expect(log.contains("--dependency=afterany:1001"), "\(log)")
    #expect(Self.text(URL(fileURLWithPath: slurmOut + "/summary.csv")) == summary)

  }

  /// Snakemake locally (`--cores 2`, 2 shards) gives the same summary as
  /// `batch run` + `merge`; runs when Snakemake is installed
  /// (`scripts/ensure-deps.sh --workflows`).
  @Test(.enabled(if: Self.snakemake != nil, "Snakemake is not installed: scripts/ensure-deps.sh --workflows"))
  func snakemakeGivesTheSameSummary() throws {
    let dir = try Self.sandbox()
    defer { try? FileManager.default.removeItem(at: dir) }
    let m = dir.appendingPathComponent("m.yaml").path, out = dir.appendingPathComponent("out").path
    let local = try CommandRunner.parkopt(["batch", "run", m, "-o", out, "--merge"])
    #expect(local.status == 0, "\(local.stderr)")
    let snakeOut = dir.appendingPathComponent("snake").path
    let r = try CommandRunner.run(
      URL(fileURLWithPath: try #require(Self.snakemake)),
      ["-s", FuzzCase.root.path + "/Workflows/Snakefile", "--cores", "2", "--directory", dir.path, "--quiet",
       "--config", "manifest=\(m)", "out=\(snakeOut)", "shards=2", "parkopt=\(CommandRunner.parkopt.path)"])
    #expect(r.status == 0, "\(r.stderr)")
    let summary = Self.text(URL(fileURLWithPath: out + "/summary.csv"))
    #expect(summary.split(separator: "\n").count == 7)
    #expect(Self.text(URL(fileURLWithPath: snakeOut + "/summary.csv")) == summary)
  }

  @Test func failingRunsDoNotStopTheOthers() throws {
    let dir = try Self.sandbox()
    defer { try? FileManager.default.removeItem(at: dir) }
    let m = dir.appendingPathComponent("bad.yaml")
    try """
      runs:
        - command: assign
          case: kunming
          args: [--no-explain]
          sweep: {scenario: {mip_gap: [0.01, lots, 0.02]}}
      """.write(to: m, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out").path
    let r = try CommandRunner.parkopt(["batch", "run", m.path, "--jobs", "2", "-o", out, "--merge"])
    #expect(r.status == 3, "\(r.stderr)")
    #expect(r.stderr.contains("3/3 runs, 0 skipped, 1 failed"), "\(r.stderr)")
    let rows = Self.text(URL(fileURLWithPath: out + "/summary.csv")).split(separator: "\n")
    #expect(rows.count == 4)
    #expect(rows[1].contains(",optimal,0,") || rows[1].contains(",gap_limit,0,"), "\(rows[1])")
    #expect(rows[2].contains(",failed,2,") && rows[2].contains("mip_gap"), "\(rows[2])")

    // A bad manifest is bad input, nothing runs; a foreign folder is refused.
    try "runs:\n  - command: assign\n    case: kunming\n    sweep: {scale: {parks.csv: {quota: [2]}}}\n"
      .write(to: m, atomically: true, encoding: .utf8)
    let bad = try CommandRunner.parkopt(["batch", "run", m.path, "-o", dir.path + "/x"])
    #expect(bad.status == 2 && bad.stderr.contains("has no column `quota`"), "\(bad.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/x"))
    // Relative paths (manifest and folder, from the working folder) give working links.
    let relative = try FuzzRunner.run(
      CommandRunner.parkopt, ["batch", "run", "m.yaml", "-o", "rel"], scratch: dir, workingDirectory: dir, timeout: 120)
    #expect(relative.ending == .exit(0), "\(relative.stderr)")
    let foreign = try CommandRunner.parkopt(["batch", "run", dir.path + "/m.yaml", "-o", dir.path + "/kunming"])
    #expect(foreign.status == 2 && foreign.stderr.contains("neither empty nor a batch folder"), "\(foreign.stderr)")
  }

  /// A run that fails records the same `outcome.json` error in a process of
  /// its own and with `--in-process` (the in-process error had lost the
  /// `parkopt: ` prefix and the notes; found by an outside audit).
  @Test func inProcessFailuresReadAsInAProcess() throws {
    let dir = try Self.sandbox()
    defer { try? FileManager.default.removeItem(at: dir) }
    let m = dir.appendingPathComponent("bad.yaml")
    try "runs:\n  - {name: bad, command: assign, case: kunming, args: [--no-explain], sweep: {scenario: {mip_gap: [lots]}}}\n"
      .write(to: m, atomically: true, encoding: .utf8)
    var errors: [String] = []
    for mode in [[], ["--in-process"]] {
      let out = dir.appendingPathComponent("out\(mode.count)").path
      let r = try CommandRunner.parkopt(["batch", "run", m.path, "-o", out] + mode)
      #expect(r.status == 3, "\(r.stderr)")
      let runs = try FileManager.default.contentsOfDirectory(atPath: out + "/runs")
      let outcome = Self.text(URL(fileURLWithPath: out + "/runs/\(runs[0])/outcome.json"))
      let json = try JSONSerialization.jsonObject(with: Data(outcome.utf8)) as? [String: Any]
      errors.append((json?["error"] as? String ?? "").replacingOccurrences(of: "/out\(mode.count)/", with: "/out/"))
    }
    #expect(errors[0].hasPrefix("parkopt: "), "\(errors[0])")
    #expect(errors[0].contains("mip_gap"))
    #expect(errors[0] == errors[1])
  }

  /// `sbatch` for the test: logs its arguments; an `--array=0-K` job runs
  /// the script once per task with SLURM_ARRAY_TASK_ID/COUNT, a `--wrap`
  /// job runs its command; prints job ids 1001, 1002, …
  static let fakeSbatch = #"""
    #!/usr/bin/env bash
    set -e
    echo "$@" >> "$SBATCH_LOG"
    n=$(( $(wc -l < "$SBATCH_LOG") + 1000 ))
    array="" wrap="" args=()
    while [ $# -gt 0 ]; do
      case "$1" in
        --array=*) array=${1#--array=} ;;
        --wrap) wrap=$2; shift ;;
        --*) ;;
        *) args+=("$1") ;;
      esac
      shift
    done
    if [ -n "$array" ]; then
      last=${array#*-}
      for i in $(seq 0 "$last"); do
        SLURM_ARRAY_TASK_ID=$i SLURM_ARRAY_TASK_COUNT=$((last + 1)) bash "${args[@]}" >/dev/null 2>&1
      done
    elif [ -n "$wrap" ]; then
      bash -c "$wrap" >/dev/null
    fi
    echo "$n"
    """#

  /// Snakemake from `.venv-workflows` or PATH, when installed.
  static var snakemake: String? {
    let venv = FuzzCase.root.appendingPathComponent(".venv-workflows/bin/snakemake").path
    if FileManager.default.isExecutableFile(atPath: venv) { return venv }
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
      let path = "\(dir)/snakemake"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }
}
