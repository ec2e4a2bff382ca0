// glpk-bench: builds the benchmark's packing LP through ParkOpt's Swift API,
// loads it into GLPK and solves it; prints key=value lines for
// Benchmarks/run-glpk-bench.sh, which compares them with glpk-bench-c.
//
// Usage: glpk-bench ROWS COLS NZ_PER_ROW SEED [--no-solve]
import GLPK

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parsed command line.
struct Arguments {
  var rows = 0, columns = 0, perRow = 0
  var seed: UInt64 = 0
  var solve = true

  init?(_ args: [String]) {
    guard (4...5).contains(args.count),
      let rows = Int(args[0]), let columns = Int(args[1]), let perRow = Int(args[2]),
      let seed = UInt64(args[3]),
      rows > 0, columns > 0, perRow > 0, perRow <= columns, columns <= Int(Int32.max)
    else { return nil }
    if args.count == 5 {
      guard args[4] == "--no-solve" else { return nil }
      solve = false
    }
    (self.rows, self.columns, self.perRow, self.seed) = (rows, columns, perRow, seed)
  }
}

/// Seconds `body` took, and its result.
func timed<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> (Double, R) {
  let clock = ContinuousClock()
  let start = clock.now
  let result = try body()
  let (s, atto) = (clock.now - start).components
  return (Double(s) + Double(atto) * 1e-18, result)
}

/// Writes raw bytes to file descriptor 2.
func writeStandardError(_ bytes: UnsafeBufferPointer<UInt8>) {
  _ = write(2, bytes.baseAddress, bytes.count)
}

/// Writes to standard error without touching C's global `stderr`.
struct StandardError: TextOutputStream {
  mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in writeStandardError(bytes) }
  }
}

func report(_ key: String, _ seconds: Double) {
  print("\(key)=\(String(format6: seconds))")
}

extension String {
  /// `value` with six decimals, like C's "%.6f".
  init(format6 value: Double) {
    let micro = (value * 1e6).rounded()
    let whole = Int(micro / 1e6)
    let fraction = Int(micro) - whole * 1_000_000
    let digits = String(fraction)
    self = "\(whole)." + String(repeating: "0", count: 6 - digits.count) + digits
  }
}

func run(_ args: Arguments) throws(GLPKError) {
  let (generate, lp) = timed {
    PackingLP(rows: args.rows, columns: args.columns, perRow: args.perRow, seed: args.seed)
  }
  print("rows=\(lp.rows)\ncols=\(lp.columns)\nnonzeros=\(lp.nonzeros)")
  report("swift_generate_seconds", generate)

  let (build, model) = timed { ModelBuilder.bulk(lp) }
  let load = try Solver.measureLoad(model)
  report("swift_model_build_seconds", build)
  report("swift_validate_seconds", load.validationSeconds)
  report("swift_load_seconds", load.loadSeconds)
  report("swift_total_build_seconds", build + load.totalSeconds)

  let (expressionBuild, expressionModel) = timed { ModelBuilder.expressions(lp) }
  report("swift_expr_model_build_seconds", expressionBuild)
  guard expressionModel.termCount == model.termCount,
    expressionModel.constraintCount == model.constraintCount
  else {
    print("error=the expression path built a different model")
    exit(1)
  }

  guard args.solve else { return }
  var options = SolveOptions()
  options.messageLevel = 0
  let (call, solution) = try timed { () throws(GLPKError) in
    try Solver(options: options).solve(model)
  }
  report("swift_solve_seconds", solution.solveSeconds)
  report("swift_solve_call_seconds", call)
  print("swift_status=\(solution.termination)")
  print("swift_iterations=\(solution.iterations)")
  if let objective = solution.objectiveValue { print("objective=\(objective)") }
}

guard let args = Arguments(Array(CommandLine.arguments.dropFirst())) else {
  var standardError = StandardError()
  print("usage: glpk-bench ROWS COLS NZ_PER_ROW SEED [--no-solve]", to: &standardError)
  exit(2)
}
do {
  try run(args)
} catch {
  var standardError = StandardError()
  print("glpk-bench: \(error)", to: &standardError)
  exit(1)
}
